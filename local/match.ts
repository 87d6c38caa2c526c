import { compareHighStrings, compareValues, hasHighUnits, kindOf } from './order'

/**
 * Plain-JS evaluation of the query shapes handlers use every request: equality, `$in`/`$nin`,
 * `$gt`/`$gte`/`$lt`/`$lte`, `$ne`, `$exists` and regular expressions on top-level or dotted
 * fields, combined with `$and`/`$or`/`$nor`. Semantics follow mingo's (the engine's reference), with
 * MongoDB's code-point string order. Anything else is left to mingo: `compileFilter` answers null
 * for criteria it does not cover, and a compiled predicate throws `DEFER` for a document whose shape
 * it does not handle (an array on the way down a dotted path, arrays inside arrays, NaN).
 */

/** A compiled filter: true when the document matches. May throw `DEFER`. */
export type Filter = (doc: Record<string, unknown>) => boolean

/** Thrown by a compiled filter for a document that mingo must judge. */
export const DEFER = Symbol('defer to mingo')

const defer = (): never => {
  throw DEFER
}

/** Scalars the fast path compares: strings, numbers (not NaN), booleans, Dates. */
function isPlainScalar(v: unknown): v is string | number | boolean | Date {
  const t = typeof v
  return (
    t === 'string' ||
    t === 'boolean' ||
    (t === 'number' && !Number.isNaN(v)) ||
    (v instanceof Date && !Number.isNaN(v.getTime()))
  )
}

/** A reader for a field path; throws DEFER when an array sits on the way (mingo fans out there). */
function reader(path: string): (doc: Record<string, unknown>) => unknown {
  if (!path.includes('.')) return (doc) => doc[path]
  const parts = path.split('.')
  return (doc) => {
    let value: unknown = doc
    for (const part of parts) {
      if (value === null || typeof value !== 'object') return undefined
      if (Array.isArray(value)) defer()
      value = (value as Record<string, unknown>)[part]
      if (value === undefined) return undefined
    }
    return value
  }
}

/** Whether a field value equals a scalar (or null) the way mingo's `$eq` decides. */
function equals(b: string | number | boolean | Date | null): (a: unknown) => boolean {
  const same: (x: unknown) => boolean =
    b === null
      ? (x) => x === null
      : b instanceof Date
        ? (x) => x instanceof Date && x.getTime() === b.getTime()
        : (x) => x === b
  return (a) => {
    if (b === null && a === undefined) return true
    if (!Array.isArray(a)) return same(a)
    for (const x of a) {
      if (Array.isArray(x)) defer()
      if (same(x)) return true
    }
    return false
  }
}

function membership(list: unknown[]): ((a: unknown) => boolean) | null {
  const scalars = new Set<unknown>()
  const dates: number[] = []
  let hasNull = false
  for (const v of list) {
    if (v === null) hasNull = true
    else if (v instanceof Date && isPlainScalar(v)) dates.push(v.getTime())
    else if (isPlainScalar(v)) scalars.add(v)
    else return null
  }
  const has = (x: unknown) =>
    x === null ? hasNull : x instanceof Date ? dates.includes(x.getTime()) : scalars.has(x)
  return (a) => {
    if (a === undefined || a === null) return hasNull
    return Array.isArray(a) ? a.some(has) : has(a)
  }
}

type Comparison = '$gt' | '$gte' | '$lt' | '$lte'
const COMPARISONS: Record<Comparison, (c: number) => boolean> = {
  $gt: (c) => c > 0,
  $gte: (c) => c >= 0,
  $lt: (c) => c < 0,
  $lte: (c) => c <= 0,
}

/** `$gt` and friends: only values of the bound's own type compare (MongoDB's type bracketing). */
function comparison(op: Comparison, b: unknown): ((a: unknown) => boolean) | null {
  const holds = COMPARISONS[op]
  // A null bound matches stored nulls only (mingo's reading; MongoDB also counts missing fields).
  if (b === null) {
    const one = (x: unknown) => x === null && holds(0)
    return (a) => (Array.isArray(a) ? a.some(one) : one(a))
  }
  if (!isPlainScalar(b)) return null
  let one: (x: unknown) => boolean
  if (typeof b === 'string') {
    const bHigh = hasHighUnits(b)
    one = (x) =>
      typeof x === 'string' &&
      holds(x === b ? 0 : bHigh && hasHighUnits(x) ? compareHighStrings(x, b) : x < b ? -1 : 1)
  } else if (typeof b === 'number') {
    one = (x) => {
      if (typeof x !== 'number') return false
      if (Number.isNaN(x)) defer()
      return holds(x < b ? -1 : x > b ? 1 : 0)
    }
  } else {
    const kind = kindOf(b)
    one = (x) => x !== undefined && kindOf(x) === kind && holds(compareValues(x, b))
  }
  return (a) => (Array.isArray(a) ? a.some(one) : one(a))
}

