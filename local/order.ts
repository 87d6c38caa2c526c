/**
 * Ordering of field values as the cloud database (MongoDB) orders them, for the value kinds
 * documents hold: null and missing first, then numbers, strings, booleans, dates. Strings compare
 * by code point (MongoDB's binary order), not by UTF-16 unit as JS `<` does.
 */

/** A value's kind for ordering; `null` covers missing too. `other`: arrays, objects, RegExps. */
export type Kind = 'null' | 'number' | 'string' | 'boolean' | 'date' | 'other'

const RANK: Record<Kind, number> = { null: 1, number: 3, string: 4, other: 6, boolean: 9, date: 10 }

export function kindOf(v: unknown): Kind {
  switch (typeof v) {
    case 'string':
      return 'string'
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'undefined':
      return 'null'
    default:
      if (v === null) return 'null'
      return v instanceof Date ? 'date' : 'other'
  }
}

/** Moves UTF-16 surrogates (U+D800–DFFF) above U+E000–FFFF, so units compare as code points. */
const codePointRank = (unit: number) => (unit >= 0xe000 ? unit - 0x800 : unit + 0x2000)

/** Units at or above U+D800: only where both strings hold one can UTF-16 and code points disagree. */
const HIGH_UNIT = /[\ud800-\uffff]/

/** Whether `compareStrings` may need its slow path for this string. */
export const hasHighUnits = (s: string) => HIGH_UNIT.test(s)

/** Compares strings by code point, i.e. as MongoDB compares their UTF-8 bytes. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0
  if (!hasHighUnits(a) || !hasHighUnits(b)) return a < b ? -1 : 1
  return compareHighStrings(a, b)
}

/** `compareStrings` for two strings that both hold units at or above U+D800. */
export function compareHighStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    if (x >= 0xd800 && y >= 0xd800) return codePointRank(x) - codePointRank(y)
    return x - y
  }
  return a.length - b.length
}

/** Negative, zero or positive as `a` sorts before, with or after `b`; NaN is the smallest number. */
export function compareValues(a: unknown, b: unknown): number {
  const ka = kindOf(a)
  const kb = kindOf(b)
  if (ka !== kb) return RANK[ka] - RANK[kb]
  switch (ka) {
    case 'number': {
      const x = a as number
      const y = b as number
      if (x < y) return -1
      if (x > y) return 1
      if (x === y) return 0
      return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1
    }
    case 'string':
      return compareStrings(a as string, b as string)
    case 'boolean':
      return a === b ? 0 : a ? 1 : -1
    case 'date':
      return compareValues((a as Date).getTime(), (b as Date).getTime())
    default:
      return 0
  }
}

/** Sentinel for a sort key the plain comparator does not handle. */
const UNSORTABLE = Symbol('unsortable')

function sortKey(doc: Record<string, unknown>, parts: string[]): unknown {
  let value: unknown = doc
  for (const part of parts) {
    if (value === null || typeof value !== 'object' || value instanceof Date) return undefined
    if (Array.isArray(value)) return UNSORTABLE
    value = (value as Record<string, unknown>)[part]
    if (value === undefined) return undefined
  }
  return kindOf(value) === 'other' ? UNSORTABLE : value
}

type Row<T> = { doc: T; keys: unknown[]; high: boolean[] }

/**
 * Sorts documents by `order` (`{ field: 1 | -1, … }`, dotted paths allowed) into a new array; ties
 * keep their input order. With `take`, only the first `take` of that order are returned (a page
 * needs no more, and picking them is cheaper than sorting everything). Null when a key holds an
 * array, an object or a RegExp: MongoDB orders those by rules the caller leaves to mingo.
 */
export function sortDocs<T extends Record<string, unknown>>(
  docs: readonly T[],
  order: Record<string, unknown>,
  take = Infinity,
): T[] | null {
  const fields = Object.keys(order)
  if (!fields.length) return docs.slice(0, take)
  const paths = fields.map((f) => f.split('.'))
  const directions = fields.map((f) => (order[f] === -1 ? -1 : 1))
  const rows: Array<Row<T>> = []
  for (const doc of docs) {
    const keys = paths.map((parts) => sortKey(doc, parts))
    if (keys.includes(UNSORTABLE)) return null
    rows.push({ doc, keys, high: keys.map((k) => typeof k === 'string' && hasHighUnits(k)) })
  }
  const compare = (x: Row<T>, y: Row<T>) => {
    for (let i = 0; i < directions.length; i++) {
      const a = x.keys[i]
      const b = y.keys[i]
      let c: number
      if (typeof a === 'string' && typeof b === 'string') {
        if (a === b) continue
        c = x.high[i] && y.high[i] ? compareHighStrings(a, b) : a < b ? -1 : 1
      } else {
        c = compareValues(a, b)
      }
      if (c !== 0) return c * directions[i]
    }
    return 0
  }
  if (take * 4 >= rows.length)
    return rows
      .sort(compare)
      .map((r) => r.doc)
      .slice(0, take)
  return firstInOrder(rows, compare, take).map((r) => r.doc)
}

/** The first `take` rows in `compare` order, ties in input order, without sorting them all. */
function firstInOrder<R>(rows: R[], compare: (x: R, y: R) => number, take: number): R[] {
  const top: R[] = []
  if (take <= 0) return top
  for (const row of rows) {
    if (top.length === take) {
      if (compare(row, top[take - 1]) >= 0) continue
      top.pop()
    }
    // After any equal rows already kept: they came first.
    let lo = 0
    let hi = top.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compare(row, top[mid]) < 0) hi = mid
      else lo = mid + 1
    }
    top.splice(lo, 0, row)
  }
  return top
}
