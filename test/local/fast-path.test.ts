import 'mingo/init/system'
import { Query } from 'mingo'
import { encode } from '../../local/codec'
import { LocalDatabase, type WireParams } from '../../local/engine'
import { compileFilter, DEFER } from '../../local/match'
import { compareStrings, sortDocs } from '../../local/order'
import { LocalStore, type IndexFile } from '../../local/store'

/**
 * The engine's plain-JS filters and sorts against mingo alone, over generated documents and
 * queries: every answer (list, order, page, count, updates, removals, aggregation) must be the same.
 */

/** mulberry32: the same documents and queries on every run. */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = rng(20261126)
const chance = (p: number) => random() < p
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
const some = <T>(list: readonly T[], max: number): T[] =>
  Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))

const STRINGS = [
  '米粉',
  '螺蛳粉制作',
  '养老护理员',
  'a',
  'B',
  'ab',
  'Ab',
  '',
  '柳南区',
  'zz',
  '（一）',
]
const NUMBERS = [0, -0, 1, 2, 2.5, -1, 10, 100, 1e9]
const DATES = [
  new Date('2026-01-01T00:00:00Z'),
  new Date('2026-03-01T08:30:00Z'),
  new Date('2027-06-15T00:00:00Z'),
]
const BOOLEANS = [true, false]
const ISO = ['2026-01-01T09:00:00+08:00', '2026-03-01T09:00:00+08:00', '2027-06-15T09:00:00+08:00']

/** A scalar of the field's usual kind, or now and then another kind, null, or nothing. */
function scalar(usual: readonly unknown[]): unknown {
  if (chance(0.06)) return null
  if (chance(0.08)) return pick([...STRINGS, ...NUMBERS, ...DATES, ...BOOLEANS])
  return pick(usual)
}

type Generated = Record<string, unknown>

/** Sets `key` unless the roll says the field is missing. */
function maybe(doc: Generated, key: string, value: () => unknown, missing = 0.12) {
  if (!chance(missing)) doc[key] = value()
}

function generateDoc(i: number): Generated {
  const doc: Generated = { _id: `d${String(i).padStart(3, '0')}` }
  maybe(doc, 's', () => scalar(STRINGS))
  maybe(doc, 'n', () => scalar(NUMBERS))
  maybe(doc, 'b', () => scalar(BOOLEANS))
  maybe(doc, 'd', () => scalar(DATES))
  maybe(doc, 'iso', () => scalar(ISO))
  maybe(doc, 'tags', () => {
    if (chance(0.1)) return pick(STRINGS)
    const list: unknown[] = some(STRINGS, 3)
    if (chance(0.15)) list.push(null)
    if (chance(0.1)) list.push(pick(NUMBERS))
    if (chance(0.08)) list.push([pick(STRINGS)])
    return chance(0.08) ? [] : list
  })
  maybe(doc, 'nums', () => some(NUMBERS, 3))
  maybe(doc, 'o', () => {
    if (chance(0.08)) return null
    if (chance(0.05)) return pick(NUMBERS)
    if (chance(0.08)) return [{ x: pick(NUMBERS) }, { y: { z: pick(STRINGS) } }]
    const o: Generated = {}
    maybe(o, 'x', () => scalar(NUMBERS))
    maybe(o, 'y', () => {
      if (chance(0.1)) return null
      const y: Generated = {}
      maybe(y, 'z', () => scalar(STRINGS))
      return y
    })
    return o
  })
  return doc
}

/** The fields a query can name, with the values it compares them to. */
const FIELDS: Array<{ path: string; values: readonly unknown[] }> = [
  { path: 's', values: STRINGS },
  { path: 'n', values: NUMBERS },
  { path: 'b', values: BOOLEANS },
  { path: 'd', values: DATES },
  { path: 'iso', values: ISO },
  { path: 'tags', values: STRINGS },
  { path: 'nums', values: NUMBERS },
  { path: 'o.x', values: NUMBERS },
  { path: 'o.y.z', values: STRINGS },
  { path: 'o.y', values: [null] },
  { path: 'absent', values: STRINGS },
  { path: '_id', values: ['d001', 'd010', 'd100', 'x'] },
]

