/**
 * Projections of top-level fields (`.field({ title: true, … })` or `{ notes: 0 }`), applied the way
 * mingo applies them: an inclusion lists the named fields in the projection's order, with `_id` last
 * unless named or excluded; an exclusion keeps the document's order. Other shapes (dotted paths,
 * operators, a mix, values other than 0/1/true/false) are left to mingo: `compileProjection` then
 * answers null.
 */
export function compileProjection(
  spec: Record<string, unknown>,
): ((doc: Record<string, unknown>) => Record<string, unknown>) | null {
  const include = (v: unknown) => v === 1 || v === true
  const exclude = (v: unknown) => v === 0 || v === false
  const keys = Object.keys(spec)
  if (!keys.length || keys.some((k) => k.includes('.') || k.startsWith('$'))) return null
  const others = keys.filter((k) => k !== '_id')
  const id = spec._id
  if (id !== undefined && !include(id) && !exclude(id)) return null
  if (others.length && others.every((k) => include(spec[k]))) {
    const fields = exclude(id) ? others : id === undefined ? [...keys, '_id'] : keys
    return (doc) => {
      const out: Record<string, unknown> = {}
      for (const f of fields) if (doc[f] !== undefined) out[f] = doc[f]
      return out
    }
  }
  if (!others.every((k) => exclude(spec[k])) || include(id)) {
    return others.length ? null : (doc) => ({ _id: doc._id })
  }
  const excluded = new Set(keys)
  return (doc) => {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(doc)) if (!excluded.has(k)) out[k] = doc[k]
    return out
  }
}
