import type { CountyName } from '../../../../types/catalog'
import type { StatsFilter } from '../../../../types/stats'
import { BRAND_IDS } from '../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../src/domain/collections'
import type { RouteContext } from '../context'
import { readAll } from '../match/store'
import type { StatsScope } from './figure'

/** A scope for one request: the filter, and look-ups made once however many figures need them. */
export function statsScope(ctx: RouteContext, filter: StatsFilter): StatsScope {
  const cache = new Map<string, Promise<unknown>>()
  return {
    ctx,
    filter,
    once<T>(key: string, load: () => Promise<T>) {
      if (!cache.has(key)) cache.set(key, load())
      return cache.get(key) as Promise<T>
    },
  }
}

/** The brands a filter covers, in the plan's order. */
export const brandsOf = (scope: StatsScope) =>
  scope.filter.brand ? [scope.filter.brand] : BRAND_IDS

/** Ids of the documents of `collection` in the filter's county (courses, openings). */
export function idsInCounty(scope: StatsScope, collection: string, county: CountyName) {
  return scope.once(`${collection}:${county}`, async () => {
    const docs = await readAll<{ _id: string }>(scope.ctx.db, collection, { county }, { _id: true })
    return docs.map((d) => d._id)
  })
}

export const COURSES = COLLECTIONS.courses
export const OPENINGS = COLLECTIONS.openings
