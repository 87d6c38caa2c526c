/** The trainee's side of matching (R5): recommendations, apply, not interested; staff runs and coverage. */
import { z } from 'zod'
import type { JobsRoutes, MyRecommendation } from '../../../../../types/jobs'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing } from '../../../../../src/domain/time'
import { findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { matchCoverage } from '../../match/coverage'
import { runMatchPass } from '../../match/pass'
import { readWhereIn } from '../../match/store'
import { getProfile } from '../../profile-store'
import { deliver } from '../../push'
import { noInput } from '../../validate'
import { isApplicable } from './openings'
import {
  ID,
  PAGES,
  applicationId,
  hiddenEmployerIds,
  insertOnce,
  loadOpening,
  recommendationId,
  toApplication,
  toOpening,
  toSummary,
  type ApplicationDoc,
  type EmployerDoc,
  type OpeningDoc,
  type RecommendationDoc,
} from './shared'

type MatchRoutes = Pick<
  JobsRoutes,
  | 'match/mine'
  | 'match/apply'
  | 'match/dismiss'
  | 'match/applications'
  | 'staff/match/run'
  | 'staff/match/coverage'
>

/** A cloud function may run 60 s; staff runs stop before that and the timer resumes them. */
const STAFF_RUN_BUDGET_MS = 50_000

export const matchRoutes: RoutesOf<MatchRoutes> = {
  'match/mine': {
    access: ['worker'],
    input: noInput,
    async handler(_input, ctx) {
      const openid = ctx.openid as string
      const recs = await findMany<RecommendationDoc>(
        ctx.db
          .collection(COLLECTIONS.recommendations)
          .where({ openid, outcome: ctx._.in(['pending', 'applied']) })
          .orderBy('createdAt', 'desc')
          .limit(100),
      )
      if (!recs.length) return []
      const [openings, hidden] = await Promise.all([
        readWhereIn<OpeningDoc>(
          ctx.db,
          COLLECTIONS.openings,
          '_id',
          recs.map((r) => r.openingId),
        ),
        hiddenEmployerIds(ctx.db),
      ])
      const byId = new Map(openings.map((o) => [o._id, toOpening(o)]))
      const now = ctx.now()
      const out: MyRecommendation[] = []
      for (const r of recs) {
        const opening = byId.get(r.openingId)
        if (!opening || !isApplicable(opening, now, hidden)) continue
        out.push({
          openingId: r.openingId,
          score: r.score,
          reason: r.reason,
          outcome: r.outcome as MyRecommendation['outcome'],
          createdAt: r.createdAt,
          opening: toSummary(opening),
        })
      }
      // Not yet answered first, then the best match.
      return out.sort(
        (a, b) =>
          Number(a.outcome === 'applied') - Number(b.outcome === 'applied') ||
          b.score - a.score ||
          (a.openingId < b.openingId ? -1 : 1),
      )
    },
  },

  'match/apply': {
    access: ['worker'],
    input: z.object({ openingId: ID }).strict(),
    async handler({ openingId }, ctx) {
      const openid = ctx.openid as string
      const id = applicationId(openingId, openid)
      const applications = ctx.db.collection(COLLECTIONS.applications)
      const existing = await findOne<ApplicationDoc>(applications.where({ _id: id }).limit(1))
      if (existing) return toApplication(existing)

      const profile = await getProfile(ctx.db, openid)
      if (!profile?.complete) {
        fail('PROFILE_INCOMPLETE', '请先在“我的”里填好姓名、电话等个人信息，用人单位才能联系你')
      }
      const opening = toOpening(await loadOpening(ctx.db, openingId))
      if (!isApplicable(opening, ctx.now(), await hiddenEmployerIds(ctx.db))) {
        fail('CONFLICT', '这个岗位已经停止招聘了，看看其他推荐吧')
      }
      const at = isoBeijing(ctx.now())
      const doc: ApplicationDoc = {
        _id: id,
        openid,
        openingId,
        openingTitle: opening.title,
        employerId: opening.employerId,
        employerName: opening.employerName,
        brand: opening.brand,
        status: 'applied',
        createdAt: at,
        updatedAt: at,
      }
      if (!(await insertOnce(applications, doc))) {
        // A second tap that raced the first: answer with the one that was stored.
        return toApplication(
          (await findOne<ApplicationDoc>(
            applications.where({ _id: id }).limit(1),
          )) as ApplicationDoc,
        )
      }
      await ctx.db
        .collection(COLLECTIONS.recommendations)
        .where({
          _id: recommendationId(openid, openingId),
          outcome: ctx._.in(['pending', 'expired', 'dismissed']),
        })
        .update({ data: { outcome: 'applied', appliedAt: at } })

      const employer = await findOne<EmployerDoc>(
        ctx.db.collection(COLLECTIONS.employers).where({ _id: opening.employerId }).limit(1),
      )
      if (employer?.ownerOpenid) {
        await deliver(ctx, {
          openid: employer.ownerOpenid,
          kind: 'application',
          title: `新的求职申请：${opening.title}`,
          body: `${profile.name}申请了“${opening.title}”，请在候选人里查看联系方式并约面试。`,
          link: PAGES.candidates(openingId),
          dedupeKey: `${employer.ownerOpenid}:apply:${id}`,
        })
      }
      return toApplication(doc)
    },
  },

  'match/dismiss': {
    access: ['worker'],
    input: z
      .object({
        openingId: ID,
        reason: z
          .string({ error: '请选一个不合适的原因' })
          .trim()
          .min(1, '请选一个不合适的原因')
          .max(50, '原因不超过50个字'),
      })
      .strict(),
    async handler({ openingId, reason }, ctx) {
      const openid = ctx.openid as string
      await loadOpening(ctx.db, openingId)
      const id = recommendationId(openid, openingId)
      const ledger = ctx.db.collection(COLLECTIONS.recommendations)
      const at = isoBeijing(ctx.now())
      const patch = { outcome: 'dismissed', dismissReason: reason, dismissedAt: at }
      const updated = (await ledger
        .where({ _id: id, outcome: ctx._.in(['pending', 'expired']) })
        .update({ data: patch })) as {
        stats: { updated: number }
      }
      if (updated.stats.updated === 0) {
        const current = await findOne<RecommendationDoc>(ledger.where({ _id: id }).limit(1))
        if (current?.outcome === 'applied' || current?.outcome === 'hired') {
          fail('CONFLICT', '你已经申请了这个岗位；如果不想去了，请直接告诉用人单位')
        }
        if (!current) {
          // Not recommended by us (found in the list): still never offer it later.
          const inserted = await insertOnce(ledger, {
            _id: id,
            openid,
            openingId,
            score: 0,
            reason: '',
            channel: 'inbox',
            createdAt: at,
            ...patch,
          })
          if (!inserted)
            await ledger
              .where({ _id: id, outcome: ctx._.in(['pending', 'expired']) })
              .update({ data: patch })
        }
      }
      return { openingId, outcome: 'dismissed' as const }
    },
  },

  'match/applications': {
    access: ['worker'],
    input: noInput,
    async handler(_input, ctx) {
      const docs = await findMany<ApplicationDoc>(
        ctx.db
          .collection(COLLECTIONS.applications)
          .where({ openid: ctx.openid as string })
          .orderBy('createdAt', 'desc')
          .limit(100),
      )
      return docs.map(toApplication)
    },
  },

  'staff/match/run': {
    access: ['staff'],
    input: noInput,
    async handler(_input, ctx) {
      const report = await runMatchPass(ctx, { fresh: true, budgetMs: STAFF_RUN_BUDGET_MS })
      if (report.skipped === 'busy')
        fail('CONFLICT', '匹配正在进行中（定时任务在跑），请过一两分钟再看结果')
      const { skipped: _s, ...result } = report
      return result
    },
  },

  'staff/match/coverage': {
    access: ['staff'],
    input: noInput,
    handler: (_input, ctx) => matchCoverage(ctx),
  },
}
