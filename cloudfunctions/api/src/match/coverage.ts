/** Recommendation coverage for staff: who has at least 3 live recommendations, who does not and why. */
import type { MatchCoverage } from '../../../../types/jobs'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { getProfiles } from '../profile-store'
import type { PushContext } from '../push'
import { MatchEngine } from './engine'
import { TARGET_LIVE } from './model'
import { compileTrainee } from './score'
import {
  LIVE_OUTCOMES,
  groupCourses,
  loadOpenOpenings,
  readAll,
  readWhereIn,
  toMatchTrainee,
  type EnrollmentDoc,
  type LedgerDoc,
} from './store'

/** At most this many short trainees are listed (the counts cover everyone). */
export const SHORT_LIST_LIMIT = 500

async function liveCountsByTrainee(
  ctx: PushContext,
  liveOpeningIds: string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (!liveOpeningIds.length) return counts
  const $ = ctx.db.command.aggregate
  const PAGE = 1000
  for (let skip = 0; ; skip += PAGE) {
    const result = (await ctx.db
      .collection(COLLECTIONS.recommendations)
      .aggregate()
      .match({ outcome: ctx._.in(LIVE_OUTCOMES), openingId: ctx._.in(liveOpeningIds) })
      .group({ _id: '$openid', n: $.sum(1) })
      .sort({ _id: 1 })
      .skip(skip)
      .limit(PAGE)
      .end()) as { list: Array<{ _id: string; n: number }> }
    for (const row of result.list) counts.set(row._id, row.n)
    if (result.list.length < PAGE) return counts
  }
}

/**
 * Live recommendations of every trainee now (workers with an enrolment that is not cancelled or
 * dropped, of `brand` when given): the one count behind coverage on every screen.
 */
export async function traineeLiveCounts(
  ctx: PushContext,
  brand?: string,
): Promise<Array<{ openid: string; live: number }>> {
  const enrollments = await readAll<EnrollmentDoc>(
    ctx.db,
    COLLECTIONS.enrollments,
    { status: ctx._.nin(['cancelled', 'dropped']), ...(brand ? { brand } : {}) },
    { openid: true },
  )
  const openids = [...new Set(enrollments.map((e) => e.openid))].sort()
  const openings = await loadOpenOpenings(ctx.db)
  const engine = new MatchEngine(openings, ctx.now())
  const live = await liveCountsByTrainee(
    ctx,
    openings.filter((o) => engine.isLive(o.id)).map((o) => o.id),
  )
  return openids.map((openid) => ({ openid, live: live.get(openid) ?? 0 }))
}

/** Coverage now. Trainees: workers with an enrolment that is not cancelled or dropped. */
export async function matchCoverage(ctx: PushContext): Promise<MatchCoverage> {
  const now = ctx.now()
  const enrollments = await readAll<EnrollmentDoc>(
    ctx.db,
    COLLECTIONS.enrollments,
    { status: ctx._.nin(['cancelled', 'dropped']) },
    { openid: true, brand: true, occupation: true, status: true, certificate: true },
  )
  const courses = groupCourses(enrollments)
  const openids = [...courses.keys()].sort()
  const [profiles, openings] = await Promise.all([
    getProfiles(ctx.db, openids),
    loadOpenOpenings(ctx.db),
  ])
  const engine = new MatchEngine(openings, now)
  const liveIds = openings.filter((o) => engine.isLive(o.id)).map((o) => o.id)
  const live = await liveCountsByTrainee(ctx, liveIds)

  const shortIds = openids.filter((id) => (live.get(id) ?? 0) < TARGET_LIVE)
  const dismissedDocs = await readWhereIn<LedgerDoc>(
    ctx.db,
    COLLECTIONS.recommendations,
    'openid',
    shortIds,
    {
      outcome: 'dismissed',
    },
  )
  const dismissed = new Map<string, string[]>()
  for (const d of dismissedDocs)
    dismissed.set(d.openid, [...(dismissed.get(d.openid) ?? []), d.openingId])

  const short: MatchCoverage['short'] = []
  for (const openid of shortIds) {
    const profile = profiles.get(openid)
    const count = live.get(openid) ?? 0
    const name = profile?.name || '（未填姓名）'
    if (!profile?.complete) {
      short.push({ openid, name, reason: 'profile_incomplete', live: count, suitable: 0 })
      continue
    }
    const trainee = compileTrainee(
      toMatchTrainee(profile, courses.get(openid) ?? [], dismissed.get(openid)),
    )
    const suitable = engine.suitableCount(trainee, TARGET_LIVE)
    short.push({
      openid,
      name,
      reason: suitable >= TARGET_LIVE ? 'awaiting_pass' : 'no_suitable_opening',
      live: count,
      suitable,
    })
  }
  const order = { profile_incomplete: 0, no_suitable_opening: 1, awaiting_pass: 2 }
  short.sort((a, b) => order[a.reason] - order[b.reason] || (a.openid < b.openid ? -1 : 1))
  return {
    trainees: openids.length,
    withThreeOrMore: openids.length - shortIds.length,
    short: short.slice(0, SHORT_LIST_LIMIT),
  }
}
