/**
 * In-memory secondary indexes over the fields of `database/indexes.json`, so the local engine
 * answers the common queries without reading every document, as the cloud's indexes do.
 *
 * Each declared index keeps its documents in buckets by the exact scalar value of its first field;
 * a document whose value there is anything else (an array, an object, NaN, an array on the way down
 * a dotted path) goes to the index's `odd` set, which every lookup includes. So a lookup always
 * gives a superset of the matches: the engine still tests every candidate with the full filter, and
 * the answer is the one a full scan gives (test/local/fast-path.test.ts compares them).
 *
 * A bucket sorted by a query's order (cached until the bucket changes) lets a page be read by
 * walking it from the start; sorted by the index's second field, it counts a range by two binary
 * searches when the query asks nothing else.
 */
import { idKey, type Doc } from './codec'
import { compareValues, kindOf, sortDocs } from './order'

/** The key fields of one declared index. */
export interface IndexFields {
  name: string
  fields: string[]
}

type Criteria = Record<string, unknown>

/** Where a bucket sits: the kind-tagged value of the first field, or null for an odd value. */
function bucketKey(value: unknown): string | null {
  switch (typeof value) {
    case 'string':
      return `s${value}`
    case 'number':
      return Number.isNaN(value) ? null : `n${value === 0 ? 0 : value}`
    case 'boolean':
      return value ? 'b1' : 'b0'
    case 'undefined':
      return 'null'
    default:
      if (value === null) return 'null'
      if (value instanceof Date && !Number.isNaN(value.getTime())) return `d${value.getTime()}`
      return null
  }
}

const ODD = Symbol('odd')

/** The value at a dotted path, `ODD` when an array sits on the way (many values, mingo's rules). */
function valueAt(doc: Doc, path: string): unknown {
  let value: unknown = doc
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    if (Array.isArray(value)) return ODD
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

const isOperatorObject = (v: unknown): v is Record<string, unknown> =>
  v !== null &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  !(v instanceof Date) &&
  !(v instanceof RegExp)

/**
 * The field conditions every match must meet (top-level fields and those of nested `$and`s), and
 * whether that is all the criteria say (no `$or`, `$nor` or other operator besides).
 */
function conjuncts(
  criteria: Criteria,
  out: { fields: Array<[string, unknown]>; complete: boolean } = { fields: [], complete: true },
) {
  for (const [key, value] of Object.entries(criteria)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) {
        if (isOperatorObject(part)) conjuncts(part as Criteria, out)
        else out.complete = false
      }
    } else if (key.startsWith('$')) {
      out.complete = false
    } else {
      out.fields.push([key, value])
    }
  }
  return out
}

/** The bucket keys that hold every document a condition can match; null when it can match others. */
function keysOf(condition: unknown): string[] | null {
  if (condition instanceof RegExp) return null
  if (!isOperatorObject(condition)) {
    const key = bucketKey(condition)
    // A plain equality: matches the value itself (and, via `odd`, arrays holding it).
    return key === null || Array.isArray(condition) ? null : [key]
  }
  const ops = Object.keys(condition)
  if (!ops.every((op) => op.startsWith('$'))) return null
  if ('$eq' in condition) return keysOf(condition.$eq)
  if ('$in' in condition && Array.isArray(condition.$in)) {
    const keys: string[] = []
    for (const v of condition.$in) {
      if (v instanceof RegExp || isOperatorObject(v) || Array.isArray(v)) return null
      const key = bucketKey(v)
      if (key === null) return null
      keys.push(key)
    }
    return keys
  }
  return null
}

type Range = { lower?: Bound; upper?: Bound }

/** A range condition on string or number bounds of one kind, or null. */
function rangeOf(condition: unknown): Range | null {
  if (!isOperatorObject(condition)) return null
  const range: Range = {}
  let kind: string | undefined
  for (const [op, bound] of Object.entries(condition)) {
    const k = kindOf(bound)
    if ((k !== 'string' && k !== 'number') || (kind && kind !== k)) return null
    if (typeof bound === 'number' && Number.isNaN(bound)) return null
    kind = k
    if (op === '$gt' || op === '$gte') range.lower = { value: bound, strict: op === '$gt' }
    else if (op === '$lt' || op === '$lte') range.upper = { value: bound, strict: op === '$lt' }
    else return null
  }
  return range.lower || range.upper ? range : null
}

/** A bucket in some order, with each document's insertion number alongside. */
interface Ordered {
  docs: Doc[]
  seqs: Int32Array
}

class Bucket {
  readonly ids = new Map<string, Doc>()
  private readonly sorted = new Map<string, Ordered | null>()
  private members?: Ordered

  changed() {
    this.sorted.clear()
    this.members = undefined
  }

