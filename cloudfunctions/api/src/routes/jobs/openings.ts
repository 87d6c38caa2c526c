/** Openings (岗位): screened posting, the public list and detail, closing and take-down (R4). */
import { z } from 'zod'
import type { CountyName } from '../../../../../types/catalog'
import type { JobsRoutes, Opening, OpeningInput } from '../../../../../types/jobs'
import type { WorkPlace } from '../../../../../types/profile'
import { BRAND_LINES } from '../../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { OUTSIDE_PLACES, isCountyName } from '../../../../../src/domain/counties'
import { isoBeijing, toInstant } from '../../../../../src/domain/time'
import { countOf, findMany } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { deliver } from '../../push'
import { takeRate } from '../../rate-limit'
import { requireCleanText } from '../../screening'
import { noInput } from '../../validate'
import {
  BRAND_ENUM,
  COUNTY_ENUM,
  DEFAULT_PAGE_SIZE,
  ID,
  PAGES,
  findOwnEmployer,
  hiddenEmployerIds,
  isOpen,
  loadOpening,
  loadOwnOpening,
  requireOwnEmployer,
  toOpening,
  type OpeningDoc,
} from './shared'

type OpeningRoutes = Pick<
  JobsRoutes,
  'jobs/post' | 'jobs/list' | 'jobs/get' | 'jobs/close' | 'employer/openings'
>

/** Pay is monthly CNY: below this it is not a full-time wage, above it not a worker's job. */
const PAY_FLOOR = 1000
const PAY_CEILING = 50000
const YEAR_MS = 366 * 86_400_000

const PLACE_ENUM = z.enum(['广东湛江', '广东其他', '区外其他'] satisfies WorkPlace[])

const postInput = z
  .object({
    brand: BRAND_ENUM,
    occupation: z.string({ error: '请选择工种' }).trim().min(1, '请选择工种').max(20),
    title: z
      .string({ error: '请填写岗位名称' })
      .trim()
      .min(2, '岗位名称太短')
      .max(30, '岗位名称不超过30个字'),
    headcount: z
      .number({ error: '请填写招聘人数' })
      .int('招聘人数应为整数')
      .min(1, '至少招1人')
      .max(1000, '招聘人数不超过1000'),
    payMin: z
      .number({ error: '请填写最低月薪' })
      .int('工资请填整数（元/月）')
      .min(PAY_FLOOR, `月薪最低不少于${PAY_FLOOR}元`)
      .max(PAY_CEILING, '月薪数额过大，请核对'),
    payMax: z
      .number({ error: '请填写最高月薪' })
      .int('工资请填整数（元/月）')
      .min(PAY_FLOOR, `月薪最低不少于${PAY_FLOOR}元`)
      .max(PAY_CEILING, '月薪数额过大，请核对'),
    county: COUNTY_ENUM.optional(),
    place: z.union([COUNTY_ENUM, PLACE_ENUM]).optional(),
    requirements: z.string().trim().max(300, '要求不超过300个字').optional(),
    certificate: z
      .object({
        type: z.enum(['qualification', 'skill_level', 'special_ability']),
        level: z
          .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
          .optional(),
      })
      .strict()
      .optional(),
    benefits: z
      .object({
        socialInsurance: z.boolean().optional(),
        board: z.boolean().optional(),
        lodging: z.boolean().optional(),
      })
      .strict()
      .optional(),
    shift: z.string().trim().max(50, '班次说明不超过50个字').optional(),
    description: z
      .string({ error: '请填写岗位介绍' })
      .trim()
      .min(10, '岗位介绍至少写10个字：做什么、在哪里、怎么上班')
      .max(2000, '岗位介绍不超过2000字'),
    expiresAt: z.iso.datetime({ offset: true, error: '截止时间格式不对' }),
  })
  .strict()
  .refine((v) => v.payMin <= v.payMax, { error: '最低月薪不能高于最高月薪', path: ['payMin'] })
  .refine((v) => BRAND_LINES.find((b) => b.id === v.brand)?.occupations.includes(v.occupation), {
    error: '这个工种不属于所选的劳务品牌，请重新选择',
    path: ['occupation'],
  })
  .refine((v) => v.county || v.place, {
    error: '请选择工作地点（柳州的区县，或广东湛江等）',
    path: ['county'],
  })
  .refine((v) => !(v.county && v.place && isCountyName(v.place) && v.place !== v.county), {
    error: '工作地点和区县不一致',
    path: ['place'],
  })
  .refine((v) => !(v.county && v.place && OUTSIDE_PLACES.includes(v.place)), {
    error: '柳州以外的岗位不用选区县',
    path: ['county'],
  })