/** Characters a pattern may hold and still be a plain substring: no regex syntax, no letter case. */
const CASELESS_LITERAL = /^(?:[^\\.*+?^${}()|[\]a-zA-Z\u00c0-\u2fff]|\\[.*+?^${}()|[\]\\/-])+$/

/** The substring a pattern is (a search box's escaped, caseless keyword), else null. */
function literalOf(re: RegExp): string | null {
  if (!CASELESS_LITERAL.test(re.source) || /[msuvy]/.test(re.flags)) return null
  return re.source.replace(/\\(.)/g, '$1')
}

function regexTest(re: RegExp): ((a: unknown) => boolean) | null {
  if (re.global || re.sticky) return null
  // A caseless literal (a Chinese keyword) is a substring test: the same answer, much cheaper.
  const literal = literalOf(re)
  const test = literal === null ? (s: string) => re.test(s) : (s: string) => s.includes(literal)
  return (a) => {
    if (typeof a === 'string') return test(a)
    if (!Array.isArray(a)) return false
    for (const x of a) {
      if (Array.isArray(x)) defer()
      if (typeof x === 'string' && test(x)) return true
    }
    return false
  }
}

const isOperatorObject = (v: unknown): v is Record<string, unknown> =>
  v !== null &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  !(v instanceof Date) &&
  !(v instanceof RegExp) &&
  Object.keys(v).some((k) => k.startsWith('$'))

const isEqualityValue = (v: unknown): v is string | number | boolean | Date | null =>
  v === null || isPlainScalar(v)

/** The test of one field condition (`value` is a scalar, a RegExp or an operator object). */
function fieldTest(value: unknown): ((a: unknown) => boolean) | null {
  if (value instanceof RegExp) return regexTest(value)
  if (isEqualityValue(value)) return equals(value)
  if (!isOperatorObject(value)) return null
  if ('$regex' in value) {
    const { $regex, $options, ...rest } = value
    if (Object.keys(rest).length) return null
    if (!($regex instanceof RegExp) && typeof $regex !== 'string') return null
    if ($options !== undefined && typeof $options !== 'string') return null
    return regexTest(new RegExp($regex, $options))
  }
  const tests: Array<(a: unknown) => boolean> = []
  for (const [op, arg] of Object.entries(value)) {
    let test: ((a: unknown) => boolean) | null = null
    if (op === '$eq' || op === '$ne') {
      if (!isEqualityValue(arg)) return null
      const eq = equals(arg)
      test = op === '$eq' ? eq : (a) => !eq(a)
    } else if (op === '$in' || op === '$nin') {
      if (!Array.isArray(arg)) return null
      const inList = membership(arg)
      if (!inList) return null
      test = op === '$in' ? inList : (a) => !inList(a)
    } else if (op in COMPARISONS) {
      test = comparison(op as Comparison, arg)
    } else if (op === '$exists') {
      const wanted = Boolean(arg)
      test = (a) => (a !== undefined) === wanted
    }
    if (!test) return null
    tests.push(test)
  }
  if (tests.length === 1) return tests[0]
  return (a) => tests.every((t) => t(a))
}

function allOf(filters: Filter[]): Filter {
  if (filters.length === 1) return filters[0]
  if (filters.length === 2) {
    const [f, g] = filters
    return (doc) => f(doc) && g(doc)
  }
  return (doc) => {
    for (const f of filters) if (!f(doc)) return false
    return true
  }
}

/**
 * Compiles query criteria (decoded from the wire) into a filter, or null when they use an operator
 * or a value the fast path does not cover; the caller then asks mingo.
 */
export function compileFilter(criteria: Record<string, unknown>): Filter | null {
  const filters: Filter[] = []
  for (const [key, value] of Object.entries(criteria)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(value) || !value.length) return null
      const parts: Filter[] = []
      for (const sub of value) {
        if (sub === null || typeof sub !== 'object' || Array.isArray(sub)) return null
        const part = compileFilter(sub as Record<string, unknown>)
        if (!part) return null
        parts.push(part)
      }
      if (key === '$and') filters.push(allOf(parts))
      else if (key === '$or') filters.push((doc) => parts.some((p) => p(doc)))
      else filters.push((doc) => !parts.some((p) => p(doc)))
      continue
    }
    if (key.split('.').some((p) => p === '' || p.startsWith('$'))) return null
    const test = fieldTest(value)
    if (!test) return null
    const read = reader(key)
    filters.push((doc) => test(read(doc)))
  }
  if (!filters.length) return () => true
  return allOf(filters)
}