  /** The bucket in `order` (ties by insertion), or null when a sort key is not a plain value. */
  inOrder(order: Record<string, 1 | -1>, seq: Map<string, number>): Doc[] | null {
    return this.ordered(order, seq)?.docs ?? null
  }

  /** `inOrder` with the insertion numbers alongside. */
  ordered(order: Record<string, 1 | -1>, seq: Map<string, number>): Ordered | null {
    const spec = JSON.stringify(order)
    let entry = this.sorted.get(spec)
    if (entry === undefined) {
      const byInsertion = [...this.ids].sort((a, b) => seq.get(a[0])! - seq.get(b[0])!)
      const numbers = new Map(byInsertion.map(([key, d]) => [d, seq.get(key)!] as const))
      const docs = sortDocs(
        byInsertion.map(([, d]) => d),
        order,
      )
      entry = docs && { docs, seqs: Int32Array.from(docs, (d) => numbers.get(d)!) }
      this.sorted.set(spec, entry)
    }
    return entry
  }

  /** Every member, in the bucket's own order, with insertion numbers. */
  all(seq: Map<string, number>): Ordered {
    if (!this.members) {
      const entries = [...this.ids]
      this.members = {
        docs: entries.map(([, d]) => d),
        seqs: Int32Array.from(entries, ([key]) => seq.get(key)!),
      }
    }
    return this.members
  }
}

/** Part of an index bucket that holds every match, and the conditions it settles exactly. */
interface Selection {
  ordered: Ordered
  from: number
  to: number
  /** Positions (in the criteria's conjuncts) of the conditions every member meets. */
  settles: number[]
}

class FieldIndex {
  readonly buckets = new Map<string, Bucket>()
  /** Documents whose first-field value is not one plain scalar. */
  readonly odd = new Map<string, Doc>()

  constructor(readonly spec: IndexFields) {}

  private place(doc: Doc): Bucket | null {
    const value = valueAt(doc, this.spec.fields[0])
    const key = value === ODD ? null : bucketKey(value)
    if (key === null) return null
    let bucket = this.buckets.get(key)
    if (!bucket) this.buckets.set(key, (bucket = new Bucket()))
    return bucket
  }

  remove(key: string, doc: Doc) {
    const bucket = this.place(doc)
    if (bucket) {
      bucket.ids.delete(key)
      bucket.changed()
    } else this.odd.delete(key)
  }

  add(key: string, doc: Doc) {
    const bucket = this.place(doc)
    if (bucket) {
      bucket.ids.set(key, doc)
      bucket.changed()
    } else this.odd.set(key, doc)
  }
}

/** What a lookup found: candidates in insertion order, or a bucket to walk in the query's order. */
export type Lookup =
  | { kind: 'candidates'; docs: Doc[] }
  | { kind: 'ordered'; docs: Doc[] }
  | { kind: 'count'; total: number }

/** The secondary indexes of one collection, and the insertion order of its documents. */
class CollectionIndexes {
  readonly seq = new Map<string, number>()
  private next = 0
  private readonly indexes: FieldIndex[]

  constructor(
    specs: IndexFields[],
    private readonly used: Used,
  ) {
    this.indexes = specs.map((s) => new FieldIndex(s))
  }

  replace(key: string, old: Doc | undefined, doc: Doc | undefined) {
    if (old) for (const index of this.indexes) index.remove(key, old)
    if (!doc) this.seq.delete(key)
    else if (!old) this.seq.set(key, this.next++)
    if (doc) for (const index of this.indexes) index.add(key, doc)
  }

  private inInsertionOrder(docs: Iterable<[string, Doc]>): Doc[] {
    const seq = this.seq
    return [...docs].sort((a, b) => seq.get(a[0])! - seq.get(b[0])!).map(([, d]) => d)
  }

  /** The smallest index selection for the criteria: [index, its buckets]; null when none applies. */
  private choose(all: Array<[string, unknown]>): { index: FieldIndex; buckets: Bucket[] } | null {
    let best: { index: FieldIndex; buckets: Bucket[]; size: number } | null = null
    for (const index of this.indexes) {
      const field = index.spec.fields[0]
      for (const [path, condition] of all) {
        if (path !== field) continue
        const keys = keysOf(condition)
        if (!keys) continue
        const buckets = [...new Set(keys)]
          .map((k) => index.buckets.get(k))
          .filter((b): b is Bucket => !!b)
        const size = buckets.reduce((n, b) => n + b.ids.size, index.odd.size)
        if (!best || size < best.size) best = { index, buckets, size }
      }
    }
    return best
  }

