/**
 * The matching pass over the database: priority trainees first, then everyone else, a page of
 * trainees at a time; each page's new recommendations are written to the ledger (`_id`
 * `${openid}:${openingId}`, so never twice) and pushed. A cursor in `job_state` lets a pass that
 * runs out of time resume on the next run.
 */
import type { MatchRunResult } from '../../../../types/jobs'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { PRIORITY_GROUPS } from '../../../../src/domain/groups'
import { isoBeijing } from '../../../../src/domain/time'
import { findMany, findOne } from '../db'
import { deliver, type PushContext } from '../push'
import type { ProfileRecord } from '../profile-store'
import { MatchEngine, type Assignment } from './engine'
import {
  LIVE_OUTCOMES,
  coursesOf,
  ledgerOf,
  liveCountsByOpening,
  loadOpenOpenings,
  toMatchTrainee,
  type LedgerDoc,
} from './store'

export const PASS_STATE_ID = 'match-pass'

/** Trainees read per page. */
export const PASS_PAGE = 200

/** After a finished pass the timer waits this long before starting the next one. */
export const PASS_REST_MS = 60 * 60_000

/** Deliveries run this many at a time within a page. */
const DELIVERY_WIDTH = 10

type Phase = 'priority' | 'rest'

interface PassState {
  _id: string
  phase: Phase
  /** The last profile `_id` done in this phase. */
  after: string
  startedAt: string
  finishedAt?: string
  done: boolean
  /** Wall-clock ms until which a run holds the pass (two runs never interleave). */
  leaseUntil: number
  totals: { trainees: number; recommendations: number; pushed: number }
}

export interface PassOptions {
  /** Start over even when a pass is half done (staff/match/run). */
  fresh?: boolean
  /** Stop after this long and leave the rest to the next run. */
  budgetMs?: number
  pageSize?: number
  /** Skip when the last pass finished less than PASS_REST_MS ago (timer runs). */
  rest?: boolean
}

export interface PassReport extends MatchRunResult {
  /** Another run holds the pass, or the last one finished moments ago; nothing was done. */
  skipped?: 'busy' | 'resting'
}

function stateDoc(now: Date): PassState {
  return {
    _id: PASS_STATE_ID,
    phase: 'priority',
    after: '',
    startedAt: isoBeijing(now),
    done: false,
    leaseUntil: 0,
    totals: { trainees: 0, recommendations: 0, pushed: 0 },
  }
}

async function loadState(ctx: PushContext): Promise<PassState | null> {
  return findOne<PassState>(
    ctx.db.collection(COLLECTIONS.jobState).where({ _id: PASS_STATE_ID }).limit(1),
  )
}

async function saveState(ctx: PushContext, state: PassState) {
  const { _id, ...data } = state
  await ctx.db.collection(COLLECTIONS.jobState).doc(_id).set({ data })
}

/** Takes the lease: a conditional update, so of two runs starting together only one proceeds. */
async function acquireLease(ctx: PushContext, ms: number): Promise<boolean> {
  const wall = Date.now()
  if (!(await loadState(ctx))) {
    try {
      await ctx.db
        .collection(COLLECTIONS.jobState)
        .add({ data: { ...stateDoc(ctx.now()), done: true } })
    } catch {
      // Another run created it first; the conditional update below decides.
    }
  }
  const taken = (await ctx.db
    .collection(COLLECTIONS.jobState)
    .where({ _id: PASS_STATE_ID, leaseUntil: ctx._.lt(wall) })
    .update({ data: { leaseUntil: wall + ms } })) as { stats: { updated: number } }
  return taken.stats.updated === 1
}

async function releaseLease(ctx: PushContext) {
  await ctx.db
    .collection(COLLECTIONS.jobState)
    .doc(PASS_STATE_ID)
    .update({ data: { leaseUntil: 0 } })
}