const listInput = z
  .object({
    brand: BRAND_ENUM.optional(),
    occupation: z.string().trim().max(20).optional(),
    county: COUNTY_ENUM.optional(),
    q: z.string().trim().max(30, '搜索词太长').optional(),
    cooperation: z.boolean().optional(),
    page: z.number().int().min(1).max(1000).optional(),
    pageSize: z.number().int().min(1).max(50).optional(),
  })
  .strict()

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The fields of a posting a worker reads, named as the form names them. */
function postingFields(input: OpeningInput) {
  return [
    { label: '岗位名称', text: input.title },
    { label: '岗位要求', text: input.requirements },
    { label: '班次说明', text: input.shift },
    { label: '岗位介绍', text: input.description },
  ]
}

/** What the posting will look like; `expiresAt` is stored as a Beijing ISO time. */
function buildOpening(
  input: OpeningInput,
  employer: { _id: string; name: string },
  openid: string,
  now: Date,
): Omit<OpeningDoc, '_id'> {
  const county: CountyName | undefined =
    input.county ?? (input.place && isCountyName(input.place) ? input.place : undefined)
  return {
    employerId: employer._id,
    employerName: employer.name,
    brand: input.brand,
    occupation: input.occupation,
    title: input.title,
    headcount: input.headcount,
    payMin: input.payMin,
    payMax: input.payMax,
    ...(county ? { county } : {}),
    place: county ?? (input.place as WorkPlace),
    ...(input.requirements ? { requirements: input.requirements } : {}),
    ...(input.certificate ? { certificate: input.certificate } : {}),
    benefits: {
      socialInsurance: input.benefits?.socialInsurance === true,
      board: input.benefits?.board === true,
      lodging: input.benefits?.lodging === true,
    },
    ...(input.shift ? { shift: input.shift } : {}),
    description: input.description,
    expiresAt: isoBeijing(input.expiresAt),
    postedAt: isoBeijing(now),
    status: 'open',
    hired: 0,
    createdBy: openid,
  }
}

