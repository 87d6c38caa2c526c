import 'mingo/init/system'
import { Aggregator, Query } from 'mingo'
import { ProcessingMode, type Options } from 'mingo/core'
import { update as applyOperator } from 'mingo/updater'
import { clone, decode, encode, idKey, type Doc, type DocId } from './codec'
import { compileFilter, DEFER } from './match'
import { sortDocs } from './order'
import { compileProjection } from './project'
import { DuplicateKeyError, newId, type Change, type LocalStore } from './store'

/** What a `send(action, params)` of the SDK's request class resolves to; errors are resolved too. */
export type WireResponse = Record<string, unknown> & { requestId: string }

/** The params the SDK sends; every field is optional because every action sends other ones. */
export interface WireParams {
  collectionName?: string
  transactionId?: string
  queryType?: 'WHERE' | 'DOC'
  query?: string
  data?: string | string[]
  order?: string
  offset?: number
  limit?: number
  projection?: string
  multi?: boolean
  merge?: boolean
  upsert?: boolean
  stages?: Array<{ stageKey: string; stageValue: string }>
}

/** How the engine evaluates queries: `fast` (the default) runs the common shapes in plain JS. */
export interface EngineOptions {
  /** False: every query, sort and count through mingo alone (the reference the tests compare to). */
  fastPath?: boolean
}

/** The cloud's get limits: 100 without `.limit()`, never more than 1000. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000
/** The cloud ends a transaction that runs longer than this. */
export const TRANSACTION_TTL_MS = 30_000

class WireError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

const CONFLICT_MESSAGE =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.'

/** Reads and writes of one request: committed data, or a transaction's view over it. */
interface View {
  /** Committed data only: the store's secondary indexes may answer (a transaction's view may not). */
  indexed: boolean
  get(collection: string, id: DocId): Doc | undefined
  scan(collection: string): Doc[]
  write(changes: Change[]): void
  touch(collection: string, id: DocId): void
}

interface Transaction {
  id: string
  startedAt: number
  /** Buffered writes, keyed by collection + id; applied together on commit. */
  writes: Map<string, Change>
  /** The version of every document the transaction read or wrote, when it first touched it. */
  seen: Map<string, { collection: string; id: DocId; version: number }>
}

const txKey = (collection: string, id: DocId) => `${collection}\u0000${idKey(id)}`

/**
 * Executes the SDK's database actions against a LocalStore, with the cloud's limits, unique indexes
 * and optimistic transactions: when two transactions touch the same document, the one that commits
 * later fails with a conflict. Filters and sorts of the common shapes run as plain JS (match.ts,
 * order.ts); mingo evaluates everything else, updates and aggregations.
 */
export class LocalDatabase {
  private readonly transactions = new Map<string, Transaction>()
  private requests = 0
  private readonly mingoOptions: Partial<Options>
  private readonly fastPath: boolean

  constructor(
    readonly store: LocalStore,
    options: EngineOptions = {},
  ) {
    this.fastPath = options.fastPath ?? true
    this.mingoOptions = {
      scriptEnabled: false,
      collectionResolver: (name: string) => this.store.scan(name),
    }
  }

  /** Runs one action; never throws: failures resolve as `{ code, message }` like the cloud's. */
  execute(action: string, params: WireParams = {}): WireResponse {
    const requestId = `local-${++this.requests}`
    try {
      return { requestId, ...this.run(action, params) }
    } catch (err) {
      if (err instanceof WireError) return { requestId, code: err.code, message: err.message }
      if (err instanceof DuplicateKeyError) {
        return {
          requestId,
          code: 'DATABASE_REQUEST_FAILED',
          message: `[FailedOperation] ${err.message}`,
        }
      }
      const message = err instanceof Error ? err.message : String(err)
      return {
        requestId,
        code: 'DATABASE_REQUEST_FAILED',
        message: `[LocalRuntime] ${action}: ${message}`,
      }
    }
  }