async function insertLedger(ctx: PushContext, doc: LedgerDoc): Promise<boolean> {
  try {
    await ctx.db.collection(COLLECTIONS.recommendations).add({ data: doc })
    return true
  } catch (err) {
    const existing = await findOne(
      ctx.db.collection(COLLECTIONS.recommendations).where({ _id: doc._id }).limit(1),
    )
    if (existing) return false
    throw err
  }
}

/** Pushes one trainee's new recommendations: all to the inbox, the best also as a subscribe message. */
async function push(
  ctx: PushContext,
  openid: string,
  recs: LedgerDoc[],
  titles: Map<string, { title: string; employerName: string }>,
) {
  let pushed = 0
  let subscribed = 0
  const ordered = [...recs].sort(
    (a, b) => b.score - a.score || (a.openingId < b.openingId ? -1 : 1),
  )
  for (const [i, rec] of ordered.entries()) {
    const opening = titles.get(rec.openingId)
    if (!opening) continue
    const result = await deliver(ctx, {
      openid,
      kind: 'recommendation',
      title: `为你推荐：${opening.title}`,
      body: `${opening.employerName}｜${rec.reason}。感兴趣就点“申请”，不合适也请告诉我们。`,
      link: `/packages/jobs/job/index?id=${encodeURIComponent(rec.openingId)}`,
      dedupeKey: `rec:${rec._id}`,
      ...(i === 0 ? { template: 'recommendation' as const } : {}),
    })
    const at = isoBeijing(ctx.now())
    // Already delivered by a run that stopped before recording it: keep the channel it went by.
    const patch = result.delivered
      ? { pushedAt: at, channel: result.subscribed ? 'subscribe' : 'inbox' }
      : { pushedAt: at }
    await ctx.db.collection(COLLECTIONS.recommendations).doc(rec._id).update({ data: patch })
    if (result.delivered) pushed += 1
    if (result.subscribed) subscribed += 1
  }
  return { pushed, subscribed }
}

/**
 * Runs (or resumes) a matching pass. Returns what this run did; `complete` says whether the pass
 * reached its end.
 */
export async function runMatchPass(
  ctx: PushContext,
  options: PassOptions = {},
): Promise<PassReport> {
  const started = Date.now()
  const budget = options.budgetMs ?? 45_000
  const pageSize = options.pageSize ?? PASS_PAGE
  const report: PassReport = {
    trainees: 0,
    recommendations: 0,
    pushed: 0,
    subscribed: 0,
    complete: false,
  }

  if (!(await acquireLease(ctx, budget + 15_000))) return { ...report, skipped: 'busy' }
  try {
    const now = ctx.now()
    let state = (await loadState(ctx)) as PassState
    if (state.done && !options.fresh && options.rest && state.finishedAt) {
      if (now.getTime() - Date.parse(state.finishedAt) < PASS_REST_MS)
        return { ...report, complete: true, skipped: 'resting' }
    }
    if (options.fresh || state.done) state = { ...stateDoc(now), leaseUntil: state.leaseUntil }

    const openings = await loadOpenOpenings(ctx.db)
    const engine = new MatchEngine(openings, now)
    engine.holdSlots(await liveCountsByOpening(ctx.db))
    const titles = new Map(
      (
        await findOpeningTitles(
          ctx,
          openings.map((o) => o.id),
        )
      ).map((o) => [o._id, o] as const),
    )

    for (;;) {
      const priority = state.phase === 'priority'
      const profiles = await findMany<ProfileRecord>(
        ctx.db
          .collection(COLLECTIONS.profiles)
          .where({
            complete: true,
            group: priority ? ctx._.in([...PRIORITY_GROUPS]) : ctx._.nin([...PRIORITY_GROUPS]),
            _id: ctx._.gt(state.after),
          })
          .orderBy('_id', 'asc')
          .field({ _id: true, group: true, county: true, wishes: true })
          .limit(pageSize),
      )
      if (profiles.length) {
        const done = await servePage(ctx, engine, profiles, titles, now)
        report.trainees += done.trainees
        report.recommendations += done.recommendations
        report.pushed += done.pushed
        report.subscribed += done.subscribed
        state.totals = {
          trainees: state.totals.trainees + done.trainees,
          recommendations: state.totals.recommendations + done.recommendations,
          pushed: state.totals.pushed + done.pushed,
        }
        state.after = profiles[profiles.length - 1]._id
      }
      if (profiles.length < pageSize) {
        if (priority) {
          state.phase = 'rest'
          state.after = ''
        } else {
          state.done = true
          state.finishedAt = isoBeijing(now)
        }
      }
      await saveState(ctx, state)
      if (state.done) return { ...report, complete: true }
      if (Date.now() - started > budget) return report
    }
  } finally {
    await releaseLease(ctx)
  }
}

