/** Staff publish competitions, see who signed up, and record results and honours once. */
import { randomBytes } from 'crypto'
import { z } from 'zod'
import type { ContestsRoutes, Honour } from '../../../../../types/contests'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing, toInstant } from '../../../../../src/domain/time'
import { findMany } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { deliver } from '../../push'
import { brandId, docId, isoTime } from '../training/schemas'
import { type ContestDoc, maskName, requireContest, type SignupDoc, toContest } from './store'

type StaffRoutes = Pick<
  ContestsRoutes,
  'staff/contest/save' | 'staff/contest/signups' | 'staff/contest/results'
>

/** The plan's honour for the winners (四（三）2), for the top places only. */
export const HONOUR = '技术能手'
const HONOUR_TOP = 3
const DAY = 86_400_000

const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, `请填写${what}`)
    .max(max, `${what}不超过${max}个字`)

export const staffContestRoutes: RoutesOf<StaffRoutes> = {
  'staff/contest/save': {
    access: ['staff'],
    input: z
      .object({
        id: docId('竞赛编号').optional(),
        title: text('竞赛名称', 4, 40),
        brand: brandId,
        occupation: text('工种', 1, 20),
        startAt: isoTime,
        endAt: isoTime,
        signupDeadline: isoTime,
        place: text('地点', 2, 60),
        rules: text('竞赛规则', 4, 1000),
        publicityDays: z.number().int().min(1, '公示至少1天').max(30, '公示不超过30天').optional(),
      })
      .strict(),
    async handler({ id, ...input }, { db }) {
      if (toInstant(input.endAt) < toInstant(input.startAt))
        fail('INVALID_INPUT', '结束时间不能早于开始时间')
      if (toInstant(input.signupDeadline) > toInstant(input.startAt))
        fail('INVALID_INPUT', '报名截止时间要在竞赛开始之前')
      const fields = { ...input, publicityDays: input.publicityDays ?? 7 }
      const contests = db.collection(COLLECTIONS.contests)
      if (id) {
        const existing = await requireContest(db, id)
        if (existing.status === 'finished') fail('CONFLICT', '竞赛已经公布成绩，不能再修改')
        await contests.doc(id).update({ data: fields })
        return toContest({ ...existing, ...fields })
      }
      const doc: ContestDoc = {
        _id: `contest-${randomBytes(8).toString('hex')}`,
        ...fields,
        status: 'published',
        signupCount: 0,
      }
      await contests.add({ data: doc })
      return toContest(doc)
    },
  },

  'staff/contest/signups': {
    access: ['staff'],
    input: z.object({ contestId: docId('竞赛编号') }).strict(),
    async handler({ contestId }, { db }) {
      await requireContest(db, contestId)
      const docs = await findMany<SignupDoc>(
        db
          .collection(COLLECTIONS.contestSignups)
          .where({ contestId })
          .orderBy('signedUpAt', 'asc')
          .limit(1000),
      )
      return docs.map(({ _id, openid: _o, demo: _d, ...s }) => ({ ...s, id: _id }))
    },
  },

  'staff/contest/results': {
    access: ['staff'],
    input: z
      .object({
        contestId: docId('竞赛编号'),
        results: z
          .array(
            z
              .object({
                signupId: docId('报名编号'),
                rank: z.number().int().min(1, '名次从1开始').max(1000),
                score: z.number().min(0).max(1000).optional(),
                honour: z.literal(HONOUR, { error: `荣誉只能是“${HONOUR}”` }).optional(),
              })
              .strict(),
          )
          .min(1, '请至少填写一名选手的成绩')
          .max(1000),
      })
      .strict(),
    async handler({ contestId, results }, ctx) {
      const { db, _, now } = ctx
      const contest = await requireContest(db, contestId)
      if (contest.status === 'finished') fail('CONFLICT', '这个竞赛的成绩已经录入过了')
      if (toInstant(contest.startAt) > now().getTime())
        fail('CONFLICT', '竞赛还没开始，不能录入成绩')
      const ranks = results.map((r) => r.rank)
      if (new Set(results.map((r) => r.signupId)).size !== results.length)
        fail('INVALID_INPUT', '同一名选手填了两次')
      if (new Set(ranks).size !== ranks.length) fail('INVALID_INPUT', '名次有重复，请核对')
      const bad = results.find((r) => r.honour && r.rank > HONOUR_TOP)
      if (bad) fail('INVALID_INPUT', `“${HONOUR}”只授予前${HONOUR_TOP}名`)
      const signups = await findMany<SignupDoc>(
        db
          .collection(COLLECTIONS.contestSignups)
          .where({ contestId, _id: _.in(results.map((r) => r.signupId)) })
          .limit(1000),
      )
      if (signups.length !== results.length)
        fail('INVALID_INPUT', '有选手不是这个竞赛的报名人，请核对')
      const byId = new Map(signups.map((s) => [s._id, s]))
      const at = now()
      const awardedAt = isoBeijing(at)
      const publicFrom = isoBeijing(at.getTime() + contest.publicityDays * DAY)
      const ordered = [...results].sort((a, b) => a.rank - b.rank)
      const published = ordered.map((r) => ({
        rank: r.rank,
        name: maskName(byId.get(r.signupId)!.name),
        ...(r.score !== undefined ? { score: r.score } : {}),
        ...(r.honour ? { honour: r.honour } : {}),
      }))
      // Claim the contest first (one recording wins), then the sign-ups, then the honours.
      const claimed = (await db
        .collection(COLLECTIONS.contests)
        .where({ _id: contestId, status: 'published' })
        .update({
          data: { status: 'finished', resultsAt: awardedAt, publicFrom, results: published },
        })) as { stats: { updated: number } }
      if (claimed.stats.updated !== 1) fail('CONFLICT', '这个竞赛的成绩已经录入过了')
      for (const r of ordered) {
        const s = byId.get(r.signupId)!
        await db
          .collection(COLLECTIONS.contestSignups)
          .doc(s._id)
          .update({
            data: {
              rank: r.rank,
              ...(r.score !== undefined ? { score: r.score } : {}),
              ...(r.honour ? { honour: r.honour } : {}),
            },
          })
        if (!r.honour) continue
        const honour: Honour = {
          title: r.honour,
          contestId,
          contestTitle: contest.title,
          brand: contest.brand,
          occupation: contest.occupation,
          rank: r.rank,
          awardedAt,
          publicFrom,
        }
        await db
          .collection(COLLECTIONS.profiles)
          .where({ _id: s.openid })
          .update({ data: { honours: _.push([honour]) } })
        await deliver(ctx, {
          openid: s.openid,
          kind: 'contest',
          title: `${contest.title}：第${r.rank}名`,
          body: `获“${r.honour}”称号，公示${contest.publicityDays}天后显示在你的个人信息里`,
          link: `/packages/network/contest/index?id=${contestId}`,
          dedupeKey: `contest:${contestId}:${s._id}`,
        })
      }
      return toContest({
        ...contest,
        status: 'finished',
        resultsAt: awardedAt,
        publicFrom,
        results: published,
      })
    },
  },
}
