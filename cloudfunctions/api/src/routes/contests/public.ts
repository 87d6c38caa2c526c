/** Competitions as workers see them: list, page, one-tap sign-up, their honours. */
import { z } from 'zod'
import type { ContestsRoutes } from '../../../../../types/contests'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing, toInstant } from '../../../../../src/domain/time'
import { findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { getProfile, requireCompleteProfile } from '../../profile-store'
import { noInput } from '../../validate'
import { brandId, docId } from '../training/schemas'
import {
  type ContestDoc,
  publicHonours,
  publicityOf,
  requireContest,
  type SignupDoc,
  signupId,
  toContest,
} from './store'

type PublicRoutes = Pick<
  ContestsRoutes,
  'contests/list' | 'contests/get' | 'contests/signup' | 'contests/mine'
>

export const publicContestRoutes: RoutesOf<PublicRoutes> = {
  'contests/list': {
    access: ['anyone'],
    input: z.object({ brand: brandId.optional() }).strict(),
    async handler({ brand }, { db }) {
      const docs = await findMany<ContestDoc>(
        db
          .collection(COLLECTIONS.contests)
          .where(brand ? { brand } : {})
          .orderBy('startAt', 'desc')
          .limit(50),
      )
      return { items: docs.map(toContest) }
    },
  },

  'contests/get': {
    access: ['anyone'],
    input: z.object({ id: docId('竞赛编号') }).strict(),
    async handler({ id }, { db, openid, now }) {
      const contest = toContest(await requireContest(db, id))
      const mine = openid
        ? await findOne<SignupDoc>(
            db
              .collection(COLLECTIONS.contestSignups)
              .where({ _id: signupId(id, openid) })
              .limit(1),
          )
        : null
      return { ...contest, signedUp: !!mine, publicity: publicityOf(contest, now()) }
    },
  },

  'contests/signup': {
    access: ['worker'],
    input: z.object({ contestId: docId('竞赛编号') }).strict(),
    async handler({ contestId }, { db, _, openid, now }) {
      const contest = await requireContest(db, contestId)
      if (contest.status !== 'published' || toInstant(contest.signupDeadline) < now().getTime())
        fail('EVENT_CLOSED', '这个竞赛已经截止报名了，去看看其他竞赛')
      const profile = await requireCompleteProfile(db, openid as string)
      const id = signupId(contestId, openid as string)
      const doc: SignupDoc = {
        _id: id,
        contestId,
        openid: openid as string,
        name: profile.name,
        phone: profile.phone,
        signedUpAt: isoBeijing(now()),
      }
      // The sign-up record is the truth (one per person); the count follows it.
      let fresh = true
      try {
        await db.collection(COLLECTIONS.contestSignups).add({ data: doc })
      } catch (err) {
        const existing = await findOne(
          db.collection(COLLECTIONS.contestSignups).where({ _id: id }).limit(1),
        )
        if (!existing) throw err
        fresh = false
      }
      if (fresh)
        await db
          .collection(COLLECTIONS.contests)
          .where({ _id: contestId })
          .update({ data: { signupCount: _.inc(1) } })
      const after = await requireContest(db, contestId)
      return { signedUp: true, signupCount: after.signupCount }
    },
  },

  'contests/mine': {
    access: ['worker'],
    input: noInput,
    async handler(_input, { db, openid, now }) {
      const [profile, signups] = await Promise.all([
        getProfile(db, openid as string),
        findMany<SignupDoc>(
          db
            .collection(COLLECTIONS.contestSignups)
            .where({ openid: openid as string })
            .limit(100),
        ),
      ])
      return {
        honours: publicHonours(profile?.honours, now()),
        contestIds: signups.map((s) => s.contestId),
      }
    },
  },
}