export const openingRoutes: RoutesOf<OpeningRoutes> = {
  'jobs/post': {
    // Any signed-in worker may try: the handler says exactly why an unverified employer cannot.
    access: ['worker'],
    input: postInput,
    async handler(input, ctx) {
      const openid = ctx.openid as string
      const employer = await findOwnEmployer(ctx.db, openid)
      if (!employer)
        fail(
          'EMPLOYER_NOT_VERIFIED',
          '请先登记你的单位（统一社会信用代码、联系人），审核通过后才能发布岗位',
        )
      if (employer.blacklisted)
        fail('FORBIDDEN', '你的单位已被列入失信名单，不能发布岗位；如有异议请联系人社局')
      if (employer.status === 'pending')
        fail('EMPLOYER_NOT_VERIFIED', '你的单位还在审核中，审核通过后才能发布岗位')
      if (employer.status !== 'verified') {
        fail(
          'EMPLOYER_NOT_VERIFIED',
          `你的单位未通过审核（${employer.refuseReason ?? '信息不符'}），请修改后重新提交`,
        )
      }

      const now = ctx.now()
      const expires = toInstant(input.expiresAt)
      if (expires <= now.getTime()) fail('INVALID_INPUT', '截止时间已经过了，请选一个以后的日期')
      if (expires > now.getTime() + YEAR_MS)
        fail('INVALID_INPUT', '截止时间最长一年，请选近一点的日期')

      await requireCleanText({ cloud: ctx.cloud, openid }, postingFields(input), '发布')
      await takeRate(ctx, 'post', employer._id)

      const data = buildOpening(input, employer, openid, now)
      const added = (await ctx.db.collection(COLLECTIONS.openings).add({ data })) as { _id: string }
      return toOpening({ ...data, _id: added._id })
    },
  },

  'jobs/list': {
    access: ['anyone'],
    input: listInput,
    async handler(input, { db, _, now }) {
      const page = input.page ?? 1
      const pageSize = input.pageSize ?? DEFAULT_PAGE_SIZE
      const hidden = await hiddenEmployerIds(db)
      const conditions: Array<Record<string, unknown> | ReturnType<typeof _.or>> = [
        { status: 'open', expiresAt: _.gt(isoBeijing(now())) },
        ...(hidden.length ? [{ employerId: _.nin(hidden) }] : []),
        ...(input.brand ? [{ brand: input.brand }] : []),
        ...(input.occupation ? [{ occupation: input.occupation }] : []),
        ...(input.county ? [{ county: input.county }] : []),
        ...(input.cooperation ? [{ 'cooperation.city': _.exists(true) }] : []),
      ]
      if (input.q) {
        const pattern = db.RegExp({ regexp: escapeRegExp(input.q), options: 'i' })
        conditions.push(
          _.or([{ title: pattern }, { occupation: pattern }, { employerName: pattern }]),
        )
      }
      const where = _.and(conditions)
      const collection = db.collection(COLLECTIONS.openings)
      const [total, docs] = await Promise.all([
        countOf(collection.where(where)),
        findMany<OpeningDoc>(
          collection
            .where(where)
            .orderBy('postedAt', 'desc')
            .orderBy('_id', 'asc')
            .skip((page - 1) * pageSize)
            .limit(pageSize),
        ),
      ])
      return { items: docs.map(toOpening), total, page }
    },
  },

  'jobs/get': {
    access: ['anyone'],
    input: z.object({ id: ID }).strict(),
    async handler({ id }, ctx) {
      const opening = toOpening(await loadOpening(ctx.db, id))
      if (opening.status !== 'taken_down') {
        const hidden = await hiddenEmployerIds(ctx.db)
        if (!hidden.includes(opening.employerId)) return opening
      }
      // Taken down, or its employer is no longer in good standing: only its owner and staff see it.
      const own = ctx.openid ? await findOwnEmployer(ctx.db, ctx.openid) : null
      if (ctx.roles.includes('staff') || own?._id === opening.employerId) return opening
      fail('NOT_FOUND', '这个岗位已下架，看看其他岗位吧')
    },
  },

  'jobs/close': {
    access: ['employer', 'staff'],
    input: z.object({ id: ID, reason: z.string().trim().max(200, '原因太长').optional() }).strict(),
    async handler({ id, reason }, ctx) {
      const { opening, employer } = await loadOwnOpening(ctx, id)
      const at = isoBeijing(ctx.now())
      let patch: Partial<OpeningDoc>
      if (employer) {
        if (opening.status !== 'open') return toOpening(opening)
        patch = { status: 'closed', closedAt: at }
      } else {
        if (!reason) fail('INVALID_INPUT', '下架岗位请写明原因，用人单位会看到')
        if (opening.status === 'taken_down') return toOpening(opening)
        patch = { status: 'taken_down', takedownReason: reason, closedAt: at }
      }
      await ctx.db.collection(COLLECTIONS.openings).doc(id).update({ data: patch })
      // Nobody should be offered it any longer.
      await ctx.db
        .collection(COLLECTIONS.recommendations)
        .where({ openingId: id, outcome: 'pending' })
        .update({ data: { outcome: 'expired' } })
      if (!employer) {
        const owner = await findMany<{ ownerOpenid?: string }>(
          ctx.db.collection(COLLECTIONS.employers).where({ _id: opening.employerId }).limit(1),
        )
        const ownerOpenid = owner[0]?.ownerOpenid
        if (ownerOpenid) {
          await deliver(ctx, {
            openid: ownerOpenid,
            kind: 'posting',
            title: '岗位已被下架',
            body: `“${opening.title}”已被人社局下架，原因：${reason}。如有疑问请联系人社局。`,
            link: PAGES.opening(id),
            dedupeKey: `${ownerOpenid}:takedown:${id}`,
          })
        }
      }
      return toOpening({ ...opening, ...patch } as OpeningDoc)
    },
  },

  'employer/openings': {
    access: ['employer'],
    input: noInput,
    async handler(_input, ctx) {
      const employer = await requireOwnEmployer(ctx)
      const docs = await findMany<OpeningDoc>(
        ctx.db
          .collection(COLLECTIONS.openings)
          .where({ employerId: employer._id })
          .orderBy('postedAt', 'desc')
          .limit(200),
      )
      return docs.map(toOpening)
    },
  },
}

/** Whether an opening may be applied to now (also used by the match routes). */
export function isApplicable(o: Opening, now: Date, hidden: readonly string[]): boolean {
  return isOpen(o, now) && !hidden.includes(o.employerId)
}
