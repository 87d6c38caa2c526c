import { inParallel } from '../batch'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { formatClock, formatRange, isoBeijing, toInstant } from '../../../../src/domain/time'
import { findMany } from '../db'
import { deliver } from '../push'
import {
  type EventDoc,
  type SignupDoc,
  eventPagePath,
  forEachSignupPage,
} from '../routes/events/shared'
import type { Task } from './task'

const HOUR_MS = 60 * 60_000
/** The day-before reminder goes out once between 24 h and 1 h before the start. */
export const DAY_BEFORE_MS = 24 * HOUR_MS
/** The hour-before reminder goes out once in the last hour before the start. */
export const HOUR_BEFORE_MS = HOUR_MS

// Events starting in the next 24 hours; far fewer than one page.
const EVENTS_MAX = 200
const DELIVERY_WIDTH = 10
// Stop well inside the function's time limit (60 s at most); the next run carries on.
const TIME_BUDGET_MS = 45_000

type Kind = 'day' | 'hour'

function place(event: EventDoc): string {
  if (event.mode === 'online') return '线上参加：到时打开活动页进入直播'
  return event.venue ? `地点：${event.venue.name}（${event.venue.address}）` : '地点见活动页'
}

function message(event: EventDoc, kind: Kind): { title: string; body: string } {
  const checkin = event.mode === 'offline' ? '，到场后扫工作人员手机上的二维码签到' : ''
  if (kind === 'day') {
    return {
      title: '招聘活动提醒',
      body: `你报名的「${event.title}」将于${formatRange(event.startAt, event.endAt)}举行。${place(event)}。请带好身份证${checkin}。`,
    }
  }
  return {
    title: '招聘活动1小时内开始',
    body: `你报名的「${event.title}」${formatClock(event.startAt)}开始。${place(event)}${checkin}。去不了请在活动页取消报名。`,
  }
}

/** The inbox ids `deliver` gives these keys that already exist (so a re-run skips them in one read). */
async function alreadyDelivered(ctx: Parameters<Task>[0], keys: string[]): Promise<Set<string>> {
  const found = await findMany<{ _id: string }>(
    ctx.db
      .collection(COLLECTIONS.inbox)
      .where({ _id: ctx._.in(keys) })
      .field({ _id: true })
      .limit(keys.length),
  )
  return new Set(found.map((d) => d._id))
}

/**
 * Reminds each signed-up worker of an event the day before and an hour before (R6). The dedupe
 * key `${eventId}:${openid}:day|hour` makes every run safe to repeat: each reminder goes out once
 * however often the timer fires. Workers who cancelled are not signed up, so not reminded.
 */
export const eventReminders: Task = async (ctx) => {
  const started = Date.now()
  const at = ctx.now()
  const events = await findMany<EventDoc>(
    ctx.db
      .collection(COLLECTIONS.events)
      .where({
        status: 'published',
        startAt: ctx._.gt(isoBeijing(at)).and(ctx._.lte(isoBeijing(at.getTime() + DAY_BEFORE_MS))),
      })
      .orderBy('startAt', 'asc')
      .limit(EVENTS_MAX),
  )
  let sent = 0
  let finished = true
  for (const event of events) {
    if (!finished) break
    const kind: Kind = toInstant(event.startAt) - at.getTime() <= HOUR_BEFORE_MS ? 'hour' : 'day'
    const { title, body } = message(event, kind)
    await forEachSignupPage(ctx.db, event._id, async (page: SignupDoc[]) => {
      const key = (s: SignupDoc) => `${event._id}:${s.openid}:${kind}`
      const done = await alreadyDelivered(ctx, page.map(key))
      await inParallel(
        page.filter((s) => !done.has(key(s))),
        DELIVERY_WIDTH,
        async (signup) => {
          const result = await deliver(ctx, {
            openid: signup.openid,
            kind: 'event',
            title,
            body,
            link: eventPagePath(event._id),
            dedupeKey: key(signup),
            template: 'event',
          })
          if (result.delivered) sent += 1
        },
      )
      finished = Date.now() - started < TIME_BUDGET_MS
      return finished
    })
  }
  return { events: events.length, sent, finished }
}
