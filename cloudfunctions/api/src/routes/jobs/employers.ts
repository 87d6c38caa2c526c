/** Employers (用人单位): sign-up with the 统一社会信用代码, staff review, the owner's view (R4). */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Employer, EmployerMe, JobsRoutes } from '../../../../../types/jobs'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { checkPhone } from '../../../../../src/domain/phone'
import { isoBeijing } from '../../../../../src/domain/time'
import { checkUscc, normalizeUscc } from '../../../../../src/domain/uscc'
import type { RouteContext } from '../../context'
import { findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { deliver } from '../../push'
import { takeRate } from '../../rate-limit'
import { requireCleanText } from '../../screening'
import { noInput } from '../../validate'
import { COUNTY_ENUM, ID, PAGES, findOwnEmployer, toEmployer, type EmployerDoc } from './shared'

type EmployerRoutes = Pick<
  JobsRoutes,
  'employer/register' | 'employer/me' | 'staff/employer/list' | 'staff/employer/verify'
>

const registerInput = z
  .object({
    name: z
      .string({ error: '请填写单位名称' })
      .trim()
      .min(2, '单位名称太短，请填写营业执照上的全称')
      .max(60, '单位名称太长'),
    uscc: z
      .string({ error: '请填写统一社会信用代码' })
      .trim()
      .min(1, '请填写统一社会信用代码')
      .max(40, '统一社会信用代码应为18位'),
    contact: z
      .string({ error: '请填写联系人' })
      .trim()
      .min(1, '请填写联系人')
      .max(20, '联系人姓名太长'),
    phone: z
      .string({ error: '请填写联系电话' })
      .trim()
      .min(1, '请填写联系电话')
      .max(20, '联系电话太长'),
    county: COUNTY_ENUM.optional(),
    licence: z.string().trim().max(256).optional(),
  })
  .strict()

/**
 * The employer id of an account's own registration: derived from the openid (one per account,
 * enforced by the `_id`), yet opaque, since others see employer ids and never an openid.
 */
export function employerIdFor(openid: string): string {
  return `emp-${createHash('sha256').update(`employer:${openid}`).digest('hex').slice(0, 24)}`
}

/** The employer role rides on the `users` document; other roles the owner has are kept. */
async function grantEmployerRole(ctx: RouteContext, openid: string) {
  const users = ctx.db.collection(COLLECTIONS.users)
  const updated = (await users
    .where({ _id: openid })
    .update({ data: { roles: ctx._.addToSet('employer') } })) as {
    stats: { updated: number }
  }
  if (updated.stats.updated === 1) return
  const existing = await findOne<{ roles?: string[] }>(users.where({ _id: openid }).limit(1))
  if (existing?.roles?.includes('employer')) return
  if (existing) {
    await users
      .doc(openid)
      .update({ data: { roles: [...new Set([...(existing.roles ?? []), 'employer'])] } })
  } else {
    await users.doc(openid).set({ data: { roles: ['employer'] } })
  }
}

function standingOf(employer: Employer | null): EmployerMe {
  if (!employer)
    return {
      employer: null,
      standing: 'none',
      message: '还没有登记单位：填写单位名称、统一社会信用代码和联系人即可申请',
    }
  if (employer.blacklisted) {
    return {
      employer,
      standing: 'blacklisted',
      message: '你的单位已被列入失信名单，不能发布岗位；如有异议请联系人社局',
    }
  }
  if (employer.status === 'pending')
    return {
      employer,
      standing: 'pending',
      message: '审核中：人社局工作人员会核对你的营业执照信息，一般1-3个工作日',
    }
  if (employer.status === 'refused') {
    return {
      employer,
      standing: 'refused',
      message: `审核未通过：${employer.refuseReason ?? '信息不符'}。请修改后重新提交`,
    }
  }
  return { employer, standing: 'verified', message: '已认证：可以发布岗位、查看候选人' }
}

export const employerRoutes: RoutesOf<EmployerRoutes> = {
  'employer/register': {
    access: ['worker'],
    input: registerInput,
    async handler(input, ctx) {
      const openid = ctx.openid as string
      const uscc = normalizeUscc(input.uscc)
      const check = checkUscc(uscc)
      if (!check.ok) fail('INVALID_USCC', check.reason)
      const phone = checkPhone(input.phone)
      if (!phone.ok) fail('INVALID_INPUT', phone.reason)

      // Workers read the company name on every opening and booth: it is screened like a posting.
      await requireCleanText(
        { cloud: ctx.cloud, openid },
        [{ label: '单位名称', text: input.name }],
        '登记',
      )
      await takeRate(ctx, 'register', openid)

      const mine = await findOwnEmployer(ctx.db, openid)
      if (mine && mine.status !== 'refused') {
        if (mine.uscc === uscc) return toEmployer(mine)
        fail('CONFLICT', `你已经登记了“${mine.name}”，一个微信号只能管理一家单位`)
      }
      const taken = await findOne<EmployerDoc>(
        ctx.db.collection(COLLECTIONS.employers).where({ uscc }).limit(1),
      )
      if (taken && taken.ownerOpenid !== openid) {
        fail('CONFLICT', '这个统一社会信用代码已经被其他账号登记；如是你单位的，请联系人社局核实')
      }

      const now = isoBeijing(ctx.now())
      const data: Omit<EmployerDoc, '_id'> = {
        name: input.name,
        uscc,
        contact: input.contact,
        phone: phone.phone,
        ...(input.county ? { county: input.county } : {}),
        ...(input.licence ? { licence: input.licence } : {}),
        status: 'pending',
        blacklisted: false,
        ownerOpenid: openid,
        createdAt: now,
      }
      // A refused sign-up is corrected in place (same record, back to review).
      const existing = mine ?? taken
      if (existing) {
        await ctx.db
          .collection(COLLECTIONS.employers)
          .doc(existing._id)
          .set({ data: { ...data, blacklisted: existing.blacklisted === true } })
        return toEmployer({
          ...data,
          _id: existing._id,
          blacklisted: existing.blacklisted === true,
        })
      }
      // The id comes from the account, so the database itself keeps one employer per WeChat
      // account: a second registration at the same moment meets the first one's document.
      const _id = employerIdFor(openid)
      try {
        await ctx.db.collection(COLLECTIONS.employers).add({ data: { _id, id: _id, ...data } })
        return toEmployer({ ...data, _id })
      } catch (err) {
        const winner = await findOwnEmployer(ctx.db, openid)
        if (winner?.uscc === uscc) return toEmployer(winner)
        if (winner) fail('CONFLICT', `你已经登记了“${winner.name}”，一个微信号只能管理一家单位`)
        // The unique index on uscc: someone registered the same code a moment ago.
        if (await findOne(ctx.db.collection(COLLECTIONS.employers).where({ uscc }).limit(1))) {
          fail('CONFLICT', '这个统一社会信用代码已经登记过了')
        }
        throw err
      }
    },
  },

  'employer/me': {
    access: ['worker'],
    input: noInput,
    async handler(_input, ctx) {
      const doc = await findOwnEmployer(ctx.db, ctx.openid as string)
      return standingOf(doc ? toEmployer(doc) : null)
    },
  },

  'staff/employer/list': {
    access: ['staff'],
    input: z.object({ status: z.enum(['pending', 'verified', 'refused']).optional() }).strict(),
    async handler({ status }, { db }) {
      const docs = await findMany<EmployerDoc>(
        db
          .collection(COLLECTIONS.employers)
          .where(status ? { status } : {})
          .orderBy('createdAt', 'desc')
          .limit(500),
      )
      const order = { pending: 0, refused: 1, verified: 2 }
      return docs.map(toEmployer).sort((a, b) => order[a.status] - order[b.status])
    },
  },

  'staff/employer/verify': {
    access: ['staff'],
    input: z
      .object({
        employerId: ID,
        approve: z.boolean({ error: '请选择通过或不通过' }),
        reason: z.string().trim().max(200, '原因太长').optional(),
      })
      .strict()
      .refine((v) => v.approve || (v.reason && v.reason.length > 0), {
        error: '不通过时请写明原因，单位会看到',
        path: ['reason'],
      }),
    async handler({ employerId, approve, reason }, ctx) {
      const doc = await findOne<EmployerDoc>(
        ctx.db.collection(COLLECTIONS.employers).where({ _id: employerId }).limit(1),
      )
      if (!doc) fail('NOT_FOUND', '没有找到这家单位')
      const now = isoBeijing(ctx.now())
      const patch = approve
        ? { status: 'verified' as const, verifiedAt: now, refuseReason: ctx._.remove() }
        : { status: 'refused' as const, refuseReason: reason as string }
      await ctx.db.collection(COLLECTIONS.employers).doc(employerId).update({ data: patch })
      if (approve && doc.ownerOpenid) await grantEmployerRole(ctx, doc.ownerOpenid)
      if (doc.ownerOpenid) {
        await deliver(ctx, {
          openid: doc.ownerOpenid,
          kind: 'employer',
          title: approve ? '单位认证已通过' : '单位认证未通过',
          body: approve
            ? `“${doc.name}”已通过认证，现在可以发布岗位了。`
            : `“${doc.name}”未通过认证：${reason}。请修改信息后重新提交。`,
          link: PAGES.employer(),
          dedupeKey: `${doc.ownerOpenid}:employer:${employerId}:${approve ? 'verified' : 'refused'}:${now}`,
        })
      }
      const { refuseReason: _r, ...rest } = doc
      const next: EmployerDoc = approve
        ? { ...rest, status: 'verified', verifiedAt: now }
        : { ...doc, status: 'refused', refuseReason: reason }
      return toEmployer(next)
    },
  },
}
