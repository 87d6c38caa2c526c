import { isoBeijing } from '../../../src/domain/time'
import type { RouteContext } from './context'

/**
 * Shared counters (seats, waitlist length, sign-ups, check-ins, hires, brand progress) change only
 * through `bump`: one atomic conditional `_.inc` outside any transaction, so any number of callers
 * can count at once without conflicts. Each change stamps `countersAt`, which tells the reconciler
 * (reconcile/) that work on this document is in flight and its counters are not to be judged yet.
 */
export const COUNTERS_AT = 'countersAt'

type Ctx = Pick<RouteContext, 'db' | '_' | 'now'>

/** The stamp every counter change carries (merge it into an update that also does other things). */
export function counterStamp(ctx: Pick<RouteContext, 'now'>): Record<string, string> {
  return { [COUNTERS_AT]: isoBeijing(ctx.now()) }
}

/**
 * Adds `by` (field → amount, dotted paths allowed) to the counters of the documents `where` matches
 * (one, normally by `_id` plus a condition such as `seatsLeft: _.gt(0)`). True when it changed one.
 */
export async function bump(
  ctx: Ctx,
  collection: string,
  where: Record<string, unknown>,
  by: Record<string, number>,
): Promise<boolean> {
  const data: Record<string, unknown> = counterStamp(ctx)
  for (const [field, amount] of Object.entries(by)) data[field] = ctx._.inc(amount)
  const result = (await ctx.db.collection(collection).where(where).update({ data })) as {
    stats: { updated: number }
  }
  return result.stats.updated > 0
}
