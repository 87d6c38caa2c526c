import { z } from 'zod'
import type { Booth, EventsRoutes } from '../../../../../types/events'
import type { Employer, Opening } from '../../../../../types/jobs'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing } from '../../../../../src/domain/time'
import type { RoutesOf } from '../../define'
import type { Database } from '../../context'
import { findMany, findOne } from '../../db'
import { fail } from '../../errors'
import { requireCleanText } from '../../screening'
import { noInput } from '../../validate'
import { type EventDoc, ID, isPast, loadEvent, toEvent } from './shared'

const OPENINGS_PER_BOOTH = 20
const LIST_MAX = 200

type BoothDoc = Booth & { _id: string }
type EmployerDoc = Employer & { _id: string }

type BoothRoutes = Pick<
  EventsRoutes,
  'employer/booth' | 'employer/booths' | 'staff/booths/list' | 'staff/booth/approve'
>

/** A booth is one per employer per event. */
export function boothId(eventId: string, employerId: string): string {
  return `${eventId}:${employerId}`
}

function toBooth({ _id, ...booth }: BoothDoc): Booth {
  return { ...booth, id: booth.id ?? _id }
}

/** The verified employer the caller manages. */
async function callerEmployer(db: Database, openid: string | null): Promise<Employer> {
  const doc = openid
    ? await findOne<EmployerDoc>(
        db.collection(COLLECTIONS.employers).where({ ownerOpenid: openid }).limit(1),
      )
    : null
  if (!doc) fail('EMPLOYER_NOT_VERIFIED', '请先完成用人单位注册，审核通过后再预订展位')
  if (doc.blacklisted) fail('FORBIDDEN', '你的单位已被列入失信名单，不能参加招聘活动')
  if (doc.status !== 'verified')
    fail('EMPLOYER_NOT_VERIFIED', '你的单位还在审核中，审核通过后才能预订展位')
  return { ...doc, id: doc.id ?? doc._id }
}

/** Employers book booths with their own open openings; staff approve them onto the event. */
export const boothRoutes: RoutesOf<BoothRoutes> = {
  'employer/booth': {
    access: ['employer'],
    input: z
      .object({
        eventId: ID,
        openingIds: z
          .array(z.string().trim().min(1).max(64))
          .min(1, '请至少选择一个岗位带到展位')
          .max(OPENINGS_PER_BOOTH, `一个展位最多带 ${OPENINGS_PER_BOOTH} 个岗位`),
        intro: z.string().trim().max(200, '展位介绍不超过200个字').optional(),
      })
      .strict(),
    async handler({ eventId, openingIds, intro }, { db, _, openid, now, cloud }) {
      const at = now()
      const employer = await callerEmployer(db, openid)
      await requireCleanText({ cloud, openid }, [{ label: '展位介绍', text: intro }], '预订')
      const event = toEvent(await loadEvent(db, eventId))
      if (event.status === 'cancelled') fail('EVENT_CLOSED', '这场活动已取消，不能预订展位')
      if (isPast(event, at)) fail('EVENT_CLOSED', '这场活动已经结束，不能预订展位')
      const ids = [...new Set(openingIds)]
      const openings = await findMany<Opening & { _id: string }>(
        db
          .collection(COLLECTIONS.openings)
          .where({ _id: _.in(ids) })
          .limit(ids.length),
      )
      for (const id of ids) {
        const opening = openings.find((o) => (o.id ?? o._id) === id)
        if (!opening || opening.employerId !== employer.id) {
          fail('FORBIDDEN', '只能带本单位发布的岗位，请重新选择')
        }
        if (opening.status !== 'open') {
          fail('CONFLICT', `岗位“${opening.title}”已关闭或下架，请换一个在招的岗位`)
        }
      }
      const id = boothId(eventId, employer.id)
      const existing = await findOne<BoothDoc>(
        db.collection(COLLECTIONS.booths).where({ _id: id }).limit(1),
      )
      const same =
        existing &&
        existing.status !== 'refused' &&
        existing.openingIds.length === ids.length &&
        (existing.intro ?? '') === (intro ?? '') &&
        ids.every((o) => existing.openingIds.includes(o))
      if (same) return toBooth(existing)
      // A changed booking goes back to staff for approval.
      const booth: Booth = {
        id,
        eventId,
        eventTitle: event.title,
        employerId: employer.id,
        employerName: employer.name,
        openingIds: ids,
        ...(intro ? { intro } : {}),
        status: 'pending',
        requestedAt: isoBeijing(at),
      }
      await db.collection(COLLECTIONS.booths).doc(id).set({ data: booth })
      return booth
    },
  },

  'employer/booths': {
    access: ['employer'],
    input: noInput,
    async handler(_input, { db, openid }) {
      const employer = await callerEmployer(db, openid)
      const docs = await findMany<BoothDoc>(
        db
          .collection(COLLECTIONS.booths)
          .where({ employerId: employer.id })
          .orderBy('requestedAt', 'desc')
          .limit(LIST_MAX),
      )
      return docs.map(toBooth)
    },
  },

  'staff/booths/list': {
    access: ['staff'],
    input: z
      .object({
        eventId: ID.optional(),
        status: z.enum(['pending', 'approved', 'refused']).optional(),
      })
      .strict(),
    async handler({ eventId, status }, { db }) {
      const where: Record<string, unknown> = {}
      if (eventId) where.eventId = eventId
      if (status) where.status = status
      const docs = await findMany<BoothDoc>(
        db
          .collection(COLLECTIONS.booths)
          .where(where)
          .orderBy('requestedAt', 'asc')
          .limit(LIST_MAX),
      )
      return docs.map(toBooth)
    },
  },

  'staff/booth/approve': {
    access: ['staff'],
    input: z
      .object({
        boothId: z.string().trim().min(1, '缺少展位编号').max(140),
        approve: z.boolean(),
        reason: z.string().trim().max(200, '原因请写在 200 字以内').optional(),
      })
      .strict(),
    async handler({ boothId: id, approve, reason }, { db, _, now }) {
      const at = now()
      const booth = await findOne<BoothDoc>(
        db.collection(COLLECTIONS.booths).where({ _id: id }).limit(1),
      )
      if (!booth) fail('NOT_FOUND', '没有找到这个展位预订')
      const event = await findOne<EventDoc>(
        db.collection(COLLECTIONS.events).where({ _id: booth.eventId }).limit(1),
      )
      if (!event) fail('NOT_FOUND', '这个展位对应的活动已不存在')
      if (event.status === 'cancelled') fail('EVENT_CLOSED', '这场活动已取消，不需要再审核展位')
      const { reason: _previous, ...current } = toBooth(booth)
      const decided: Booth = {
        ...current,
        status: approve ? 'approved' : 'refused',
        decidedAt: isoBeijing(at),
        ...(approve ? {} : { reason: reason || '展位已满或岗位与本场活动主题不符' }),
      }
      // The booth (the record) first, then the event's lists by atomic set operations: no
      // transaction on the event, which sign-ups and check-ins write all the time. Approving or
      // refusing again repeats both steps to the same result.
      await db.collection(COLLECTIONS.booths).doc(id).set({ data: decided })
      const lists = approve
        ? {
            employerIds: _.addToSet(booth.employerId),
            openingIds: _.addToSet({ $each: booth.openingIds }),
          }
        : { employerIds: _.pull(booth.employerId), openingIds: _.pullAll(booth.openingIds) }
      await db.collection(COLLECTIONS.events).doc(booth.eventId).update({ data: lists })
      return decided
    },
  },
}
