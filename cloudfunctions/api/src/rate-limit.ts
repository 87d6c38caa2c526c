/**
 * Rate limits kept in the database (`rate_limits`), not in memory: functions run as many instances.
 * A fixed window per caller and action; the count rises by a conditional atomic update, so two
 * calls at once never both take the last place.
 */
import { COLLECTIONS } from '../../../src/domain/collections'
import type { RouteContext } from './context'
import { fail } from './errors'

/** How often each action may happen per caller. */
export const RATE_LIMITS = {
  report: {
    max: 5,
    windowMs: 86_400_000,
    message: '今天提交的投诉举报已经很多了，请明天再提交；紧急情况请拨打12333',
  },
  post: { max: 30, windowMs: 3_600_000, message: '发布太频繁了，请过一小时再发布' },
  register: { max: 10, windowMs: 86_400_000, message: '今天提交单位登记的次数太多了，请明天再试' },
} as const

export type RateLimited = keyof typeof RATE_LIMITS

/** Counts one `action` for `key` (the caller); refuses with RATE_LIMITED beyond the limit. */
export async function takeRate(
  ctx: Pick<RouteContext, 'db' | '_' | 'now'>,
  action: RateLimited,
  key: string,
): Promise<void> {
  const { max, windowMs, message } = RATE_LIMITS[action]
  const window = Math.floor(ctx.now().getTime() / windowMs)
  const id = `${action}:${key}:${window}`
  const limits = ctx.db.collection(COLLECTIONS.rateLimits)
  const bump = async () =>
    (
      (await limits
        .where({ _id: id, count: ctx._.lt(max) })
        .update({ data: { count: ctx._.inc(1) } })) as { stats: { updated: number } }
    ).stats.updated === 1
  if (await bump()) return
  try {
    await limits.add({ data: { _id: id, count: 1, expiresAt: new Date((window + 1) * windowMs) } })
    return
  } catch {
    // Someone created the window a moment ago (or it is full): count against it.
  }
  if (await bump()) return
  fail('RATE_LIMITED', message)
}
