/**
 * The matching pass over the database: priority trainees first, then everyone else, a page of
 * trainees at a time (page.ts); each page's new recommendations are written to the ledger (`_id`
 * `${openid}:${openingId}`, so never twice), which is also the inbox, and pushed. A cursor in
 * `job_state` lets a pass that runs out of time resume on the next run.
 */
import type { MatchRunResult } from '../../../../types/jobs'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { PRIORITY_GROUPS } from '../../../../src/domain/groups'
import { isoBeijing } from '../../../../src/domain/time'
import { findMany, findOne } from '../db'
import type { PushContext } from '../push'
import type { ProfileRecord } from '../profile-store'
import { MatchEngine } from './engine'
import { servePage, type PageRun } from './page'
import { GET_LIMIT, liveCountsByOpening, loadOpenings } from './store'

export const PASS_STATE_ID = 'match-pass'

/** Trainees read per page: one get. */
export const PASS_PAGE = GET_LIMIT

/** After a finished pass the timer waits this long before starting the next one. */
export const PASS_REST_MS = 60 * 60_000

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
  let saving: Promise<void> = Promise.resolve()
  try {
    const now = ctx.now()
    let state = (await loadState(ctx)) as PassState
    if (state.done && !options.fresh && options.rest && state.finishedAt) {
      if (now.getTime() - Date.parse(state.finishedAt) < PASS_REST_MS)
        return { ...report, complete: true, skipped: 'resting' }
    }
    if (options.fresh || state.done) state = { ...stateDoc(now), leaseUntil: state.leaseUntil }

    const { openings, records } = await loadOpenings(ctx.db)
    const engine = new MatchEngine(openings, now)
    engine.holdSlots(await liveCountsByOpening(ctx.db, openings.length))
    const titles = new Map(records.map((o) => [o._id, o] as const))
    const stamp = isoBeijing(now)

    // The next page is read while this one is served (its cursor is known as soon as this one is
    // read), and the cursor is saved while the next is served: neither costs a round trip.
    const readPage = (phase: Phase, after: string) => {
      const read = findMany<ProfileRecord>(
        ctx.db
          .collection(COLLECTIONS.profiles)
          .where({
            complete: true,
            group:
              phase === 'priority'
                ? ctx._.in([...PRIORITY_GROUPS])
                : ctx._.nin([...PRIORITY_GROUPS]),
            _id: ctx._.gt(after),
          })
          .orderBy('_id', 'asc')
          .field({ _id: true, group: true, county: true, wishes: true, honours: true })
          .limit(pageSize),
      )
      read.catch(() => undefined)
      return read
    }
    let next = readPage(state.phase, state.after)
    for (;;) {
      const profiles = await next
      const page = { phase: state.phase, after: state.after }
      if (profiles.length) state.after = profiles[profiles.length - 1]._id
      if (profiles.length < pageSize) {
        if (state.phase === 'priority') {
          state.phase = 'rest'
          state.after = ''
        } else {
          state.done = true
          state.finishedAt = isoBeijing(now)
        }
      }
      if (!state.done) next = readPage(state.phase, state.after)
      if (profiles.length) {
        const run: PageRun = {
          ctx,
          engine,
          titles,
          stamp,
          token: `${state.startedAt}|${page.phase}|${page.after}`,
        }
        const done = await servePage(run, profiles)
        report.trainees += done.trainees
        report.recommendations += done.recommendations
        report.pushed += done.pushed
        report.subscribed += done.subscribed
        state.totals = {
          trainees: state.totals.trainees + done.trainees,
          recommendations: state.totals.recommendations + done.recommendations,
          pushed: state.totals.pushed + done.pushed,
        }
      }
      // Saved in order; a page redone because a save was lost finds its work done.
      const snapshot: PassState = { ...state, totals: { ...state.totals } }
      saving = saving.then(() => saveState(ctx, snapshot))
      saving.catch(() => undefined)
      if (state.done) {
        await saving
        return { ...report, complete: true }
      }
      if (Date.now() - started > budget) {
        await saving
        return report
      }
    }
  } finally {
    await saving.catch(() => undefined)
    await releaseLease(ctx)
  }
}