  private run(action: string, p: WireParams): Record<string, unknown> {
    const now = Date.now()
    switch (action) {
      case 'database.getDocument':
        return { data: { list: this.get(p, now) } }
      case 'database.calculateDocument':
        return { data: { total: this.count(p, now) } }
      case 'database.insertDocument':
        return { data: { insertedIds: this.insert(p, now) } }
      case 'database.modifyDocument':
        return { data: this.modify(p, now) }
      case 'database.modifyAndReturnDoc':
        return { data: this.modifyAndReturn(p, now) }
      case 'database.removeDocument':
        return { data: { deleted: this.remove(p, now) } }
      case 'database.aggregateDocuments':
        return { data: { list: this.aggregate(p, now) } }
      case 'database.addCollection':
        return {}
      case 'database.startTransaction':
        return { transactionId: this.startTransaction(now) }
      case 'database.commitTransaction':
        this.commitTransaction(p.transactionId, now)
        return {}
      case 'database.abortTransaction':
        this.transactions.delete(this.transaction(p.transactionId, now).id)
        return {}
      default:
        throw new WireError(
          'DATABASE_REQUEST_FAILED',
          `[LocalRuntime] action ${action} is not emulated`,
        )
    }
  }

  private collectionOf(p: WireParams): string {
    if (!p.collectionName) throw new WireError('INVALID_PARAM', 'collectionName is required')
    return p.collectionName
  }

  private criteria(p: WireParams, now: number): Record<string, unknown> {
    return p.query ? (decode(p.query, now) as Record<string, unknown>) : {}
  }

  /**
   * The documents a query can match, in the collection's order: just one when it names an `_id`,
   * those of a list of `_id`s, a declared index's selection, else the whole collection.
   */
  private candidates(view: View, collection: string, criteria: Record<string, unknown>): Doc[] {
    const id = criteria._id
    if (typeof id === 'string' || typeof id === 'number') {
      const doc = view.get(collection, id)
      return doc ? [doc] : []
    }
    if (!this.fastPath || !view.indexed) return view.scan(collection)
    const ids = idList(id)
    if (ids) {
      const docs = ids.map((i) => view.get(collection, i)).filter((d): d is Doc => !!d)
      return this.store.indexes.inInsertionOrder(collection, docs)
    }
    return (
      this.store.indexes.candidates(collection, criteria, this.store.size(collection)) ??
      view.scan(collection)
    )
  }

  /**
   * A page read along an index bucket already in the query's order: the first matches after
   * `offset`, without testing or sorting the rest. Null when no index gives such a bucket.
   */
  private orderedPage(
    view: View,
    collection: string,
    criteria: Record<string, unknown>,
    order: Record<string, 1 | -1>,
    offset: number,
    limit: number,
  ): Doc[] | null {
    if (!this.fastPath || !view.indexed || criteria._id !== undefined) return null
    const found = this.store.indexes.ordered(collection, criteria, order)
    if (!found) return null
    const { docs: sorted, from } = found
    const test = this.matcher(criteria)
    const page: Doc[] = []
    let skipped = 0
    for (let i = from; i < sorted.length; i++) {
      const doc = sorted[i]
      if (!test(doc)) continue
      if (skipped < offset) skipped += 1
      else if (page.push(doc) >= limit) break
    }
    return page
  }

  /**
   * The test of one query's criteria: compiled to plain JS when the fast path covers them, with
   * mingo for the documents it defers; mingo alone otherwise.
   */
  private matcher(criteria: Record<string, unknown>): (doc: Doc) => boolean {
    const fast = this.fastPath ? compileFilter(criteria) : null
    if (!fast) {
      const query = new Query(criteria, this.mingoOptions)
      return (doc) => query.test(doc)
    }
    let slow: Query | undefined
    return (doc) => {
      try {
        return fast(doc)
      } catch (err) {
        if (err !== DEFER) throw err
        slow ??= new Query(criteria, this.mingoOptions)
        return slow.test(doc)
      }
    }
  }

