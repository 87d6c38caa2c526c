import { z } from 'zod'
import type { EventsRoutes, MyEvent } from '../../../../../types/events'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing, toInstant } from '../../../../../src/domain/time'
import { issueCheckinCode, verifyCheckinCode } from '../../checkin-code'
import type { RoutesOf } from '../../define'
import { findMany } from '../../db'
import { fail } from '../../errors'
import { requireCompleteProfile } from '../../profile-store'
import { noInput } from '../../validate'
import type { RouteContext } from '../../context'
import { bump } from '../../counters'
import { insertOnce, updateCount } from '../training/store'
import {
  type EventDoc,
  ID,
  type SignupDoc,
  findSignup,
  isPast,
  loadEvent,
  requireOpen,
  signupId,
  toEvent,
  toListItem,
} from './shared'

// 我的活动 shows the latest sign-ups; a worker does not sign up for hundreds of events.
const MINE_MAX = 200

type AttendRoutes = Pick<
  EventsRoutes,
  'events/signup' | 'events/cancel' | 'events/mine' | 'events/checkinCode' | 'events/checkin'
>

const signups = (ctx: Pick<RouteContext, 'db'>) => ctx.db.collection(COLLECTIONS.eventSignups)

function requireCaller(openid: string | null): string {
  if (!openid) fail('UNAUTHENTICATED', '请先登录')
  return openid
}

