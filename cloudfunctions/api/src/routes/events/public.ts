import { z } from 'zod'
import type { Employer, Opening } from '../../../../../types/jobs'
import type { EventEmployer, EventsRoutes } from '../../../../../types/events'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing, toInstant } from '../../../../../src/domain/time'
import type { RoutesOf } from '../../define'
import { findMany, findOne, countOf } from '../../db'
import { fail } from '../../errors'
import {
  BRAND_ENUM,
  COUNTY_ENUM,
  DEFAULT_PAGE_SIZE,
  type EventDoc,
  ID,
  MODE_ENUM,
  PAGE,
  PAGE_SIZE,
  type SignupDoc,
  loadEvent,
  monthRange,
  signupId,
  toListItem,
} from './shared'

// The cloud returns at most 1000 documents per get; a month never holds that many events.
const MONTH_MAX = 1000
const OPENINGS_MAX = 1000

const listInput = z
  .object({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-12')
      .optional(),
    brand: BRAND_ENUM.optional(),
    county: COUNTY_ENUM.optional(),
    mode: MODE_ENUM.optional(),
    page: PAGE,
    pageSize: PAGE_SIZE,
  })
  .strict()

/** Beijing day of the month of a stored time. */
function dayOfMonth(iso: string): number {
  return Number(isoBeijing(iso).slice(8, 10))
}

/** Anyone can browse published events; cancelled ones stay listed, marked, so nobody travels for nothing. */
export const publicEventRoutes: RoutesOf<Pick<EventsRoutes, 'events/list' | 'events/get'>> = {
  'events/list': {
    access: ['anyone'],
    input: listInput,
    async handler(input, { db, _, now }) {
      const at = now()
      const where: Record<string, unknown> = { status: _.in(['published', 'cancelled']) }
      if (input.brand) where.brand = input.brand
      if (input.county) where.county = input.county
      if (input.mode) where.mode = input.mode
      if (input.month) {
        const { from, to } = monthRange(input.month)
        where.startAt = _.gte(from).and(_.lt(to))
      } else {
        // Without a month the list shows what a worker can still go to.
        where.endAt = _.gt(isoBeijing(at))
      }
      const events = db.collection(COLLECTIONS.events)
      const pageSize = input.pageSize ?? DEFAULT_PAGE_SIZE
      const page = input.page ?? 1
      const [docs, total] = await Promise.all([
        findMany<EventDoc>(
          events
            .where(where)
            .orderBy('startAt', 'asc')
            .skip((page - 1) * pageSize)
            .limit(pageSize),
        ),
        countOf(events.where(where)),
      ])
      const items = docs.map((doc) => toListItem(doc, at))
      if (!input.month) return { items, total }
      const starts = await findMany<Pick<EventDoc, 'startAt'>>(
        events.where(where).field({ startAt: true }).limit(MONTH_MAX),
      )
      const days = [...new Set(starts.map((e) => dayOfMonth(e.startAt)))].sort((a, b) => a - b)
      return { items, total, days }
    },
  },

  'events/get': {
    access: ['anyone'],
    input: z.object({ id: ID }).strict(),
    async handler({ id }, { db, _, openid, roles, now }) {
      const doc = await loadEvent(db, id)
      if (doc.status === 'draft' && !roles.includes('staff'))
        fail('NOT_FOUND', '这场活动还没有发布')
      const at = now()
      const item = toListItem(doc, at)
      const [employers, openings, signup] = await Promise.all([
        item.employerIds.length
          ? findMany<Employer & { _id: string }>(
              db
                .collection(COLLECTIONS.employers)
                .where({ _id: _.in(item.employerIds) })
                .limit(item.employerIds.length),
            )
          : [],
        item.openingIds.length
          ? findMany<Opening & { _id: string }>(
              db
                .collection(COLLECTIONS.openings)
                .where({ _id: _.in(item.openingIds.slice(0, OPENINGS_MAX)), status: 'open' })
                .limit(OPENINGS_MAX),
            )
          : [],
        openid
          ? findOne<SignupDoc>(
              db
                .collection(COLLECTIONS.eventSignups)
                .where({ _id: signupId(id, openid) })
                .limit(1),
            )
          : null,
      ])
      const live = openings.filter((o) => !o.expiresAt || toInstant(o.expiresAt) > at.getTime())
      const byEmployer: EventEmployer[] = item.employerIds.flatMap((employerId) => {
        const employer = employers.find((e) => (e.id ?? e._id) === employerId)
        if (!employer) return []
        return [
          {
            id: employerId,
            name: employer.name,
            openings: live
              .filter((o) => o.employerId === employerId)
              .map((o) => ({
                id: o.id ?? o._id,
                title: o.title,
                occupation: o.occupation,
                payMin: o.payMin,
                payMax: o.payMax,
              })),
          },
        ]
      })
      const signedUp = signup?.status === 'signed_up'
      return {
        ...item,
        employers: byEmployer,
        signedUp,
        checkedIn: signedUp && Boolean(signup?.checkedInAt),
      }
    },
  },
}