  private find(view: View, p: WireParams, now: number): Doc[] {
    const criteria = this.criteria(p, now)
    return this.candidates(view, this.collectionOf(p), criteria).filter(this.matcher(criteria))
  }

  /** How many documents match, without collecting them. */
  private count(p: WireParams, now: number): number {
    const criteria = this.criteria(p, now)
    const view = this.view(p)
    const collection = this.collectionOf(p)
    const id = criteria._id
    const indexed =
      this.fastPath && view.indexed && typeof id !== 'string' && typeof id !== 'number'
        ? this.store.indexes.countable(collection, criteria)
        : null
    if (indexed?.exact) return indexed.total ?? indexed.docs.length
    const test = this.matcher(criteria)
    let total = 0
    for (const doc of indexed?.docs ?? this.candidates(view, collection, criteria))
      if (test(doc)) total += 1
    return total
  }

  private get(p: WireParams, now: number): string[] {
    const view = this.view(p)
    const collection = this.collectionOf(p)
    const criteria = this.criteria(p, now)
    const projection = p.projection
      ? (decode(p.projection, now) as Record<string, unknown>)
      : undefined
    const order = p.order ? (decode(p.order, now) as Record<string, 1 | -1>) : undefined
    const limit = p.limit && p.limit > 0 ? Math.min(p.limit, MAX_LIMIT) : DEFAULT_LIMIT
    let docs: Doc[]
    const offset = p.offset && p.offset > 0 ? p.offset : 0
    const ordered = order && this.orderedPage(view, collection, criteria, order, offset, limit)
    if (ordered) {
      docs = projection ? this.project(ordered, projection) : ordered
    } else if (this.fastPath) {
      const matched = this.candidates(view, collection, criteria).filter(this.matcher(criteria))
      const sorted = order
        ? (sortDocs(matched, order, offset + limit) ?? this.mingoSort(matched, order))
        : matched
      const page = sorted.slice(offset, offset + limit)
      docs = projection ? this.project(page, projection) : page
    } else {
      const candidates = this.candidates(view, collection, criteria)
      let cursor = new Query(criteria, this.mingoOptions).find<Doc>(candidates, projection)
      if (order) cursor = cursor.sort(order)
      if (p.offset) cursor = cursor.skip(p.offset)
      docs = cursor.limit(limit).all()
    }
    for (const doc of docs) view.touch(collection, doc._id)
    return docs.map(encode)
  }

  private project(docs: Doc[], projection: Record<string, unknown>): Doc[] {
    const fast = compileProjection(projection)
    if (fast) return docs.map((d) => fast(d) as Doc)
    return new Query({}, this.mingoOptions).find<Doc>(docs, projection).all()
  }

  private mingoSort(docs: Doc[], order: Record<string, 1 | -1>): Doc[] {
    return new Query({}, this.mingoOptions).find<Doc>(docs).sort(order).all()
  }

  private insert(p: WireParams, now: number): DocId[] {
    const view = this.view(p)
    const collection = this.collectionOf(p)
    const items = Array.isArray(p.data) ? p.data : p.data ? [p.data] : []
    const changes: Change[] = []
    const ids = new Set<string>()
    for (const text of items) {
      const doc = decode(text, now) as Doc
      if (doc._id === undefined || doc._id === null) doc._id = newId()
      if (ids.has(idKey(doc._id)) || view.get(collection, doc._id)) {
        throw new DuplicateKeyError(collection, '_id_', { _id: doc._id })
      }
      ids.add(idKey(doc._id))
      changes.push({ collection, id: doc._id, doc })
    }
    view.write(changes)
    return changes.map((c) => c.id)
  }

  private modify(p: WireParams, now: number): { updated: number; upsert_id?: DocId } {
    const { updated, upsertId } = this.applyModify(p, now)
    return upsertId === undefined ? { updated } : { updated, upsert_id: upsertId }
  }

