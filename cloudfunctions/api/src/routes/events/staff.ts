import { randomBytes } from 'crypto'
import { z } from 'zod'
import { inParallel } from '../../batch'
import type { EventDraft, EventsRoutes, RecruitmentEvent } from '../../../../../types/events'
import { BRAND_LINES } from '../../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import {
  beijingDate,
  beijingYear,
  formatDateTime,
  isoBeijing,
  toInstant,
} from '../../../../../src/domain/time'
import type { RoutesOf } from '../../define'
import { countOf, findMany } from '../../db'
import { fail } from '../../errors'
import { deliver } from '../../push'
import { noInput } from '../../validate'
import {
  BRAND_ENUM,
  COUNTY_ENUM,
  DEFAULT_PAGE_SIZE,
  type EventDoc,
  ID,
  MODE_ENUM,
  PAGE,
  PAGE_SIZE,
  eventPagePath,
  forEachSignupPage,
  heldEventWhere,
  isPast,
  loadEvent,
  toEvent,
  toListItem,
} from './shared'

/**
 * The plan's target for recruitment events: 四、主要措施（二）1. 促进多渠道就业 — “组织举办线上线下各类
 * 劳务品牌专场招聘活动不少于15场” (requirements R6: at least 15 brand events).
 */
export const EVENT_TARGET = {
  value: 15,
  source: '四、主要措施（二）1：组织举办线上线下各类劳务品牌专场招聘活动不少于15场',
} as const

const DELIVERY_WIDTH = 10

function parsesAsTime(value: string): boolean {
  try {
    toInstant(value)
    return true
  } catch {
    return false
  }
}

const time = (what: string) =>
  z.string().trim().max(40).refine(parsesAsTime, `请填写正确的${what}，例如 2026-12-03 09:00`)

const venue = z
  .object({
    name: z.string().trim().min(2, '请填写场地名称').max(60, '场地名称请写在 60 字以内'),
    address: z.string().trim().min(4, '请填写场地的详细地址').max(120, '地址请写在 120 字以内'),
    county: COUNTY_ENUM,
    point: z
      .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
      .strict(),
  })
  .strict()

const draftInput = z
  .object({
    id: ID.optional(),
    title: z.string().trim().min(4, '活动名称至少 4 个字').max(60, '活动名称请写在 60 字以内'),
    brand: BRAND_ENUM,
    mode: MODE_ENUM,
    venue: venue.optional(),
    link: z
      .string()
      .trim()
      .max(300, '链接太长')
      .regex(/^https?:\/\/\S+$/, '直播或视频链接应以 http:// 或 https:// 开头')
      .optional(),
    organiser: z.string().trim().min(2, '请填写主办单位').max(60, '主办单位请写在 60 字以内'),
    startAt: time('开始时间'),
    endAt: time('结束时间'),
    description: z.string().trim().max(2000, '活动介绍请写在 2000 字以内'),
  })
  .strict()
  .superRefine((d, issues) => {
    if (toInstant(d.endAt) <= toInstant(d.startAt)) {
      issues.addIssue({ code: 'custom', path: ['endAt'], message: '结束时间要晚于开始时间' })
    }
    if (d.mode === 'offline' && !d.venue) {
      issues.addIssue({
        code: 'custom',
        path: ['venue'],
        message: '线下活动请填写场地、地址和地图位置',
      })
    }
    if (d.mode === 'online' && !d.link) {
      issues.addIssue({ code: 'custom', path: ['link'], message: '线上活动请填写直播或视频链接' })
    }
  })

type DraftFields = Pick<
  RecruitmentEvent,
  | 'title'
  | 'brand'
  | 'mode'
  | 'organiser'
  | 'description'
  | 'startAt'
  | 'endAt'
  | 'venue'
  | 'county'
  | 'link'
>

/** The stored fields a draft sets: times in the stored Beijing form, the place of its mode only. */
function draftFields(input: EventDraft): DraftFields {
  const fields: DraftFields = {
    title: input.title,
    brand: input.brand,
    mode: input.mode,
    organiser: input.organiser,
    description: input.description,
    startAt: isoBeijing(input.startAt),
    endAt: isoBeijing(input.endAt),
  }
  if (input.mode === 'offline' && input.venue)
    return { ...fields, venue: input.venue, county: input.venue.county }
  return { ...fields, link: input.link }
}

/** On edit, the place fields of the other mode go. */
function otherModeFields(
  mode: RecruitmentEvent['mode'],
  remove: () => unknown,
): Record<string, unknown> {
  return mode === 'offline' ? { link: remove() } : { venue: remove(), county: remove() }
}

type StaffRoutes = Pick<
  EventsRoutes,
  | 'staff/events/list'
  | 'staff/event/save'
  | 'staff/event/publish'
  | 'staff/event/cancel'
  | 'staff/event/results'
  | 'staff/events/progress'
>

