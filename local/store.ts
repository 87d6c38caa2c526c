import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import indexFile from '../database/indexes.json'
import { clone, decodeStored, encode, idKey, type Doc, type DocId } from './codec'
import { SecondaryIndexes } from './indexes'

/** One index of `database/indexes.json`, in the shape staff type into the cloud console. */
export interface IndexSpec {
  name: string
  keys: Array<{ field: string; direction: 1 | -1 }>
  unique?: boolean
}

/** `database/indexes.json`: collection name → its indexes. */
export type IndexFile = Record<string, IndexSpec[]>

/** One document written or (doc: null) removed. */
export interface Change {
  collection: string
  id: DocId
  doc: Doc | null
}

/** A write that would break a unique index; the transport answers it like the cloud does. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly index: string,
    readonly key: Record<string, unknown>,
  ) {
    super(
      `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${JSON.stringify(key)}`,
    )
    this.name = 'DuplicateKeyError'
  }
}

interface UniqueIndex {
  name: string
  fields: string[]
  owners: Map<string, string>
}

/** Reads a dotted path (`venue.county`, `sessions.0.startAt`) from a document. */
export function getPath(doc: unknown, path: string): unknown {
  let value: unknown = doc
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** A fresh document id, 32 hex characters like the cloud's. */
export function newId(): string {
  return randomBytes(16).toString('hex')
}

const versionKey = (collection: string, key: string) => `${collection}\u0000${key}`

/**
 * The embedded database: every collection in memory, written through to SQLite before a write is
 * acknowledged (WAL, synchronous=FULL), so an acknowledged write survives `kill -9` and power loss.
 */
export class LocalStore {
  private readonly collections = new Map<string, Map<string, Doc>>()
  private readonly unique = new Map<string, UniqueIndex[]>()
  private readonly versions = new Map<string, number>()
  /** Lookups by the fields of every declared index (local/indexes.ts). */
  readonly indexes: SecondaryIndexes
  private seq = 0
  private readonly upsertRow: Database.Statement
  private readonly deleteRow: Database.Statement
  private readonly writeAll: (changes: Change[]) => void

  private constructor(
    private readonly db: Database.Database,
    indexes: IndexFile,
  ) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.exec(
      'CREATE TABLE IF NOT EXISTS docs (collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (collection, id)) WITHOUT ROWID',
    )
    this.upsertRow = db.prepare(
      'INSERT OR REPLACE INTO docs (collection, id, body) VALUES (?, ?, ?)',
    )
    this.deleteRow = db.prepare('DELETE FROM docs WHERE collection = ? AND id = ?')
    this.writeAll = db.transaction((changes: Change[]) => {
      for (const { collection, id, doc } of changes) {
        if (doc) this.upsertRow.run(collection, idKey(id), encode(doc))
        else this.deleteRow.run(collection, idKey(id))
      }
    })
    this.indexes = new SecondaryIndexes(
      Object.fromEntries(
        Object.entries(indexes).map(([collection, specs]) => [
          collection,
          specs.map((s) => ({ name: s.name, fields: s.keys.map((k) => k.field) })),
        ]),
      ),
    )
    for (const [collection, specs] of Object.entries(indexes)) {
      const uniques = specs
        .filter((s) => s.unique)
        .map((s) => ({ name: s.name, fields: s.keys.map((k) => k.field), owners: new Map() }))
      if (uniques.length) this.unique.set(collection, uniques)
    }
    this.load()
  }

  /** Opens (or creates) a store; `:memory:` (the default) for tests. Loads every collection. */
  static open(opts: { file?: string; indexes?: IndexFile } = {}): LocalStore {
    return new LocalStore(
      new Database(opts.file ?? ':memory:'),
      opts.indexes ?? (indexFile as IndexFile),
    )
  }

  private load() {
    const rows = this.db.prepare('SELECT collection, body FROM docs').all() as Array<{
      collection: string
      body: string
    }>
    for (const row of rows) this.put(row.collection, decodeStored(row.body))
  }

  private docsOf(collection: string): Map<string, Doc> {
    let docs = this.collections.get(collection)
    if (!docs) {
      docs = new Map()
      this.collections.set(collection, docs)
    }
    return docs
  }

  private uniqueKey(index: UniqueIndex, doc: Doc): string {
    return encode(index.fields.map((f) => getPath(doc, f) ?? null))
  }

  /** Stores a document; an update keeps its place, so unordered reads keep their order. */
  private put(collection: string, doc: Doc) {
    const key = idKey(doc._id)
    const docs = this.docsOf(collection)
    const old = docs.get(key)
    this.forgetKeys(collection, key, old)
    this.indexes.replace(collection, doc._id, old, doc)
    docs.set(key, doc)
    for (const index of this.unique.get(collection) ?? [])
      index.owners.set(this.uniqueKey(index, doc), key)
  }

  private drop(collection: string, key: string) {
    const docs = this.collections.get(collection)
    const old = docs?.get(key)
    this.forgetKeys(collection, key, old)
    if (old) this.indexes.replace(collection, old._id, old, undefined)
    docs?.delete(key)
  }

  private forgetKeys(collection: string, key: string, old: Doc | undefined) {
    if (!old) return
    for (const index of this.unique.get(collection) ?? []) {
      const k = this.uniqueKey(index, old)
      if (index.owners.get(k) === key) index.owners.delete(k)
    }
  }

  /** The stored document (a live reference: never mutate it). */
  get(collection: string, id: DocId): Doc | undefined {
    return this.collections.get(collection)?.get(idKey(id))
  }

  /** How many documents a collection holds. */
  size(collection: string): number {
    return this.collections.get(collection)?.size ?? 0
  }

  /** The stored documents of a collection, in insertion order (live references: never mutate). */
  scan(collection: string): Doc[] {
    return [...(this.collections.get(collection)?.values() ?? [])]
  }

  /** Copies of every document of a collection, for tests and tools. */
  all(collection: string): Doc[] {
    return this.scan(collection).map((d) => clone(d))
  }

  /** Names of the collections that hold at least one document. */
  collectionNames(): string[] {
    return [...this.collections].filter(([, docs]) => docs.size > 0).map(([name]) => name)
  }

  isEmpty(): boolean {
    return this.collectionNames().length === 0
  }

  /** How many writes a document has seen since the store opened (transactions compare these). */
  version(collection: string, id: DocId): number {
    return this.versions.get(versionKey(collection, idKey(id))) ?? 0
  }

  /** Throws DuplicateKeyError if applying `changes` would break a unique index. */
  check(changes: Change[]): void {
    const byCollection = new Map<string, Map<string, Doc | null>>()
    for (const { collection, id, doc } of changes) {
      let m = byCollection.get(collection)
      if (!m) byCollection.set(collection, (m = new Map()))
      m.set(idKey(id), doc)
    }
    for (const [collection, changed] of byCollection) {
      for (const index of this.unique.get(collection) ?? []) {
        const seen = new Map<string, string>()
        for (const [key, doc] of changed) {
          if (!doc) continue
          const k = this.uniqueKey(index, doc)
          const owner = index.owners.get(k)
          const other = seen.get(k)
          if (
            (other !== undefined && other !== key) ||
            (owner !== undefined && owner !== key && !changed.has(owner))
          ) {
            const dup = Object.fromEntries(index.fields.map((f) => [f, getPath(doc, f) ?? null]))
            throw new DuplicateKeyError(collection, index.name, dup)
          }
          seen.set(k, key)
        }
      }
    }
  }

  /** Checks, persists (one SQLite transaction) and then applies the changes in memory. */
  apply(changes: Change[]): void {
    if (!changes.length) return
    this.check(changes)
    this.writeAll(changes)
    this.seq += 1
    for (const { collection, id, doc } of changes) {
      if (doc) this.put(collection, doc)
      else this.drop(collection, idKey(id))
      this.versions.set(versionKey(collection, idKey(id)), this.seq)
    }
  }

  /** Bulk insert for seeding: one transaction; documents without `_id` get one. */
  insertMany(collection: string, docs: Array<Record<string, unknown>>): DocId[] {
    const changes: Change[] = docs.map((d) => {
      const doc = clone(d) as Doc
      if (doc._id === undefined || doc._id === null) doc._id = newId()
      return { collection, id: doc._id, doc }
    })
    const ids = new Set<string>()
    for (const { id } of changes) {
      const key = idKey(id)
      if (ids.has(key) || this.get(collection, id))
        throw new DuplicateKeyError(collection, '_id_', { _id: id })
      ids.add(key)
    }
    this.apply(changes)
    return changes.map((c) => c.id)
  }

  /**
   * Runs several writes as one SQLite transaction (seeding): all persist or none do. On failure the
   * in-memory state is reloaded from disk, so memory and disk agree again.
   */
  batch(fn: () => void): void {
    try {
      this.db.transaction(fn)()
    } catch (err) {
      this.collections.clear()
      this.indexes.clear()
      for (const indexes of this.unique.values()) for (const index of indexes) index.owners.clear()
      this.seq += 1
      this.load()
      throw err
    }
  }

  /** Removes every document of every collection (reseeding). */
  clear(): void {
    this.db.exec('DELETE FROM docs')
    for (const name of this.collectionNames()) {
      for (const doc of this.scan(name))
        this.versions.set(versionKey(name, idKey(doc._id)), this.seq + 1)
    }
    this.seq += 1
    this.collections.clear()
    this.indexes.clear()
    for (const indexes of this.unique.values()) for (const index of indexes) index.owners.clear()
  }

  close(): void {
    if (this.db.open) this.db.close()
  }

  get isOpen(): boolean {
    return this.db.open
  }
}