  private modifyAndReturn(p: WireParams, now: number): { updated: number; doc?: string } {
    const { updated, docs } = this.applyModify(
      { ...p, multi: false, merge: true, upsert: false },
      now,
    )
    return docs[0] ? { updated, doc: encode(docs[0]) } : { updated }
  }

  private applyModify(
    p: WireParams,
    now: number,
  ): { updated: number; upsertId?: DocId; docs: Doc[] } {
    const view = this.view(p)
    const collection = this.collectionOf(p)
    const criteria = this.criteria(p, now)
    const data = decode(typeof p.data === 'string' ? p.data : '{}', now) as Record<string, unknown>
    const matched = this.find(view, p, now)
    const targets = p.multi ? matched : matched.slice(0, 1)
    const changes: Change[] = []
    const docs: Doc[] = []
    let updated = 0
    for (const current of targets) {
      view.touch(collection, current._id)
      const next = p.merge
        ? applyUpdate(clone(current), data)
        : { ...clone(data), _id: current._id }
      docs.push(next)
      if (encode(next) === encode(current)) continue
      updated += 1
      changes.push({ collection, id: current._id, doc: next })
    }
    let upsertId: DocId | undefined
    if (!targets.length && p.upsert) {
      const base = equalityFields(criteria)
      const next = (p.merge ? applyUpdate(base, data) : { ...clone(data), _id: base._id }) as Doc
      if (next._id === undefined || next._id === null) next._id = newId()
      upsertId = next._id
      view.touch(collection, next._id)
      changes.push({ collection, id: next._id, doc: next })
      docs.push(next)
    }
    view.write(changes)
    return { updated, upsertId, docs }
  }

  private remove(p: WireParams, now: number): number {
    const view = this.view(p)
    const collection = this.collectionOf(p)
    const matched = this.find(view, p, now)
    const targets = p.multi ? matched : matched.slice(0, 1)
    for (const doc of targets) view.touch(collection, doc._id)
    view.write(targets.map((d) => ({ collection, id: d._id, doc: null })))
    return targets.length
  }

  private aggregate(p: WireParams, now: number): string[] {
    const collection = this.collectionOf(p)
    let pipeline = (p.stages ?? []).map(({ stageKey, stageValue }) => ({
      [stageKey]: decode(stageValue, now),
    }))
    const view = this.view(p)
    let docs: Doc[]
    // A leading $match filters (along an index where one applies) before mingo copies its input,
    // so only the matches are copied.
    const match = pipeline[0]?.$match
    if (this.fastPath && match && typeof match === 'object' && !Array.isArray(match)) {
      const criteria = match as Record<string, unknown>
      docs = this.candidates(view, collection, criteria).filter(this.matcher(criteria))
      pipeline = pipeline.slice(1)
    } else {
      docs = view.scan(collection)
    }
    const aggregator = new Aggregator(pipeline, {
      ...this.mingoOptions,
      processingMode: ProcessingMode.CLONE_INPUT,
    })
    return (aggregator.run(docs) as unknown[]).map(encode)
  }

  private startTransaction(now: number): string {
    for (const tx of this.transactions.values()) {
      if (now - tx.startedAt > TRANSACTION_TTL_MS) this.transactions.delete(tx.id)
    }
    const id = `local-tx-${newId()}`
    this.transactions.set(id, { id, startedAt: now, writes: new Map(), seen: new Map() })
    return id
  }

  private transaction(id: string | undefined, now: number): Transaction {
    const tx = id ? this.transactions.get(id) : undefined
    if (!tx)
      throw new WireError(
        'DATABASE_REQUEST_FAILED',
        `[ResourceNotFound.Transaction] transaction ${id} not found or already ended`,
      )
    if (now - tx.startedAt > TRANSACTION_TTL_MS) {
      this.transactions.delete(tx.id)
      throw new WireError(
        'DATABASE_REQUEST_FAILED',
        `[FailedOperation.TransactionExpired] transaction ${id} ran longer than 30 s`,
      )
    }
    return tx
  }