/** The bureau runs events: drafts, publishing, cancelling (everyone signed up is told), results. */
export const staffEventRoutes: RoutesOf<StaffRoutes> = {
  'staff/events/list': {
    access: ['staff'],
    input: z
      .object({
        status: z.enum(['draft', 'published', 'cancelled']).optional(),
        page: PAGE,
        pageSize: PAGE_SIZE,
      })
      .strict(),
    async handler({ status, page = 1, pageSize = DEFAULT_PAGE_SIZE }, { db, now }) {
      const where = status ? { status } : {}
      const events = db.collection(COLLECTIONS.events)
      const [docs, total] = await Promise.all([
        findMany<EventDoc>(
          events
            .where(where)
            .orderBy('startAt', 'desc')
            .skip((page - 1) * pageSize)
            .limit(pageSize),
        ),
        countOf(events.where(where)),
      ])
      const at = now()
      return { items: docs.map((d) => toListItem(d, at)), total }
    },
  },

  'staff/event/save': {
    access: ['staff'],
    input: draftInput,
    async handler(input, { db, _, openid, now }) {
      const at = now()
      if (toInstant(input.endAt) <= at.getTime()) {
        fail('INVALID_INPUT', '结束时间已经过去了，请检查日期')
      }
      const events = db.collection(COLLECTIONS.events)
      if (!input.id) {
        const id = `evt-${beijingDate(at).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`
        const event: RecruitmentEvent = {
          id,
          ...draftFields(input),
          status: 'draft',
          employerIds: [],
          openingIds: [],
          signupCount: 0,
          checkedInCount: 0,
        }
        await events
          .doc(id)
          .set({ data: { ...event, createdAt: isoBeijing(at), createdBy: openid } })
        return event
      }
      const existing = toEvent(await loadEvent(db, input.id))
      if (existing.status === 'cancelled') {
        fail('EVENT_CLOSED', '已取消的活动不能再修改，请新建一场')
      }
      await events.doc(input.id).update({
        data: {
          ...draftFields(input),
          ...otherModeFields(input.mode, () => _.remove()),
          updatedAt: isoBeijing(at),
        },
      })
      return toEvent(await loadEvent(db, input.id))
    },
  },

  'staff/event/publish': {
    access: ['staff'],
    input: z.object({ id: ID }).strict(),
    async handler({ id }, { db, now }) {
      const at = now()
      const event = toEvent(await loadEvent(db, id))
      if (event.status === 'published') return event
      if (event.status === 'cancelled') fail('EVENT_CLOSED', '已取消的活动不能发布，请新建一场')
      if (isPast(event, at)) fail('EVENT_CLOSED', '活动时间已经过去，请先修改时间再发布')
      const publishedAt = isoBeijing(at)
      await db
        .collection(COLLECTIONS.events)
        .where({ _id: id, status: 'draft' })
        .update({ data: { status: 'published', publishedAt } })
      return toEvent(await loadEvent(db, id))
    },
  },

  'staff/event/cancel': {
    access: ['staff'],
    input: z
      .object({
        id: ID,
        reason: z
          .string()
          .trim()
          .min(2, '请写明取消的原因，报名的人会收到')
          .max(100, '原因请写在 100 字以内'),
      })
      .strict(),
    async handler({ id, reason }, { db, _, cloud, now }) {
      const at = now()
      let event = toEvent(await loadEvent(db, id))
      if (event.status !== 'cancelled') {
        if (isPast(event, at)) fail('EVENT_CLOSED', '这场活动已经结束，不能取消')
        await db
          .collection(COLLECTIONS.events)
          .doc(id)
          .update({
            data: { status: 'cancelled', cancelReason: reason, cancelledAt: isoBeijing(at) },
          })
        event = toEvent(await loadEvent(db, id))
      }
      // Running it again after a timeout resumes: each worker's message has its own dedupe key.
      const why = event.cancelReason ?? reason
      let notified = 0
      await forEachSignupPage(db, id, async (page) => {
        await inParallel(page, DELIVERY_WIDTH, async (signup) => {
          await deliver(
            { db, _, cloud, now },
            {
              openid: signup.openid,
              kind: 'event',
              title: '招聘活动已取消',
              body: `你报名的「${event.title}」（${formatDateTime(event.startAt)}）已取消，原因：${why}。请不要前往，可以在“招聘活动”里报名其他场次。`,
              link: eventPagePath(id),
              dedupeKey: `${id}:${signup.openid}:cancel`,
            },
          )
          notified += 1
        })
      })
      return { event, notified }
    },
  },

  'staff/event/results': {
    access: ['staff'],
    input: z
      .object({
        id: ID,
        attended: z.number().int('到场人数应为整数').min(0).max(100000).optional(),
        offers: z.number().int('达成意向人数应为整数').min(0).max(100000).optional(),
      })
      .strict()
      .refine(
        (r) => r.attended !== undefined || r.offers !== undefined,
        '请填写到场人数或达成意向人数',
      ),
    async handler({ id, attended, offers }, { db, now }) {
      const event = toEvent(await loadEvent(db, id))
      if (event.status !== 'published') fail('EVENT_CLOSED', '只有已发布的活动可以记录结果')
      // Results are what happened: only once the event is over.
      if (!isPast(event, now()))
        fail('CONFLICT', `活动${formatDateTime(event.endAt)}结束，结束以后才能记录结果`)
      const data: Record<string, number> = {}
      if (attended !== undefined) data['results.attended'] = attended
      if (offers !== undefined) data['results.offers'] = offers
      await db.collection(COLLECTIONS.events).doc(id).update({ data })
      return toEvent(await loadEvent(db, id))
    },
  },

  'staff/events/progress': {
    access: ['staff'],
    input: noInput,
    async handler(_input, { db, _, now }) {
      const year = beijingYear(now())
      const inYear = _.gte(`${year}-01-01T00:00:00+08:00`).and(
        _.lt(`${year + 1}-01-01T00:00:00+08:00`),
      )
      const events = db.collection(COLLECTIONS.events)
      const perBrand = await Promise.all(
        BRAND_LINES.map(async (b) => ({
          brand: b.id,
          name: b.name,
          count: await countOf(
            events.where({ ...heldEventWhere(_, now()), brand: b.id, startAt: inYear }),
          ),
        })),
      )
      return {
        year,
        target: EVENT_TARGET.value,
        source: EVENT_TARGET.source,
        total: perBrand.reduce((sum, b) => sum + b.count, 0),
        perBrand,
      }
    },
  },
}