const PATTERNS: Array<[string, string]> = [
  ['米', ''],
  ['^a', ''],
  ['^a', 'i'],
  ['b$', 'i'],
  ['护理', ''],
  ['护理', 'i'],
  ['（一\\)', 'i'],
  ['柳.区', ''],
  ['（', ''],
  ['^$', ''],
]

function condition(values: readonly unknown[]): unknown {
  const value = () => (chance(0.85) ? pick(values) : pick([...STRINGS, ...NUMBERS, ...DATES]))
  const list = () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => (chance(0.15) ? null : value()))
  const regexp = () => {
    const [source, flags] = pick(PATTERNS)
    return new RegExp(source, flags)
  }
  switch (Math.floor(random() * 14)) {
    case 0:
    case 1:
      return value()
    case 2:
      return null
    case 3:
      return { $eq: chance(0.2) ? null : value() }
    case 4:
      return { $ne: chance(0.2) ? null : value() }
    case 5:
      return { $in: list() }
    case 6:
      return { $nin: list() }
    case 7:
      return { [pick(['$gt', '$gte', '$lt', '$lte'])]: value() }
    case 8:
      return { $gt: value(), $lte: value() }
    case 9:
      return { $exists: chance(0.5) }
    case 10:
      return regexp()
    case 11: {
      const [source, flags] = pick(PATTERNS)
      return flags ? { $regex: source, $options: flags } : { $regex: source }
    }
    case 12:
      return { $in: list(), $exists: true }
    default:
      return { $gte: value() }
  }
}

function generateQuery(depth = 0): Record<string, unknown> {
  const query: Record<string, unknown> = {}
  const n = Math.floor(random() * 3)
  for (let i = 0; i < n; i++) {
    const field = pick(FIELDS)
    query[field.path] = condition(field.values)
  }
  if (depth < 2 && chance(0.35)) {
    const op = pick(['$and', '$or', '$nor'])
    query[op] = Array.from({ length: 1 + Math.floor(random() * 3) }, () => generateQuery(depth + 1))
  }
  return query
}

const SORT_FIELDS = ['s', 'n', 'b', 'd', 'iso', 'o.x', 'o.y.z', 'absent', 'tags', 'o']

function generateOrder(): Record<string, 1 | -1> | undefined {
  if (chance(0.2)) return undefined
  const order: Record<string, 1 | -1> = {}
  for (let i = 0, n = 1 + Math.floor(random() * 3); i < n; i++)
    order[pick(SORT_FIELDS)] = chance(0.5) ? 1 : -1
  return order
}

/** Projections as `.field()` sends them; the last ones are mingo's to apply (or to refuse). */
const PROJECTIONS: Array<Record<string, unknown>> = [
  { s: 1, n: 1 },
  { _id: 1, s: 1, absent: 1 },
  { s: 1, _id: 1 },
  { _id: 0, tags: 1 },
  { _id: 1 },
  { _id: 0 },
  { o: 0 },
  { o: 0, n: 0, _id: 0 },
  { 'o.x': 1 },
  { s: 1, n: 0 },
]

const DOCS = Array.from({ length: 240 }, (_, i) => generateDoc(i))
const QUERIES = Array.from({ length: 600 }, () => generateQuery())
const C = 'things'

/** Conjunctions of equalities and ranges on several indexed fields: counts where selections meet. */
const COMBOS = Array.from({ length: 150 }, (): Record<string, unknown> => {
  const parts: Array<Record<string, unknown>> = [
    { s: pick(STRINGS) },
    { b: pick(BOOLEANS) },
    { n: pick(NUMBERS) },
    { iso: pick(ISO) },
    { n: { [pick(['$gt', '$gte', '$lt', '$lte'])]: pick(NUMBERS) } },
    { iso: { $gte: pick(ISO) } },
    { s: { $lt: pick(STRINGS) } },
    { d: { $gt: pick(DATES) } },
  ].filter(() => chance(0.5))
  if (parts.length < 2) parts.push({ s: pick(STRINGS) }, { b: pick(BOOLEANS) })
  return chance(0.5) ? Object.assign({}, ...parts) : { $and: parts }
})