  private commitTransaction(id: string | undefined, now: number) {
    const tx = this.transaction(id, now)
    this.transactions.delete(tx.id)
    for (const { collection, id: docId, version } of tx.seen.values()) {
      if (this.store.version(collection, docId) !== version)
        throw new WireError('DATABASE_TRANSACTION_CONFLICT', CONFLICT_MESSAGE)
    }
    this.store.apply([...tx.writes.values()])
  }

  private view(p: WireParams): View {
    if (!p.transactionId) {
      return {
        indexed: true,
        get: (c, id) => this.store.get(c, id),
        scan: (c) => this.store.scan(c),
        write: (changes) => this.store.apply(changes),
        touch: () => undefined,
      }
    }
    const tx = this.transaction(p.transactionId, Date.now())
    const touch = (collection: string, id: DocId) => {
      const key = txKey(collection, id)
      if (!tx.seen.has(key))
        tx.seen.set(key, { collection, id, version: this.store.version(collection, id) })
    }
    return {
      indexed: false,
      get: (collection, id) => {
        const pending = tx.writes.get(txKey(collection, id))
        return pending ? (pending.doc ?? undefined) : this.store.get(collection, id)
      },
      scan: (collection) => {
        const docs = this.store.scan(collection).map((d) => {
          const pending = tx.writes.get(txKey(collection, d._id))
          return pending ? pending.doc : d
        })
        const fresh = [...tx.writes.values()].filter(
          (c) => c.collection === collection && c.doc && !this.store.get(collection, c.id),
        )
        return [...docs, ...fresh.map((c) => c.doc)].filter((d): d is Doc => d !== null)
      },
      write: (changes) => {
        for (const c of changes) touch(c.collection, c.id)
        const merged = new Map(tx.writes)
        for (const c of changes) merged.set(txKey(c.collection, c.id), c)
        this.store.check([...merged.values()])
        for (const c of changes) tx.writes.set(txKey(c.collection, c.id), c)
      },
      touch,
    }
  }
}

/** The ids of an `_id: { $in: [...] }` condition of plain strings and numbers, else null. */
function idList(condition: unknown): DocId[] | null {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return null
  const keys = Object.keys(condition)
  if (keys.length !== 1 || keys[0] !== '$in') return null
  const list = (condition as { $in: unknown }).$in
  if (!Array.isArray(list)) return null
  if (!list.every((v) => typeof v === 'string' || (typeof v === 'number' && !Number.isNaN(v))))
    return null
  const seen = new Set<string>()
  return (list as DocId[]).filter((v) => {
    const key = idKey(v)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function isOperatorUpdate(data: Record<string, unknown>): boolean {
  return Object.keys(data).some((k) => k.startsWith('$'))
}

/** Applies an update as the SDK sends it (`{ $set: { 'a.b': 1 }, $inc: … }`) with mingo's updater. */
function applyUpdate(doc: Record<string, unknown>, data: Record<string, unknown>): Doc {
  const expression = isOperatorUpdate(data) ? data : { $set: data }
  for (const [op, args] of Object.entries(expression)) {
    if (!op.startsWith('$'))
      throw new WireError(
        'DATABASE_INVALID_OPERRATOR',
        `cannot mix fields and operators in an update: ${op}`,
      )
    applyOperator(doc, { [op]: args } as Parameters<typeof applyOperator>[1])
  }
  return doc as Doc
}

/** The fields an upsert starts from: the plain equalities of its query. */
function equalityFields(criteria: Record<string, unknown>): Record<string, unknown> {
  const base: Record<string, unknown> = {}
  for (const [path, value] of Object.entries(criteria)) {
    if (path.startsWith('$')) continue
    const isOperator =
      value !== null &&
      typeof value === 'object' &&
      !(value instanceof Date) &&
      !(value instanceof RegExp) &&
      Object.keys(value).some((k) => k.startsWith('$'))
    if (isOperator || value instanceof RegExp) continue
    applyOperator(base, { $set: { [path]: value } })
  }
  return base
}