/** Signing up, cancelling, 我的活动 and QR check-in at the venue. */
export const attendRoutes: RoutesOf<AttendRoutes> = {
  'events/signup': {
    access: ['worker'],
    input: z.object({ eventId: ID }).strict(),
    async handler({ eventId }, ctx) {
      const worker = requireCaller(ctx.openid)
      await requireCompleteProfile(ctx.db, worker)
      const at = ctx.now()
      const event = await loadEvent(ctx.db, eventId)
      const id = signupId(eventId, worker)
      const signup = await findSignup(ctx.db, id)
      // A retried tap finds its sign-up and changes nothing.
      if (signup?.status === 'signed_up')
        return { signedUp: true as const, signupCount: event.signupCount ?? 0 }
      requireOpen(toEvent(event), at)
      // The sign-up record first, then the count: a crash in between leaves a record the
      // reconciler counts. Two taps at once: the record's id lets only one of them in.
      const stamp = isoBeijing(at)
      const fields = { status: 'signed_up' as const, signedUpAt: stamp, updatedAt: stamp }
      const written = signup
        ? await updateCount(signups(ctx).where({ _id: id, status: 'cancelled' }), {
            ...fields,
            cancelledAt: ctx._.remove(),
          })
        : Number(
            await insertOnce(signups(ctx), async () => (await findSignup(ctx.db, id)) !== null, {
              _id: id,
              id,
              eventId,
              openid: worker,
              ...fields,
            }),
          )
      if (written === 1) await bump(ctx, COLLECTIONS.events, { _id: eventId }, { signupCount: 1 })
      return { signedUp: true as const, signupCount: (event.signupCount ?? 0) + written }
    },
  },

  'events/cancel': {
    access: ['worker'],
    input: z.object({ eventId: ID }).strict(),
    async handler({ eventId }, ctx) {
      const worker = requireCaller(ctx.openid)
      const at = ctx.now()
      const event = await loadEvent(ctx.db, eventId)
      const id = signupId(eventId, worker)
      const signup = await findSignup(ctx.db, id)
      if (signup?.status !== 'signed_up') {
        return { signedUp: false as const, signupCount: event.signupCount ?? 0 }
      }
      if (signup.checkedInAt) fail('CONFLICT', '你已经在现场签到了，不能再取消报名')
      if (isPast(event, at)) fail('EVENT_CLOSED', '这场活动已经结束，不需要取消报名')
      const stamp = isoBeijing(at)
      const changed = await updateCount(
        signups(ctx).where({ _id: id, status: 'signed_up', checkedInAt: ctx._.exists(false) }),
        { status: 'cancelled', cancelledAt: stamp, updatedAt: stamp },
      )
      if (changed === 1) await bump(ctx, COLLECTIONS.events, { _id: eventId }, { signupCount: -1 })
      else if ((await findSignup(ctx.db, id))?.checkedInAt)
        fail('CONFLICT', '你已经在现场签到了，不能再取消报名')
      return {
        signedUp: false as const,
        signupCount: Math.max(0, (event.signupCount ?? 0) - changed),
      }
    },
  },

  'events/mine': {
    access: ['worker'],
    input: noInput,
    async handler(_input, { db, _, openid, now }) {
      const worker = requireCaller(openid)
      const at = now()
      const signups = await findMany<SignupDoc>(
        db
          .collection(COLLECTIONS.eventSignups)
          .where({ openid: worker, status: 'signed_up' })
          .orderBy('signedUpAt', 'desc')
          .limit(MINE_MAX),
      )
      if (!signups.length) return []
      const events = await findMany<EventDoc>(
        db
          .collection(COLLECTIONS.events)
          .where({ _id: _.in(signups.map((s) => s.eventId)) })
          .limit(signups.length),
      )
      const mine: MyEvent[] = signups.flatMap((s) => {
        const doc = events.find((e) => e._id === s.eventId)
        if (!doc) return []
        return [
          {
            event: toListItem(doc, at),
            signedUpAt: s.signedUpAt,
            ...(s.checkedInAt ? { checkedInAt: s.checkedInAt } : {}),
          },
        ]
      })
      // Upcoming first, soonest at the top; then past events, latest first.
      const start = (m: MyEvent) => toInstant(m.event.startAt)
      return mine.sort((a, b) =>
        a.event.past !== b.event.past
          ? Number(a.event.past) - Number(b.event.past)
          : a.event.past
            ? start(b) - start(a)
            : start(a) - start(b),
      )
    },
  },

  'events/checkinCode': {
    access: ['staff'],
    input: z.object({ eventId: ID }).strict(),
    async handler({ eventId }, { db, now }) {
      const at = now()
      const event = toEvent(await loadEvent(db, eventId))
      if (event.status === 'cancelled') fail('EVENT_CLOSED', '这场活动已取消，不能签到')
      if (event.status !== 'published') fail('EVENT_CLOSED', '请先发布这场活动，再出示签到码')
      if (isPast(event, at)) fail('EVENT_CLOSED', '这场活动已经结束，不能再签到')
      return issueCheckinCode(eventId, at)
    },
  },

  'events/checkin': {
    access: ['worker'],
    input: z
      .object({
        eventId: ID,
        code: z.string().trim().min(1, '请扫描签到二维码').max(300, '签到码不对'),
      })
      .strict(),
    async handler({ eventId, code }, { db, _, openid, now }) {
      const worker = requireCaller(openid)
      const at = now()
      const verdict = verifyCheckinCode(code, eventId, at)
      if (!verdict.ok) fail('CHECKIN_CODE_INVALID', verdict.reason)
      const id = signupId(eventId, worker)
      const event = await loadEvent(db, eventId)
      const signup = await findSignup(db, id)
      if (signup?.status !== 'signed_up') {
        fail('CONFLICT', '你还没有报名这场活动，请先在活动页点“报名”，再扫码签到')
      }
      const result = { checkedIn: true as const, eventTitle: event.title }
      // A second scan (or a retried request) finds the first check-in and changes nothing.
      if (signup.checkedInAt) return { ...result, checkedInAt: signup.checkedInAt }
      if (event.status === 'cancelled') fail('EVENT_CLOSED', '这场活动已取消，不能签到')
      if (isPast(event, at)) fail('EVENT_CLOSED', '这场活动已经结束，不能再签到')
      const checkedInAt = isoBeijing(at)
      // The record first, then the count; only the scan that set the time counts it.
      const changed = await updateCount(
        signups({ db }).where({ _id: id, status: 'signed_up', checkedInAt: _.exists(false) }),
        { checkedInAt, updatedAt: checkedInAt },
      )
      if (changed === 1) {
        await bump({ db, _, now }, COLLECTIONS.events, { _id: eventId }, { checkedInCount: 1 })
        return { ...result, checkedInAt }
      }
      const latest = await findSignup(db, id)
      if (!latest?.checkedInAt) fail('CONFLICT', '你的报名刚刚有变化，请刷新活动页后再扫码')
      return { ...result, checkedInAt: latest.checkedInAt }
    },
  },
}