  /** Candidates for the criteria, or null when no index narrows them (read the collection). */
  candidates(criteria: Criteria, total: number): Doc[] | null {
    const chosen = this.choose(conjuncts(criteria).fields)
    if (!chosen) return null
    const { index, buckets } = chosen
    const size = buckets.reduce((n, b) => n + b.ids.size, index.odd.size)
    // Sorting most of the collection back into insertion order costs more than reading it.
    if (size > total / 2) return null
    if (buckets.length === 1 && !index.odd.size && this.insertionOrdered(buckets[0]))
      return [...buckets[0].ids.values()]
    return this.inInsertionOrder([...buckets.flatMap((b) => [...b.ids]), ...index.odd])
  }

  /** Whether a bucket's own order is insertion order (true until a member's key changed). */
  private insertionOrdered(bucket: Bucket): boolean {
    let last = -1
    for (const key of bucket.ids.keys()) {
      const s = this.seq.get(key)!
      if (s < last) return false
      last = s
    }
    return true
  }

  /**
   * One bucket sorted by `order` (ties in insertion order), holding every match, and where along
   * it the matches can start (past values below a lower bound on the first sort field): the page
   * is the first matches from there. Null when no equality on an index's first field picks one.
   */
  ordered(criteria: Criteria, order: Record<string, 1 | -1>): { docs: Doc[]; from: number } | null {
    const { fields } = conjuncts(criteria)
    const chosen = this.choose(fields)
    if (!chosen || chosen.index.odd.size || chosen.buckets.length > 1) return null
    if (!chosen.buckets.length) return { docs: [], from: 0 }
    const docs = chosen.buckets[0].inOrder(order, this.seq)
    if (!docs) return null
    const [field, direction] = Object.entries(order)[0]
    const lower = direction === 1 ? lowestOf(fields, field) : undefined
    return { docs, from: lower ? search(docs, field, before(lower)) : 0 }
  }

  /**
   * What a count must test: the documents in every selection the indexes give (a bucket, or the
   * part of one in a range of the index's second field), in no particular order; `exact` (with
   * `total`) when those selections settle every condition of the criteria. Null when no index
   * narrows the collection. Selections meet by insertion number, so no document is read for it.
   */
  countable(criteria: Criteria): { docs: Doc[]; exact: boolean; total?: number } | null {
    const { fields, complete } = conjuncts(criteria)
    const selections: Selection[] = []
    let loose: Doc[] | null = null
    for (const index of this.indexes) {
      const [first, second] = index.spec.fields
      const at = fields.flatMap(([path], i) => (path === first ? [i] : []))
      const keys = at.length === 1 ? keysOf(fields[at[0]][1]) : null
      if (!keys) continue
      if (keys.length !== 1 || isOperatorObject(fields[at[0]][1]) || index.odd.size) {
        const docs = [
          ...[...new Set(keys)].flatMap((k) => [...(index.buckets.get(k)?.ids.values() ?? [])]),
          ...index.odd.values(),
        ]
        if (!loose || docs.length < loose.length) loose = docs
        continue
      }
      const bucket = index.buckets.get(keys[0])
      if (!bucket) return { docs: [], exact: true, total: 0 }
      const ranged = second ? fields.flatMap(([path], i) => (path === second ? [i] : [])) : []
      const range = ranged.length === 1 ? rangeOf(fields[ranged[0]][1]) : null
      const sorted = range ? bucket.ordered({ [second]: 1 }, this.seq) : null
      if (range && sorted) {
        const [from, to] = rangeBounds(sorted.docs, second, range)
        selections.push({ ordered: sorted, from, to, settles: [at[0], ranged[0]] })
      } else {
        const all = bucket.all(this.seq)
        selections.push({ ordered: all, from: 0, to: all.docs.length, settles: [at[0]] })
      }
    }
    if (!selections.length) return loose && { docs: loose, exact: false }
    // The smallest selection, and each other that settles a condition not settled yet.
    selections.sort((a, b) => a.to - a.from - (b.to - b.from))
    const chosen = [selections[0]]
    const settled = new Set(selections[0].settles)
    for (const s of selections.slice(1)) {
      if (s.settles.every((i) => settled.has(i))) continue
      chosen.push(s)
      for (const i of s.settles) settled.add(i)
    }
    const exact = complete && settled.size === fields.length
    const [smallest, ...others] = chosen
    if (loose && !exact && loose.length < smallest.to - smallest.from)
      return { docs: loose, exact: false }
    if (!others.length) {
      const docs = smallest.ordered.docs.slice(smallest.from, smallest.to)
      return { docs, exact, total: docs.length }
    }
    this.used.intersections += 1
    const marks = this.marks()
    for (const s of others) for (let i = s.from; i < s.to; i++) marks[s.ordered.seqs[i]] += 1
    const docs: Doc[] = []
    let total = 0
    for (let i = smallest.from; i < smallest.to; i++) {
      if (marks[smallest.ordered.seqs[i]] !== others.length) continue
      total += 1
      if (!exact) docs.push(smallest.ordered.docs[i])
    }
    marks.fill(0)
    return { docs, exact, total }
  }

