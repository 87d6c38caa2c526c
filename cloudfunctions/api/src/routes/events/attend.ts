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
import {
  type EventDoc,
  ID,
  type SignupDoc,
  inTransaction,
  isPast,
  loadEvent,
  requireOpen,
  signupId,
  toEvent,
  toListItem,
  txGet,
  txSet,
  txUpdate,
} from './shared'

// 我的活动 shows the latest sign-ups; a worker does not sign up for hundreds of events.
const MINE_MAX = 200

type AttendRoutes = Pick<
  EventsRoutes,
  'events/signup' | 'events/cancel' | 'events/mine' | 'events/checkinCode' | 'events/checkin'
>

function requireCaller(openid: string | null): string {
  if (!openid) fail('UNAUTHENTICATED', '请先登录')
  return openid
}

/** Signing up, cancelling, 我的活动 and QR check-in at the venue. */
export const attendRoutes: RoutesOf<AttendRoutes> = {
  'events/signup': {
    access: ['worker'],
    input: z.object({ eventId: ID }).strict(),
    async handler({ eventId }, { db, _, openid, now }) {
      const worker = requireCaller(openid)
      await requireCompleteProfile(db, worker)
      const at = now()
      const id = signupId(eventId, worker)
      // One transaction: the sign-up and the count change together, so a retried tap or two
      // taps at once count exactly once.
      return inTransaction(db, async (tx) => {
        const event = await txGet<EventDoc>(tx, COLLECTIONS.events, eventId)
        if (!event) fail('NOT_FOUND', '没有找到这场活动，可能已被删除')
        const signup = await txGet<SignupDoc>(tx, COLLECTIONS.eventSignups, id)
        if (signup?.status === 'signed_up') {
          return { signedUp: true as const, signupCount: event.signupCount ?? 0 }
        }
        requireOpen(toEvent({ ...event, _id: eventId }), at)
        await txSet(tx, COLLECTIONS.eventSignups, id, {
          id,
          eventId,
          openid: worker,
          status: 'signed_up',
          signedUpAt: isoBeijing(at),
        })
        await txUpdate(tx, COLLECTIONS.events, eventId, { signupCount: _.inc(1) })
        return { signedUp: true as const, signupCount: (event.signupCount ?? 0) + 1 }
      })
    },
  },

  'events/cancel': {
    access: ['worker'],
    input: z.object({ eventId: ID }).strict(),
    async handler({ eventId }, { db, _, openid, now }) {
      const worker = requireCaller(openid)
      const at = now()
      const id = signupId(eventId, worker)
      return inTransaction(db, async (tx) => {
        const event = await txGet<EventDoc>(tx, COLLECTIONS.events, eventId)
        if (!event) fail('NOT_FOUND', '没有找到这场活动，可能已被删除')
        const signup = await txGet<SignupDoc>(tx, COLLECTIONS.eventSignups, id)
        if (signup?.status !== 'signed_up') {
          return { signedUp: false as const, signupCount: event.signupCount ?? 0 }
        }
        if (signup.checkedInAt) fail('CONFLICT', '你已经在现场签到了，不能再取消报名')
        if (isPast(event, at)) fail('EVENT_CLOSED', '这场活动已经结束，不需要取消报名')
        await txUpdate(tx, COLLECTIONS.eventSignups, id, {
          status: 'cancelled',
          cancelledAt: isoBeijing(at),
        })
        await txUpdate(tx, COLLECTIONS.events, eventId, { signupCount: _.inc(-1) })
        return { signedUp: false as const, signupCount: Math.max(0, (event.signupCount ?? 0) - 1) }
      })
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
      return inTransaction(db, async (tx) => {
        const event = await txGet<EventDoc>(tx, COLLECTIONS.events, eventId)
        if (!event) fail('NOT_FOUND', '没有找到这场活动，可能已被删除')
        const signup = await txGet<SignupDoc>(tx, COLLECTIONS.eventSignups, id)
        if (signup?.status !== 'signed_up') {
          fail('CONFLICT', '你还没有报名这场活动，请先在活动页点“报名”，再扫码签到')
        }
        const result = { checkedIn: true as const, eventTitle: event.title }
        // A second scan (or a retried request) finds the first check-in and changes nothing.
        if (signup.checkedInAt) return { ...result, checkedInAt: signup.checkedInAt }
        if (event.status === 'cancelled') fail('EVENT_CLOSED', '这场活动已取消，不能签到')
        if (isPast(event, at)) fail('EVENT_CLOSED', '这场活动已经结束，不能再签到')
        const checkedInAt = isoBeijing(at)
        await txUpdate(tx, COLLECTIONS.eventSignups, id, { checkedInAt })
        await txUpdate(tx, COLLECTIONS.events, eventId, { checkedInCount: _.inc(1) })
        return { ...result, checkedInAt }
      })
    },
  },
}