/** Arrays on the way down a path or inside arrays: the shapes the fast path hands to mingo. */
function hasNestedArrays(doc: Generated): boolean {
  const o = doc.o
  const tags = doc.tags
  return Array.isArray(o) || (Array.isArray(tags) && tags.some((t) => Array.isArray(t)))
}

/** Indexes on most generated fields, so lookups meet every odd shape (arrays, nulls, mixed kinds). */
const INDEXES: IndexFile = {
  [C]: [
    ['s', 'n'],
    ['n', 'iso'],
    ['b', 'd'],
    ['iso', 's'],
    ['tags'],
    ['o.x', 'n'],
    ['o.y.z'],
    ['o.y'],
    ['absent', 's'],
  ].map((fields) => ({
    name: fields.join('_'),
    keys: fields.map((field) => ({ field, direction: 1 as const })),
  })),
}

describe.each([
  ['without indexes', {}],
  ['along in-memory indexes', INDEXES],
])('the fast query path answers exactly as mingo, %s', (_label, indexes: IndexFile) => {
  let store: LocalStore
  let fast: LocalDatabase
  let reference: LocalDatabase
  const mingoOnly = { scriptEnabled: false }

  beforeAll(() => {
    store = LocalStore.open({ indexes })
    store.insertMany(C, DOCS)
    fast = new LocalDatabase(store)
    reference = new LocalDatabase(store, { fastPath: false })
  })
  afterAll(() => store.close())

  const both = (action: string, params: WireParams) => {
    const strip = ({ requestId: _id, ...rest }: Record<string, unknown>) => rest
    return [strip(fast.execute(action, params)), strip(reference.execute(action, params))]
  }

  it('compiles every generated query and matches the same documents, deferring only odd shapes', () => {
    const stored = store.scan(C)
    let deferred = 0
    let matched = 0
    for (const query of QUERIES) {
      const filter = compileFilter(query)
      if (!filter) throw new Error(`not compiled: ${encode(query)}`)
      const slow = new Query(query, mingoOnly)
      for (const doc of stored) {
        let answer: boolean
        try {
          answer = filter!(doc)
        } catch (err) {
          if (err !== DEFER) throw err
          if (!hasNestedArrays(doc))
            throw new Error(`deferred ${doc._id} for ${JSON.stringify(query)}`)
          deferred += 1
          continue
        }
        if (answer !== slow.test(doc))
          throw new Error(
            `${doc._id} ${JSON.stringify(doc)} vs ${encode(query)}: fast says ${answer}`,
          )
        if (answer) matched += 1
      }
    }
    // The generated queries are neither trivial nor all handed to mingo.
    expect(matched).toBeGreaterThan(QUERIES.length * 10)
    expect(deferred).toBeLessThan((QUERIES.length * stored.length) / 20)
  })

  it('lists the same documents in the same order, page by page, with the same counts', () => {
    for (const query of [...QUERIES, ...COMBOS]) {
      const order = generateOrder()
      const params: WireParams = {
        collectionName: C,
        query: encode(query),
        order: order && encode(order),
        offset: chance(0.3) ? Math.floor(random() * 30) : undefined,
        limit: pick([undefined, 5, 20, 1000]),
        projection: chance(0.4) ? encode(pick(PROJECTIONS)) : undefined,
      }
      const [got, expected] = both('database.getDocument', params)
      expect(got).toEqual(expected)
      const [count, expectedCount] = both('database.calculateDocument', params)
      expect(count).toEqual(expectedCount)
    }
    if (indexes === INDEXES) {
      const { used } = store.indexes
      // Every kind of index answer was given, so each was compared with mingo's.
      expect(used.candidates).toBeGreaterThan(50)
      expect(used.ordered).toBeGreaterThan(20)
      expect(used.count).toBeGreaterThan(5)
      expect(used.intersections).toBeGreaterThan(5)
    }
  })

  it('aggregates a leading $match the same', () => {
    for (const query of QUERIES.slice(0, 150)) {
      const stages = [
        { stageKey: '$match', stageValue: encode(query) },
        { stageKey: '$group', stageValue: encode({ _id: '$b', count: { $sum: 1 } }) },
        { stageKey: '$sort', stageValue: encode({ _id: 1 }) },
      ]
      const [got, expected] = both('database.aggregateDocuments', { collectionName: C, stages })
      expect(got).toEqual(expected)
    }
  })

  it('updates and removes the same documents', () => {
    const left = LocalStore.open({ indexes })
    const right = LocalStore.open({ indexes: {} })
    try {
      left.insertMany(C, DOCS)
      right.insertMany(C, DOCS)
      const a = new LocalDatabase(left)
      const b = new LocalDatabase(right, { fastPath: false })
      QUERIES.slice(0, 120).forEach((query, i) => {
        const params: WireParams = {
          collectionName: C,
          query: encode(query),
          multi: chance(0.7),
          merge: true,
          data: encode({ $inc: { hits: 1 }, $set: { last: i } }),
        }
        const action = i % 10 === 9 ? 'database.removeDocument' : 'database.modifyDocument'
        const { requestId: _a, ...got } = a.execute(action, params)
        const { requestId: _b, ...expected } = b.execute(action, params)
        expect(got).toEqual(expected)
      })
      expect(left.all(C)).toEqual(right.all(C))
      // The indexes followed every change: queries after the writes still answer as mingo's.
      for (const query of QUERIES.slice(0, 200)) {
        const order = generateOrder()
        const params: WireParams = {
          collectionName: C,
          query: encode(query),
          order: order && encode(order),
          limit: 20,
        }
        for (const action of ['database.getDocument', 'database.calculateDocument']) {
          const { requestId: _a, ...got } = a.execute(action, params)
          const { requestId: _b, ...expected } = b.execute(action, params)
          expect(got).toEqual(expected)
        }
      }
    } finally {
      left.close()
      right.close()
    }
  })
})

