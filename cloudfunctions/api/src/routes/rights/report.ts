/** The worker's side of a complaint (投诉) or report (举报): submit, follow, rate, ask for review. */
import { z } from 'zod'
import type { RightsRoutes } from '../../../../../types/rights'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import {
  CASE_DEADLINES,
  CATEGORIES,
  addWorkingDays,
  nextStatus,
  type CaseCategory,
} from '../../../../../src/domain/rights'
import { formatDate, isoBeijing, toInstant } from '../../../../../src/domain/time'
import type { RouteContext } from '../../context'
import { findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { getProfile } from '../../profile-store'
import { takeRate } from '../../rate-limit'
import { noInput } from '../../validate'
import { CASE_ID, newCase, tellReporter, toCase, type CaseDoc } from './shared'

type ReportRoutes = Pick<
  RightsRoutes,
  'rights/report' | 'rights/mine' | 'rights/case' | 'rights/rate' | 'rights/reopen'
>

/** A photo the app uploaded: a cloud-storage fileID, or the local runtime's. */
export const PHOTO_ID = z
  .string()
  .trim()
  .regex(/^(?:cloud:\/\/|local:\/\/)[\w./-]{1,200}$/, '照片没有上传成功，请重新选择')

const MONTH = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, '请选择年月')

const wageInput = z
  .object({
    employerName: z
      .string({ error: '请填写欠薪的单位或老板' })
      .trim()
      .min(2, '请填写欠薪的单位或老板')
      .max(60),
    site: z.string().trim().max(60, '工地或项目名称太长').optional(),
    from: MONTH,
    to: MONTH,
    amount: z
      .number({ error: '请填写被拖欠的金额' })
      .int('金额请填整数（元）')
      .min(1, '请填写被拖欠的金额')
      .max(100_000_000, '金额太大，请核对'),
    people: z
      .number({ error: '请填写被拖欠工资的人数' })
      .int('人数请填整数')
      .min(1, '至少1人')
      .max(10_000, '人数太多，请核对'),
  })
  .strict()
  .refine((w) => w.from <= w.to, { error: '开始月份不能晚于结束月份', path: ['from'] })

const reportInput = z
  .object({
    category: z.enum(CATEGORIES as [CaseCategory, ...CaseCategory[]], { error: '请选择投诉类别' }),
    text: z
      .string({ error: '请写一写发生了什么' })
      .trim()
      .min(10, '请多写几句发生了什么（至少10个字）：什么时候、在哪里、谁、怎么回事')
      .max(1000, '不超过1000个字'),
    targetType: z.enum(['opening', 'employer', 'event']).optional(),
    targetId: z.string().trim().min(1).max(128).optional(),
    photos: z.array(PHOTO_ID).max(6, '最多6张照片').optional(),
    anonymous: z.boolean().optional(),
    wage: wageInput.optional(),
  })
  .strict()
  .refine((v) => Boolean(v.targetType) === Boolean(v.targetId), {
    error: '举报对象不完整，请从岗位、单位或活动页面进入举报',
    path: ['targetId'],
  })
  .refine((v) => v.category !== 'wage_arrears' || v.wage, {
    error: '拖欠工资请填写欠薪单位、时间、金额和人数',
    path: ['wage'],
  })

interface Target {
  name: string
  employerId?: string
  county?: string
}

async function resolveTarget(
  ctx: RouteContext,
  type: 'opening' | 'employer' | 'event',
  id: string,
): Promise<Target> {
  const collection = {
    opening: COLLECTIONS.openings,
    employer: COLLECTIONS.employers,
    event: COLLECTIONS.events,
  }[type]
  const doc = await findOne<{
    title?: string
    name?: string
    employerId?: string
    employerName?: string
    county?: string
  }>(ctx.db.collection(collection).where({ _id: id }).limit(1))
  if (!doc) fail('NOT_FOUND', '没有找到要举报的对象，可能已被删除；可以不选对象直接写清楚')
  if (type === 'opening')
    return {
      name: `${doc.employerName ?? ''}「${doc.title ?? ''}」`,
      employerId: doc.employerId,
      county: doc.county,
    }
  if (type === 'employer') return { name: doc.name ?? '', employerId: id, county: doc.county }
  return { name: doc.title ?? '', county: doc.county }
}

async function ownCase(ctx: RouteContext, caseId: string): Promise<CaseDoc> {
  const doc = await findOne<CaseDoc>(
    ctx.db
      .collection(COLLECTIONS.rightsCases)
      .where({ _id: caseId, reporterOpenid: ctx.openid as string })
      .limit(1),
  )
  if (!doc) fail('NOT_FOUND', '没有找到这个案件')
  return doc
}

/** Applies a reporter's step if the case is still where it was read; CONFLICT otherwise. */
async function applyStep(ctx: RouteContext, doc: CaseDoc, patch: Partial<CaseDoc>) {
  const step = patch.timeline?.[patch.timeline.length - 1]
  const { timeline: _t, ...rest } = patch
  const updated = (await ctx.db
    .collection(COLLECTIONS.rightsCases)
    .where({ _id: doc._id, version: doc.version })
    .update({ data: { ...rest, version: ctx._.inc(1), timeline: ctx._.push([step]) } })) as {
    stats: { updated: number }
  }
  if (updated.stats.updated !== 1) fail('CONFLICT', '案件刚刚有更新，请刷新后再试')
  return { ...doc, ...patch, version: doc.version + 1 } as CaseDoc
}

function withinWindow(doc: CaseDoc, now: Date): boolean {
  return Boolean(doc.reporterUntil) && toInstant(doc.reporterUntil as string) >= now.getTime()
}