  private scratch = new Uint8Array(0)

  /** A zeroed counter per insertion number (reused: callers zero it again when done). */
  private marks(): Uint8Array {
    if (this.scratch.length < this.next)
      this.scratch = new Uint8Array(Math.max(1024, this.next * 2))
    return this.scratch
  }
}

type Bound = { value: unknown; strict: boolean }

/** The tightest lower bound the conditions put on `field`, if any. */
function lowestOf(fields: Array<[string, unknown]>, field: string): Bound | undefined {
  for (const [path, condition] of fields) {
    if (path !== field) continue
    const lower = rangeOf(condition)?.lower
    if (lower) return lower
  }
  return undefined
}

const valueOf = (doc: Doc, field: string) => {
  const v = valueAt(doc, field)
  return v === ODD ? undefined : v
}

/** Whether a value sorts before every value meeting the lower bound. */
const before = (lower: Bound) => (v: unknown) => {
  const c = compareValues(v, lower.value)
  return c < 0 || (lower.strict && c === 0)
}

/** The first position in `sorted` (ascending by `field`) where `isBefore` no longer holds. */
function search(sorted: Doc[], field: string, isBefore: (v: unknown) => boolean): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (isBefore(valueOf(sorted[mid], field))) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Where in `sorted` (ascending by `field`) the values of the bounds' kind in range lie: [from, to). */
function rangeBounds(sorted: Doc[], field: string, range: Range): [number, number] {
  const bound = (range.lower ?? range.upper)!.value
  const kind = kindOf(bound)
  // Range operators only match values of their bound's kind, which sort together.
  const kindStart = search(sorted, field, (v) => kindOf(v) !== kind && compareValues(v, bound) < 0)
  const kindEnd = search(sorted, field, (v) => kindOf(v) === kind || compareValues(v, bound) < 0)
  const { lower, upper } = range
  const from = lower ? search(sorted, field, before(lower)) : kindStart
  const to = upper
    ? search(sorted, field, (v) => {
        const c = compareValues(v, upper.value)
        return c < 0 || (!upper.strict && c === 0)
      })
    : kindEnd
  const a = Math.max(from, kindStart)
  return [a, Math.max(a, Math.min(to, kindEnd))]
}

/** How many answers came from an index, by kind. */
interface Used {
  candidates: number
  ordered: number
  count: number
  /** Counts where two or more selections met. */
  intersections: number
}

/** Every collection's secondary indexes, kept by the store as documents come and go. */
export class SecondaryIndexes {
  private readonly collections = new Map<string, CollectionIndexes>()
  /** How many answers came from an index, by kind (tests check the indexes are used at all). */
  readonly used: Used = { candidates: 0, ordered: 0, count: 0, intersections: 0 }

  constructor(private readonly specs: Record<string, IndexFields[]>) {}

  private of(collection: string): CollectionIndexes {
    let c = this.collections.get(collection)
    if (!c)
      this.collections.set(
        collection,
        (c = new CollectionIndexes(this.specs[collection] ?? [], this.used)),
      )
    return c
  }

  /** Records that document `id` of `collection` changed from `old` to `doc` (undefined: absent). */
  replace(collection: string, id: unknown, old: Doc | undefined, doc: Doc | undefined) {
    this.of(collection).replace(idKey(id), old, doc)
  }

  /** Candidates in insertion order, or null: read the whole collection. */
  candidates(collection: string, criteria: Criteria, total: number): Doc[] | null {
    const docs = this.of(collection).candidates(criteria, total)
    if (docs) this.used.candidates += 1
    return docs
  }

  /** A bucket holding every match, sorted by `order`, and where matches start; null: none applies. */
  ordered(
    collection: string,
    criteria: Criteria,
    order: Record<string, 1 | -1>,
  ): { docs: Doc[]; from: number } | null {
    const docs = this.of(collection).ordered(criteria, order)
    if (docs) this.used.ordered += 1
    return docs
  }

  /** What a count must test (or, `exact`, the answer itself); null: test the whole collection. */
  countable(
    collection: string,
    criteria: Criteria,
  ): { docs: Doc[]; exact: boolean; total?: number } | null {
    const found = this.of(collection).countable(criteria)
    if (found?.exact) this.used.count += 1
    return found
  }

  /** Documents by `_id`, in insertion order. */
  inInsertionOrder(collection: string, docs: Doc[]): Doc[] {
    const seq = this.of(collection).seq
    return docs
      .map((d) => [seq.get(idKey(d._id)) ?? 0, d] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, d]) => d)
  }

  clear() {
    this.collections.clear()
  }
}