describe('fast-path details a reader might doubt', () => {
  it('leaves unknown operators and object values to mingo', () => {
    expect(compileFilter({ tags: { $all: ['a'] } })).toBeNull()
    expect(compileFilter({ o: { x: 1 } })).toBeNull()
    expect(compileFilter({ $expr: { $gt: ['$n', 1] } })).toBeNull()
    expect(compileFilter({ n: { $in: [/a/] } })).toBeNull()
    expect(compileFilter({ $or: [] })).toBeNull()
    expect(compileFilter({ s: 'a', 'o.x': { $gte: 1, $lt: 5 } })).not.toBeNull()
  })

  it('orders strings by code point like the cloud, not by UTF-16 unit', () => {
    // U+20BB7 (𠮷, a surrogate pair in UTF-16) sorts after U+FF08 （ in MongoDB.
    expect(compareStrings('𠮷', '（')).toBeGreaterThan(0)
    expect('𠮷' < '（').toBe(true)
    expect(compareStrings('a', 'ab')).toBeLessThan(0)
    expect(compareStrings('柳南区', '柳南区')).toBe(0)
    const docs = [{ _id: 1, s: '𠮷' }, { _id: 2, s: '（' }, { _id: 3 }, { _id: 4, s: 'z' }]
    expect(sortDocs(docs, { s: 1 })!.map((d) => d._id)).toEqual([3, 4, 2, 1])
    expect(compileFilter({ s: { $gt: '（' } })!({ _id: 1, s: '𠮷' })).toBe(true)
  })

  it('orders kinds as MongoDB does: null and missing, numbers, strings, booleans, dates', () => {
    const docs = [
      { _id: 1, v: new Date(0) },
      { _id: 2, v: true },
      { _id: 3, v: 'a' },
      { _id: 4, v: 2 },
      { _id: 5, v: null },
      { _id: 6 },
      { _id: 7, v: -1 },
    ]
    expect(sortDocs(docs, { v: 1 })!.map((d) => d._id)).toEqual([5, 6, 7, 4, 3, 2, 1])
    expect(sortDocs(docs, { v: -1 })!.map((d) => d._id)).toEqual([1, 2, 3, 4, 7, 5, 6])
    expect(sortDocs([{ _id: 1, v: [1] }], { v: 1 })).toBeNull()
  })
})
