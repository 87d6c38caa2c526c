/** Staff review start-up applications (status and messages) and keep the rules up to date. */
import { z } from 'zod'
import type { StartupRoutes, StartupRules } from '../../../../../types/startup'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing } from '../../../../../src/domain/time'
import { countOf, findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { deliver } from '../../push'
import { docId } from '../training/schemas'
import { RULES_ID, STARTUP_GROUPS } from './rules'
import { LOAN_KINDS } from './schemas'
import { type StartupDoc, toApplication } from './store'
import { KIND_NAMES, STARTUP_WORKFLOW, statusLine } from './workflow'

type StaffRoutes = Pick<
  StartupRoutes,
  'staff/startup/list' | 'staff/startup/review' | 'staff/startup/rules'
>

const STATUS = z.enum(['submitted', 'reviewing', 'need_more', 'approved', 'refused'])
const KIND = z.enum(['incubation', 'loan', 'subsidy'])

const source = z.string().trim().min(4, '请写明政策依据（文件名和文号）').max(400)
const year = z.number().int().min(2015, '年份不对').max(2100, '年份不对')
const sourced = <T extends z.ZodTypeAny>(value: T) => z.object({ value, source, year }).strict()
const money = z.number().int().min(0).max(100_000_000)
const share = z.number().min(0).max(1)

const rulesInput = z
  .object({
    groups: sourced(z.array(z.enum(STARTUP_GROUPS as unknown as [string, ...string[]])).min(1)),
    allowedLoans: sourced(z.array(z.enum(LOAN_KINDS as unknown as [string, ...string[]])).max(7)),
    consumerLoanCap: sourced(money),
    personMax: sourced(money),
    firmMax: sourced(money),
    partnerUplift: sourced(share),
    personYears: sourced(z.number().int().min(1).max(10)),
    firmYears: sourced(z.number().int().min(1).max(10)),
    maxLoans: sourced(z.number().int().min(1).max(10)),
    borrowerRateBelowLprBp: sourced(z.number().int().min(0).max(1000)),
    hiringShare: sourced(share),
    hiringShareLarge: sourced(share),
    largeFirmStaff: sourced(z.number().int().min(1).max(100_000)),
    returnSubsidy: sourced(
      z
        .object({
          amount: money,
          months: z.number().int().min(0).max(120),
          employees: z.number().int().min(0).max(1000),
          minPay: money,
        })
        .strict(),
    ),
    apply: z.string().trim().min(4, '请写明到哪里申请').max(300),
    updatedAt: z.string().optional(),
  })
  .strict() as unknown as z.ZodType<StartupRules>

export const staffStartupRoutes: RoutesOf<StaffRoutes> = {
  'staff/startup/list': {
    access: ['staff'],
    input: z
      .object({
        status: STATUS.optional(),
        kind: KIND.optional(),
        page: z.number().int().min(1).max(1000).optional(),
        pageSize: z.number().int().min(1).max(50).optional(),
      })
      .strict(),
    async handler({ status, kind, page = 1, pageSize = 20 }, { db }) {
      const where: Record<string, unknown> = {}
      if (status) where.status = status
      if (kind) where.kind = kind
      const collection = db.collection(COLLECTIONS.startupApplications)
      const [docs, total] = await Promise.all([
        findMany<StartupDoc>(
          collection
            .where(where)
            .orderBy('updatedAt', 'desc')
            .orderBy('_id', 'asc')
            .skip((page - 1) * pageSize)
            .limit(pageSize),
        ),
        countOf(collection.where(where)),
      ])
      return { items: docs.map(toApplication), total }
    },
  },

  'staff/startup/review': {
    access: ['staff'],
    input: z
      .object({
        id: docId('申请编号'),
        action: z.enum(['accept', 'ask', 'approve', 'refuse'], {
          error: '请选择受理、补充材料、通过或不通过',
        }),
        message: z
          .string({ error: '请写一句给申请人的话' })
          .trim()
          .min(2, '请写一句给申请人的话')
          .max(300, '留言不超过300字'),
      })
      .strict(),
    async handler({ id, action, message }, ctx) {
      const { db, _ } = ctx
      const collection = db.collection(COLLECTIONS.startupApplications)
      const doc = await findOne<StartupDoc>(collection.where({ _id: id }).limit(1))
      if (!doc) fail('NOT_FOUND', '没有找到这份申请')
      const next = STARTUP_WORKFLOW[doc.status][action]
      if (!next)
        fail('CONFLICT', `这份申请现在是“${statusLine(doc.kind, doc.status)}”，不能这样处理`)
      const at = isoBeijing(ctx.now())
      const note = { from: 'staff' as const, text: message, at }
      // Conditional on the status read: of two staff acting at once, one wins, the other is told.
      const result = (await collection
        .where({ _id: id, status: doc.status })
        .update({ data: { status: next, updatedAt: at, messages: _.push([note]) } })) as {
        stats: { updated: number }
      }
      if (result.stats.updated !== 1) fail('CONFLICT', '这份申请刚刚被其他人处理过了，请刷新后再看')
      await deliver(ctx, {
        openid: doc.openid,
        kind: 'startup',
        title: `${KIND_NAMES[doc.kind]}：${statusLine(doc.kind, next)}`,
        body: message,
        link: '/packages/network/startup-mine/index',
        dedupeKey: `startup:${id}:${doc.messages.length}:${next}`,
      })
      return toApplication({
        ...doc,
        status: next,
        updatedAt: at,
        messages: [...doc.messages, note],
      })
    },
  },

  'staff/startup/rules': {
    access: ['staff'],
    input: rulesInput,
    async handler(rules, { db, now }) {
      const saved = { ...rules, updatedAt: isoBeijing(now()) }
      await db.collection(COLLECTIONS.startupRules).doc(RULES_ID).set({ data: saved })
      return saved
    },
  },
}
