/** The staff case desk (维权案件): the queue by status and deadline, and each step of a case. */
import { z } from 'zod'
import type { RightsRoutes, StaffCasePage } from '../../../../../types/rights'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import {
  ACTION_LABELS,
  CASE_DEADLINES,
  ELSEWHERE,
  STATUS_LABELS,
  addWorkingDays,
  nextStatus,
  reporterWindowEnd,
  type CaseStatus,
  type StaffAction,
} from '../../../../../src/domain/rights'
import { formatDate, isoBeijing } from '../../../../../src/domain/time'
import type { RouteContext } from '../../context'
import { countOf, findMany } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { CASE_ID, loadCase, tellReporter, toStaffCase, type CaseDoc } from './shared'

type DeskRoutes = Pick<
  RightsRoutes,
  'staff/rights/list' | 'staff/rights/get' | 'staff/rights/update'
>

const STATUSES = [
  'submitted',
  'accepted',
  'rejected',
  'investigating',
  'closed',
  'reopened',
] as const
/** Cases that still need staff. */
const OPEN: CaseStatus[] = ['submitted', 'reopened', 'accepted', 'investigating']
const PAGE_SIZE = 20

type Counts = StaffCasePage['counts']

/** Cases by status, category and county, and how many open ones are near or past a deadline. */
async function countsOf(ctx: Pick<RouteContext, 'db' | 'now'>): Promise<Counts> {
  const $ = ctx.db.command.aggregate
  const group = async (field: string) =>
    (
      (await ctx.db
        .collection(COLLECTIONS.rightsCases)
        .aggregate()
        .group({ _id: `$${field}`, n: $.sum(1) })
        .limit(1000)
        .end()) as { list: Array<{ _id: string | null; n: number }> }
    ).list
  const soon = addWorkingDays(ctx.now(), CASE_DEADLINES.warnWorkingDays)
  const [byStatus, byCategory, byCounty, warnings] = await Promise.all([
    group('status'),
    group('category'),
    group('county'),
    countOf(
      ctx.db
        .collection(COLLECTIONS.rightsCases)
        .where({ status: ctx.db.command.in(OPEN), dueAt: ctx.db.command.lte(soon) }),
    ),
  ])
  const asRecord = (rows: Array<{ _id: string | null; n: number }>, none: string) =>
    Object.fromEntries(rows.map((r) => [r._id ?? none, r.n]))
  return {
    byStatus: asRecord(byStatus, 'submitted'),
    byCategory: asRecord(byCategory, 'other'),
    byCounty: asRecord(byCounty, '未填区县'),
    warnings,
  }
}

const updateInput = z
  .object({
    caseId: CASE_ID,
    action: z.enum(['accept', 'reject', 'note', 'close', 'extend'], { error: '请选择处理方式' }),
    note: z
      .string({ error: '请写处理意见' })
      .trim()
      .min(2, '请写处理意见，投诉人会看到')
      .max(1000, '不超过1000个字'),
    result: z.string().trim().max(1000, '不超过1000个字').optional(),
  })
  .strict()
  .refine((v) => v.action !== 'close' || (v.result && v.result.length >= 5), {
    error: '办结请写明处理结果（至少5个字），投诉人会看到',
    path: ['result'],
  })

/** What the reporter reads for each step. */
function messageFor(action: StaffAction, doc: CaseDoc, note: string): string {
  switch (action) {
    case 'accept':
      return `已受理，会在${formatDate(doc.closeBy as string)}前办结。${note}`
    case 'reject':
      return `不予受理：${note}。${ELSEWHERE}。如有异议，3天内可申请复核。`
    case 'note':
      return `调查进展：${note}`
    case 'close':
      return `处理结果：${doc.result}。3天内可以评价，或申请复核。`
    case 'extend':
      return `案情复杂，办结期限延长到${formatDate(doc.closeBy as string)}：${note}`
  }
}

export const deskRoutes: RoutesOf<DeskRoutes> = {
  'staff/rights/list': {
    access: ['staff'],
    input: z
      .object({
        status: z.enum(STATUSES).optional(),
        dueWithinDays: z.number().int().min(0).max(90).optional(),
        page: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    async handler({ status, dueWithinDays, page = 1 }, ctx) {
      const { _ } = ctx
      const now = ctx.now()
      const where: Record<string, unknown> = { status: status ?? _.in(OPEN) }
      if (dueWithinDays !== undefined) where.dueAt = _.lte(addWorkingDays(now, dueWithinDays))
      const cases = ctx.db.collection(COLLECTIONS.rightsCases)
      const [docs, total, counts] = await Promise.all([
        findMany<CaseDoc>(
          cases
            .where(where)
            .orderBy('dueAt', 'asc')
            .orderBy('createdAt', 'asc')
            .skip((page - 1) * PAGE_SIZE)
            .limit(PAGE_SIZE),
        ),
        countOf(cases.where(where)),
        countsOf(ctx),
      ])
      const items = await Promise.all(docs.map((d) => toStaffCase(ctx.db, d, now)))
      return { items, total, page, counts }
    },
  },

  'staff/rights/get': {
    access: ['staff'],
    input: z.object({ caseId: CASE_ID }).strict(),
    async handler({ caseId }, ctx) {
      return toStaffCase(ctx.db, await loadCase(ctx.db, caseId), ctx.now())
    },
  },

  'staff/rights/update': {
    access: ['staff'],
    input: updateInput,
    async handler({ caseId, action, note, result }, ctx) {
      const doc = await loadCase(ctx.db, caseId)
      const to = nextStatus(doc.status, 'staff', action)
      if (!to)
        fail('CONFLICT', `案件现在是“${STATUS_LABELS[doc.status]}”，不能${ACTION_LABELS[action]}`)
      if (action === 'extend' && doc.extended)
        fail('CONFLICT', `办结期限只能延长${CASE_DEADLINES.extensions}次`)
      const now = ctx.now()
      const at = isoBeijing(now)
      const patch: Record<string, unknown> = { status: to }
      if (action === 'accept') {
        patch.closeBy = addWorkingDays(now, CASE_DEADLINES.closeWorkingDays)
        patch.dueAt = patch.closeBy
        patch.extended = false
      }
      if (action === 'extend') {
        patch.closeBy = addWorkingDays(doc.closeBy as string, CASE_DEADLINES.extendWorkingDays)
        patch.dueAt = patch.closeBy
        patch.extended = true
      }
      if (action === 'reject' || action === 'close') {
        patch.dueAt = ctx._.remove()
        patch.reporterUntil = reporterWindowEnd(now)
        if (action === 'reject') patch.rejectReason = note
        else patch.result = result
      }
      const step = {
        at,
        action,
        status: to,
        note: action === 'close' ? `${result}${note ? `（${note}）` : ''}` : note,
      }
      const updated = (await ctx.db
        .collection(COLLECTIONS.rightsCases)
        .where({ _id: caseId, version: doc.version })
        .update({ data: { ...patch, version: ctx._.inc(1), timeline: ctx._.push([step]) } })) as {
        stats: { updated: number }
      }
      if (updated.stats.updated !== 1)
        fail('CONFLICT', '这个案件刚被其他工作人员处理了，请刷新后再看')
      const next: CaseDoc = {
        ...doc,
        ...(patch as Partial<CaseDoc>),
        ...(action === 'reject' || action === 'close' ? { dueAt: undefined } : {}),
        timeline: [...doc.timeline, step],
        version: doc.version + 1,
      }
      if (next.dueAt === undefined) delete next.dueAt
      await tellReporter(ctx, next, action, messageFor(action, next, note))
      return toStaffCase(ctx.db, next, now)
    },
  },
}
