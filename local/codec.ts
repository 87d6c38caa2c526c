import { bson } from './sdk'

/** A stored document: plain data with Dates (and RegExps), always with an `_id`. */
export type Doc = Record<string, unknown> & { _id: DocId }
export type DocId = string | number

const { EJSON } = bson

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  if (proto === Object.prototype || proto === null) return true
  // A plain object from another realm (jest's sandbox vs Node's own): its prototype ends the chain.
  return (
    Object.getPrototypeOf(proto) === null &&
    Object.prototype.toString.call(value) === '[object Object]'
  )
}

/**
 * Turns what the SDK sent (already EJSON-parsed) into plain JS: `db.serverDate()` becomes a real
 * Date, BSON regular expressions become RegExps mingo understands.
 */
export function fromWire(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => fromWire(v, now))
  if (value === null || typeof value !== 'object') return value
  const tagged = value as { _bsontype?: string; pattern?: string; options?: string }
  if (tagged._bsontype === 'BSONRegExp') {
    const flags = (tagged.options ?? '').replace(/[^imsu]/g, '')
    return new RegExp(tagged.pattern ?? '', flags)
  }
  if (!isPlainObject(value)) return value
  const keys = Object.keys(value)
  if (keys.length === 1 && keys[0] === '$tcb_server_date') {
    const offset = Number((value.$tcb_server_date as { offset?: unknown } | null)?.offset ?? 0)
    return new Date(now + (Number.isFinite(offset) ? offset : 0))
  }
  const out: Record<string, unknown> = {}
  for (const key of keys) out[key] = fromWire(value[key], now)
  return out
}

/**
 * A deep copy made in this realm. Not `structuredClone`: under jest its copies come from Node's own
 * realm, so `instanceof Date` and mingo's plain-object checks fail on them.
 */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => clone(v)) as T
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) out[key] = clone(value[key])
  return out as T
}

/** Parses one EJSON string from the SDK into plain JS (see `fromWire`). */
export function decode(text: string, now: number): unknown {
  return fromWire(EJSON.parse(text), now)
}

/** Canonical EJSON: Dates and number types survive the round trip through the SDK or SQLite. */
export function encode(value: unknown): string {
  return EJSON.stringify(value as Parameters<typeof EJSON.stringify>[0], { relaxed: false })
}

/** Parses a stored document (canonical EJSON) back into plain JS. */
export function decodeStored(text: string): Doc {
  return fromWire(EJSON.parse(text), Date.now()) as Doc
}

/** A key that tells ids apart by type too (1 and '1' are different documents). */
export function idKey(id: unknown): string {
  return typeof id === 'string' ? id : `#${JSON.stringify(id)}`
}
