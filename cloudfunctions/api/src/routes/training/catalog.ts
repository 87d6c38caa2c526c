import { z } from 'zod'
import type { Brand, TrainingListItem } from '../../../../../types/catalog'
import type { RecruitmentEvent } from '../../../../../types/events'
import type { Opening } from '../../../../../types/jobs'
import type { Institution } from '../../../../../types/network'
import type {
  BrandPage,
  CourseQuery,
  TrainingListGroup,
  TrainingRoutes,
} from '../../../../../types/training'
import { BRAND_IDS, BRAND_LINES, brandName } from '../../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing } from '../../../../../src/domain/time'
import type { RouteContext } from '../../context'
import { countOf, findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { noInput } from '../../validate'
import { toEvent, type EventDoc } from '../events/shared'
import { hiddenEmployerIds, toOpening, type OpeningDoc } from '../jobs/shared'
import { brandId, countyName, courseMode, docId, paging, ymd } from './schemas'
import type { ListRecord } from './store'
import {
  LIST_FIELDS,
  listOpenCourses,
  openForSignUp,
  requireCourse,
  toCourse,
  toListItem,
} from './store'

type CatalogRoutes = Pick<
  TrainingRoutes,
  'catalog/occupations' | 'catalog/brand' | 'catalog/courses' | 'catalog/course'
>

const DEFAULT_PAGE_SIZE = 20

type Stored<T> = Omit<T, 'id'> & { _id: string; id?: string }
// countersAt is the reconciler's bookkeeping on counted documents, never part of the answer.
const withId = <T extends { id: string }>({
  _id,
  countersAt: _k,
  ...rest
}: Stored<T> & { countersAt?: string }): T => ({ ...rest, id: rest.id ?? _id }) as unknown as T

/** Training-list items in the brand's plan order, then any staff added, by name. */
export function sortTrainingList(items: TrainingListItem[]): TrainingListItem[] {
  const rank = (i: TrainingListItem) => {
    const planned =
      BRAND_LINES.find((b) => b.id === i.brand)?.occupations.indexOf(i.occupation) ?? -1
    return planned < 0 ? Number.MAX_SAFE_INTEGER : planned
  }
  return [...items].sort(
    (a, b) =>
      BRAND_IDS.indexOf(a.brand) - BRAND_IDS.indexOf(b.brand) ||
      rank(a) - rank(b) ||
      a.occupation.localeCompare(b.occupation, 'zh-CN'),
  )
}

async function activeTrainingList(ctx: RouteContext, extra: Record<string, unknown> = {}) {
  const docs = await findMany<Stored<TrainingListItem>>(
    ctx.db
      .collection(COLLECTIONS.trainingList)
      .where({ active: true, ...extra })
      .limit(1000),
  )
  return sortTrainingList(docs.map(withId))
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The where-condition of a course-list query. */
function courseFilter(ctx: RouteContext, q: CourseQuery) {
  const { _ } = ctx
  // The caller's filters first: they are the most selective, and conditions are tested in order.
  const cond: Record<string, unknown> = {}
  if (q.brand) cond.brand = q.brand
  if (q.occupation) cond.occupation = q.occupation
  if (q.county) cond.county = q.county
  if (q.mode) cond.mode = q.mode
  if (q.hasSeats) cond.seatsLeft = _.gt(0)
  if (q.startFrom) cond.startAt = _.gte(`${q.startFrom}T00:00:00+08:00`)
  Object.assign(cond, openForSignUp(ctx))
  const keyword = q.q?.trim()
  if (!keyword) return cond
  const re = ctx.db.RegExp({ regexp: escapeRegExp(keyword), options: 'i' })
  return _.and(cond, _.or({ title: re }, { occupation: re }, { providerName: re }))
}

async function coursePage(ctx: RouteContext, q: CourseQuery) {
  const page = q.page ?? 1
  const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE
  const courses = ctx.db.collection(COLLECTIONS.courses)
  const cond = courseFilter(ctx, q)
  const [docs, total] = await Promise.all([
    findMany<ListRecord>(
      courses
        .where(cond)
        .orderBy('startAt', 'asc')
        // Many courses start at the same time: without a tie-breaker, skip-paging in the cloud
        // may repeat or drop a course between pages.
        .orderBy('_id', 'asc')
        .skip((page - 1) * pageSize)
        .field(LIST_FIELDS)
        .limit(pageSize),
    ),
    countOf(courses.where(cond)),
  ])
  return { items: docs.map(toListItem), total, page }
}

async function brandPage(ctx: RouteContext, id: Brand['id']): Promise<BrandPage> {
  const { db, _ } = ctx
  const doc = await findOne<Stored<Brand>>(db.collection(COLLECTIONS.brands).where({ id }).limit(1))
  if (!doc) fail('NOT_FOUND', '没有找到这个劳务品牌，请返回首页重新选择')
  const now = isoBeijing(ctx.now())
  // Openings of employers not verified or on the 失信名单 are never shown.
  const hidden = await hiddenEmployerIds(db)
  const openings = db.collection(COLLECTIONS.openings).where({
    brand: id,
    status: 'open',
    expiresAt: _.gt(now),
    ...(hidden.length ? { employerId: _.nin(hidden) } : {}),
  })
  const events = db
    .collection(COLLECTIONS.events)
    .where({ brand: id, status: 'published', endAt: _.gte(now) })
  const [
    trainingList,
    courses,
    courseCount,
    openingDocs,
    openingCount,
    eventDocs,
    eventCount,
    institutionDocs,
  ] = await Promise.all([
    activeTrainingList(ctx, { brand: id }),
    listOpenCourses(ctx, { brand: id }, 10),
    countOf(db.collection(COLLECTIONS.courses).where({ ...openForSignUp(ctx), brand: id })),
    findMany<Stored<Opening>>(openings.orderBy('postedAt', 'desc').limit(10)),
    countOf(openings),
    findMany<Stored<RecruitmentEvent>>(events.orderBy('startAt', 'asc').limit(10)),
    countOf(events),
    findMany<Stored<Institution>>(
      db
        .collection(COLLECTIONS.institutions)
        .where({ brand: id, status: 'active' })
        .orderBy('recognisedAt', 'desc')
        .limit(100),
    ),
  ])
  return {
    brand: withId<Brand>(doc),
    activeOccupations: trainingList.map((i) => i.occupation),
    courses,
    courseCount,
    openings: openingDocs.map((o) => toOpening(o as OpeningDoc)),
    openingCount,
    events: eventDocs.map((e) => toEvent(e as EventDoc)),
    eventCount,
    institutions: institutionDocs.map((i) => withId<Institution>(i)),
  }
}

export const catalogRoutes: RoutesOf<CatalogRoutes> = {
  'catalog/occupations': {
    access: ['anyone'],
    input: noInput,
    async handler(_input, ctx) {
      const items = await activeTrainingList(ctx)
      return BRAND_IDS.map(
        (brand): TrainingListGroup => ({
          brand,
          brandName: brandName(brand),
          items: items.filter((i) => i.brand === brand),
        }),
      ).filter((g) => g.items.length > 0)
    },
  },
  'catalog/brand': {
    access: ['anyone'],
    input: z.object({ id: brandId }),
    handler: ({ id }, ctx) => brandPage(ctx, id),
  },
  'catalog/courses': {
    access: ['anyone'],
    input: z.object({
      brand: brandId.optional(),
      occupation: z.string().trim().max(20, { error: '工种名称太长' }).optional(),
      county: countyName.optional(),
      mode: courseMode.optional(),
      q: z.string().max(30, { error: '搜索词最多30个字' }).optional(),
      hasSeats: z.boolean().optional(),
      startFrom: ymd.optional(),
      ...paging,
    }),
    handler: (input, ctx) => coursePage(ctx, input),
  },
  'catalog/course': {
    access: ['anyone'],
    input: z.object({ id: docId('课程编号') }),
    async handler({ id }, ctx) {
      const doc = await requireCourse(ctx.db, id)
      return { ...toCourse(doc), waitlistLength: doc.waitlistLength ?? 0 }
    },
  },
}
