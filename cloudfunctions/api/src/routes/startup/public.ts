/** The start-up check anyone may run, and a worker's own applications. */
import { z } from 'zod'
import type { StartupRoutes } from '../../../../../types/startup'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { checkPhone } from '../../../../../src/domain/phone'
import { isoBeijing } from '../../../../../src/domain/time'
import type { RouteContext } from '../../context'
import { findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { requireCompleteProfile } from '../../profile-store'
import { noInput } from '../../validate'
import type { InstitutionDoc } from '../network/store'
import { docId } from '../training/schemas'
import { checkStartup } from './check'
import { loadRules } from './rules'
import { checkInput } from './schemas'
import { applicationId, type StartupDoc, toApplication } from './store'
import { FINAL } from './workflow'

type PublicRoutes = Pick<
  StartupRoutes,
  'startup/check' | 'startup/rules' | 'startup/apply' | 'startup/mine'
>

const phone = z
  .string({ error: '请填写手机号' })
  .refine((p) => checkPhone(p).ok, { error: '手机号不对，请填写11位手机号' })
  .transform((p) => (checkPhone(p) as { phone: string }).phone)

const applyInput = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('incubation'),
        baseId: docId('孵化基地'),
        project: z
          .string({ error: '请写一写你的项目' })
          .trim()
          .min(4, '项目写得太短了，请多写几句')
          .max(300, '项目介绍不超过300字'),
        team: z
          .string({ error: '请写一写团队' })
          .trim()
          .min(1, '请写一写团队')
          .max(100, '团队介绍不超过100字'),
        stage: z.enum(['idea', 'preparing', 'operating'], { error: '请选择项目现在的阶段' }),
        phone,
      })
      .strict(),
    z
      .object({
        kind: z.enum(['loan', 'subsidy']),
        check: checkInput,
        phone,
        note: z.string().trim().max(300, '补充说明不超过300字').optional(),
      })
      .strict(),
  ],
  { error: '请选择申请的类别' },
)

/** Inserts the application once; a retried tap returns what was sent, a closed one is replaced. */
async function submit(ctx: RouteContext, doc: StartupDoc): Promise<StartupDoc> {
  const collection = ctx.db.collection(COLLECTIONS.startupApplications)
  try {
    await collection.add({ data: doc })
    return doc
  } catch (err) {
    const existing = await findOne<StartupDoc>(collection.where({ _id: doc._id }).limit(1))
    if (!existing) throw err
    if (!FINAL.includes(existing.status)) return existing
    const { _id, ...fresh } = doc
    const replaced = (await collection
      .where({ _id, status: existing.status, updatedAt: existing.updatedAt })
      .update({ data: fresh })) as { stats: { updated: number } }
    if (replaced.stats.updated !== 1) fail('CONFLICT', '刚刚已经提交过了，请到“我的创业申请”查看')
    return doc
  }
}

export const publicStartupRoutes: RoutesOf<PublicRoutes> = {
  'startup/check': {
    access: ['anyone'],
    input: checkInput,
    async handler(input, { db }) {
      return checkStartup(input, await loadRules(db))
    },
  },

  'startup/rules': {
    access: ['anyone'],
    input: noInput,
    handler: (_input, { db }) => loadRules(db),
  },

  'startup/apply': {
    access: ['worker'],
    input: applyInput,
    async handler(input, ctx) {
      const openid = ctx.openid as string
      const profile = await requireCompleteProfile(ctx.db, openid)
      const at = isoBeijing(ctx.now())
      const base = {
        openid,
        status: 'submitted' as const,
        name: profile.name,
        phone: input.phone,
        messages: [],
        createdAt: at,
        updatedAt: at,
      }
      if (input.kind === 'incubation') {
        const { kind, phone: _p, ...request } = input
        const baseDoc = await findOne<InstitutionDoc>(
          ctx.db.collection(COLLECTIONS.institutions).where({ _id: request.baseId }).limit(1),
        )
        if (baseDoc?.kind !== 'incubation_base' || baseDoc.status === 'retired')
          fail('NOT_FOUND', '没有找到这个孵化基地，请重新选择')
        return toApplication(
          await submit(ctx, {
            _id: applicationId(openid, `incubation:${request.baseId}`),
            kind,
            ...base,
            incubation: { ...request, phone: input.phone, baseName: baseDoc.name },
          }),
        )
      }
      // The server answers the check again: what a client sends as a result is not trusted.
      const result = checkStartup(input.check, await loadRules(ctx.db))
      return toApplication(
        await submit(ctx, {
          _id: applicationId(openid, input.kind),
          kind: input.kind,
          ...base,
          check: input.check,
          result,
          ...(input.note ? { note: input.note } : {}),
        }),
      )
    },
  },

  'startup/mine': {
    access: ['worker'],
    input: noInput,
    async handler(_input, { db, openid }) {
      const docs = await findMany<StartupDoc>(
        db
          .collection(COLLECTIONS.startupApplications)
          .where({ openid: openid as string })
          .orderBy('updatedAt', 'desc')
          .limit(50),
      )
      return docs.map(toApplication)
    },
  },
}