export const reportRoutes: RoutesOf<ReportRoutes> = {
  'rights/report': {
    access: ['worker'],
    input: reportInput,
    async handler(input, ctx) {
      const openid = ctx.openid as string
      const anonymous = input.anonymous === true
      const profile = await getProfile(ctx.db, openid)
      if (!anonymous && !profile?.complete)
        fail(
          'PROFILE_INCOMPLETE',
          '实名投诉需要先填写个人信息（姓名、电话），方便工作人员联系你；也可以选“匿名举报”',
        )
      const target =
        input.targetType && input.targetId
          ? await resolveTarget(ctx, input.targetType, input.targetId)
          : null
      await takeRate(ctx, 'report', openid)

      const now = ctx.now()
      const at = isoBeijing(now)
      const { id, caseNo } = newCase(now)
      const acceptBy = addWorkingDays(now, CASE_DEADLINES.acceptWorkingDays)
      const county = target?.county ?? profile?.county
      const doc: CaseDoc = {
        _id: id,
        caseNo,
        category: input.category,
        text: input.text,
        ...(input.targetType ? { targetType: input.targetType, targetId: input.targetId } : {}),
        ...(target ? { targetName: target.name } : {}),
        ...(target?.employerId ? { employerId: target.employerId } : {}),
        photos: input.photos ?? [],
        anonymous,
        ...(input.wage ? { wage: input.wage } : {}),
        status: 'submitted',
        createdAt: at,
        acceptBy,
        dueAt: acceptBy,
        extended: false,
        timeline: [{ at, action: 'submit', status: 'submitted' }],
        reporterOpenid: openid,
        ...(county ? { county } : {}),
        reopenCount: 0,
        version: 1,
      }
      const { _id, ...data } = doc
      await ctx.db.collection(COLLECTIONS.rightsCases).doc(_id).set({ data })
      await tellReporter(
        ctx,
        doc,
        'submit',
        `案件编号${caseNo}。人社局会在${formatDate(acceptBy)}前决定是否受理，进展会在这里告诉你。`,
      )
      return { caseId: id, caseNo }
    },
  },

  'rights/mine': {
    access: ['worker'],
    input: noInput,
    async handler(_input, ctx) {
      const docs = await findMany<CaseDoc>(
        ctx.db
          .collection(COLLECTIONS.rightsCases)
          .where({ reporterOpenid: ctx.openid as string })
          .orderBy('createdAt', 'desc')
          .limit(100),
      )
      return docs.map(toCase)
    },
  },

  'rights/case': {
    access: ['worker'],
    input: z.object({ caseId: CASE_ID }).strict(),
    async handler({ caseId }, ctx) {
      return toCase(await ownCase(ctx, caseId))
    },
  },

  'rights/rate': {
    access: ['worker'],
    input: z
      .object({
        caseId: CASE_ID,
        score: z
          .number({ error: '请选择1到5颗星' })
          .int('请选择1到5颗星')
          .min(1, '请选择1到5颗星')
          .max(5, '请选择1到5颗星'),
        comment: z.string().trim().max(300, '评价不超过300个字').optional(),
      })
      .strict(),
    async handler({ caseId, score, comment }, ctx) {
      const doc = await ownCase(ctx, caseId)
      const now = ctx.now()
      if (!nextStatus(doc.status, 'reporter', 'rate')) fail('CONFLICT', '案件办结后才能评价')
      if (doc.rating) fail('CONFLICT', '你已经评价过了，谢谢')
      if (!withinWindow(doc, now)) fail('CONFLICT', '办结已超过3天，不能再评价了')
      const at = isoBeijing(now)
      const rating = { score, ...(comment ? { comment } : {}), at }
      const next = await applyStep(ctx, doc, {
        rating,
        timeline: [
          ...doc.timeline,
          {
            at,
            action: 'rate',
            status: doc.status,
            note: `${score}星${comment ? `：${comment}` : ''}`,
          },
        ],
      })
      await tellReporter(ctx, next, 'rate', `你给了${score}星，谢谢你的评价。`)
      return toCase(next)
    },
  },

  'rights/reopen': {
    access: ['worker'],
    input: z
      .object({
        caseId: CASE_ID,
        reason: z
          .string({ error: '请写明为什么要复核' })
          .trim()
          .min(5, '请写明为什么要复核（至少5个字）')
          .max(500, '不超过500个字'),
      })
      .strict(),
    async handler({ caseId, reason }, ctx) {
      const doc = await ownCase(ctx, caseId)
      const now = ctx.now()
      const to = nextStatus(doc.status, 'reporter', 'reopen')
      if (!to) fail('CONFLICT', '案件办结或不予受理后才能申请复核')
      if (doc.reopenCount >= 1)
        fail('CONFLICT', '这个案件已经复核过一次；如仍不满意，可申请劳动仲裁或拨打12333')
      if (!withinWindow(doc, now)) fail('CONFLICT', '已超过3天，不能再申请复核；可拨打12333咨询')
      const at = isoBeijing(now)
      const acceptBy = addWorkingDays(now, CASE_DEADLINES.acceptWorkingDays)
      const next = await applyStep(ctx, doc, {
        status: to,
        acceptBy,
        dueAt: acceptBy,
        reopenCount: doc.reopenCount + 1,
        timeline: [...doc.timeline, { at, action: 'reopen', status: to, note: reason }],
      })
      await tellReporter(
        ctx,
        next,
        'reopen',
        `人社局会在${formatDate(acceptBy)}前决定是否重新受理。`,
      )
      return toCase(next)
    },
  },
}
