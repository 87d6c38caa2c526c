/**
 * Bounds on a request before anything reads it field by field: a body nested thousands deep or
 * holding a million values would exhaust the stack or the time of the schema check. The router
 * applies them to every event (the cloud path); the local HTTP face also scans the raw text before
 * JSON.parse.
 */

/** Deepest nesting of objects and arrays a request may have (the deepest form needs about 6). */
export const MAX_DEPTH = 32
/** Most values (objects, arrays, strings, numbers …) a request may hold. */
export const MAX_VALUES = 20_000
/** Most characters of text (keys and strings together) a request may hold. */
export const MAX_TEXT = 512 * 1024

/** Why a request is out of bounds, in words a worker can read, or null when it is within them. */
export function outOfBounds(value: unknown): string | null {
  // An explicit stack instead of recursion: the check itself must not overflow on deep input.
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  let values = 0
  let text = 0
  while (stack.length) {
    const { value: v, depth } = stack.pop()!
    values += 1
    if (values > MAX_VALUES) return '提交的内容太多了'
    if (typeof v === 'string') text += v.length
    if (v === null || typeof v !== 'object') {
      if (text > MAX_TEXT) return '提交的内容太大了'
      continue
    }
    if (depth >= MAX_DEPTH) return '提交的内容层级太深了'
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ value: item, depth: depth + 1 })
      continue
    }
    for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
      text += key.length
      stack.push({ value: item, depth: depth + 1 })
    }
    if (text > MAX_TEXT) return '提交的内容太大了'
  }
  return null
}

/** Whether JSON text nests deeper than `max` (brackets inside strings do not count). */
export function jsonTooDeep(text: string, max = MAX_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i += 1 // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      depth += 1
      if (depth > max) return true
    } else if (c === 0x7d || c === 0x5d) depth -= 1
  }
  return false
}
