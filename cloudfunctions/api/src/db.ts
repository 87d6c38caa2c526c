/**
 * Typed reads over the wx-server-sdk query API. The SDK's own typings return
 * `Promise<…> | void | string` (callback overloads), so every read goes through here.
 */
interface Gettable {
  get(): unknown
}
interface Countable {
  count(): unknown
}

/** Documents a query returns (always give the query an explicit `.limit()`). */
export async function findMany<T>(query: Gettable): Promise<T[]> {
  const result = (await query.get()) as { data: unknown[] }
  return result.data as T[]
}

/** The first document a query returns, or null. */
export async function findOne<T>(query: Gettable): Promise<T | null> {
  const [first] = await findMany<T>(query)
  return first ?? null
}

/** How many documents match. */
export async function countOf(query: Countable): Promise<number> {
  const result = (await query.count()) as { total: number }
  return result.total
}