async function findOpeningTitles(ctx: PushContext, ids: string[]) {
  if (!ids.length) return []
  const out: Array<{ _id: string; title: string; employerName: string }> = []
  for (let i = 0; i < ids.length; i += 1000) {
    out.push(
      ...(await findMany<{ _id: string; title: string; employerName: string }>(
        ctx.db
          .collection(COLLECTIONS.openings)
          .where({ _id: ctx._.in(ids.slice(i, i + 1000)) })
          .field({ _id: true, title: true, employerName: true })
          .limit(1000),
      )),
    )
  }
  return out
}

/** One page of trainees: expire stale entries, top each up, write the ledger, push. */
async function servePage(
  ctx: PushContext,
  engine: MatchEngine,
  profiles: ProfileRecord[],
  titles: Map<string, { title: string; employerName: string }>,
  now: Date,
) {
  const openids = profiles.map((p) => p._id)
  const [courses, ledger] = await Promise.all([
    coursesOf(ctx.db, openids),
    ledgerOf(ctx.db, openids),
  ])
  const stamp = isoBeijing(now)
  const work: Array<{ openid: string; recs: LedgerDoc[] }> = []
  let trainees = 0
  let recommendations = 0

  for (const profile of profiles) {
    const mine = courses.get(profile._id)
    if (!mine?.length) continue
    trainees += 1
    const entries = ledger.get(profile._id) ?? []
    const stale = entries.filter((e) => e.outcome === 'pending' && !engine.isLive(e.openingId))
    for (const e of stale) {
      await ctx.db
        .collection(COLLECTIONS.recommendations)
        .where({ _id: e._id, outcome: 'pending' })
        .update({ data: { outcome: 'expired' } })
    }
    const live = entries.filter(
      (e) => LIVE_OUTCOMES.includes(e.outcome) && engine.isLive(e.openingId),
    )
    const dismissed = entries.filter((e) => e.outcome === 'dismissed').map((e) => e.openingId)
    const trainee = toMatchTrainee(profile, mine, dismissed)
    const assignments: Assignment[] = engine.serve(trainee, {
      live: live.length,
      seen: new Set(entries.map((e) => e.openingId)),
    })
    const fresh: LedgerDoc[] = []
    for (const a of assignments) {
      const doc: LedgerDoc = {
        _id: `${a.traineeId}:${a.openingId}`,
        openid: a.traineeId,
        openingId: a.openingId,
        score: a.score,
        reason: a.reason,
        channel: 'inbox',
        createdAt: stamp,
        outcome: 'pending',
      }
      if (await insertLedger(ctx, doc)) fresh.push(doc)
    }
    recommendations += fresh.length
    // Entries of an earlier run that stopped before pushing them go out now.
    const unpushed = live.filter((e) => e.outcome === 'pending' && !e.pushedAt)
    if (fresh.length || unpushed.length)
      work.push({ openid: profile._id, recs: [...fresh, ...unpushed] })
  }

  let pushed = 0
  let subscribed = 0
  for (let i = 0; i < work.length; i += DELIVERY_WIDTH) {
    const results = await Promise.all(
      work.slice(i, i + DELIVERY_WIDTH).map((w) => push(ctx, w.openid, w.recs, titles)),
    )
    for (const r of results) {
      pushed += r.pushed
      subscribed += r.subscribed
    }
  }
  return { trainees, recommendations, pushed, subscribed }
}
