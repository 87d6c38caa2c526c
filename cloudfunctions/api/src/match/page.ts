/**
 * One page of trainees in a matching pass, in a handful of round trips whatever its size: the
 * page's enrolments, ledger and credits read at once; then expiries and credit spending together;
 * then the new ledger entries in batch inserts (each entry is also the inbox message, so one write
 * per recommendation); then the subscribe messages, a bounded number at a time.
 */
import { COLLECTIONS } from '../../../../src/domain/collections'
import { chunks, inParallel } from '../batch'
import type { ProfileRecord } from '../profile-store'
import { TEMPLATES, creditId, refundCredit, sendSubscribe, type PushContext } from '../push'
import { recommendationCredits, spendForPage } from './credits'
import type { MatchEngine } from './engine'
import { recommendationMessage, type OpeningTitle } from './message'
import {
  LIVE_OUTCOMES,
  READ_WIDTH,
  coursesOf,
  ledgerOf,
  readWhereIn,
  toMatchTrainee,
  type LedgerDoc,
} from './store'

/** Documents per batch insert and ids per multi-document update. */
export const WRITE_BATCH = 500

/** Subscribe messages in flight at once: most of a first pass's critical path is these. */
export const SEND_WIDTH = 50

/** What every page of a pass shares. */
export interface PageRun {
  ctx: PushContext
  engine: MatchEngine
  titles: ReadonlyMap<string, OpeningTitle>
  /** When the pass decided (Beijing ISO): every entry of the pass carries it. */
  stamp: string
  /** Names the page within its pass, the same when a page is done again after a crash. */
  token: string
}

export interface PageResult {
  trainees: number
  recommendations: number
  pushed: number
  subscribed: number
}

/** Better first: the order in which a trainee's new recommendations are told. */
const bestFirst = (a: LedgerDoc, b: LedgerDoc) =>
  b.score - a.score || (a.openingId < b.openingId ? -1 : 1)

/** Serves one page of trainees (in `_id` order) and writes and pushes what it decided. */
export async function servePage(run: PageRun, profiles: ProfileRecord[]): Promise<PageResult> {
  const { ctx, engine, stamp } = run
  const openids = profiles.map((p) => p._id)
  const [courses, ledger, credits] = await Promise.all([
    coursesOf(ctx.db, openids),
    ledgerOf(ctx.db, openids),
    recommendationCredits(ctx, openids),
  ])

  let trainees = 0
  const stale: string[] = []
  const unstamped: string[] = []
  const fresh = new Map<string, LedgerDoc[]>()
  for (const profile of profiles) {
    const mine = courses.get(profile._id)
    if (!mine?.length) continue
    trainees += 1
    const entries = ledger.get(profile._id) ?? []
    // An opening that is no longer live (closed, expired, full, its employer out of good standing:
    // MatchEngine.isLive) leaves the trainee's recommendations here.
    for (const e of entries)
      if (e.outcome === 'pending' && !engine.isLive(e.openingId)) stale.push(e._id)
    const live = entries.filter(
      (e) => LIVE_OUTCOMES.includes(e.outcome) && engine.isLive(e.openingId),
    )
    // Entries of a pass from before entries were their own inbox message, never marked pushed.
    for (const e of live) if (e.outcome === 'pending' && !e.pushedAt) unstamped.push(e._id)
    const dismissed = entries.filter((e) => e.outcome === 'dismissed').map((e) => e.openingId)
    const assignments = engine.serve(toMatchTrainee(profile, mine, dismissed), {
      live: live.length,
      seen: new Set(entries.map((e) => e.openingId)),
    })
    if (!assignments.length) continue
    fresh.set(
      profile._id,
      assignments
        .map(
          (a): LedgerDoc => ({
            _id: `${a.traineeId}:${a.openingId}`,
            openid: a.traineeId,
            openingId: a.openingId,
            score: a.score,
            reason: a.reason,
            channel: 'inbox',
            createdAt: stamp,
            pushedAt: stamp,
            read: false,
            outcome: 'pending',
          }),
        )
        .sort(bestFirst),
    )
  }

  const [subscribers] = await Promise.all([
    spendForPage(ctx, credits, [...fresh.keys()], run.token),
    updateEach(ctx, stale, { outcome: 'pending' }, { outcome: 'expired' }),
    updateEach(ctx, unstamped, {}, { pushedAt: stamp }),
  ])
  // The best new recommendation of a trainee holding a credit goes out as a subscribe message too.
  for (const openid of subscribers) {
    const best = fresh.get(openid)?.[0]
    if (best) best.channel = 'subscribe'
  }
  const inserted = await insertEntries(ctx, [...fresh.values()].flat())

  const messages = [...fresh.keys()].flatMap((openid) => {
    if (!subscribers.has(openid)) return []
    const best = fresh.get(openid)!.find((d) => inserted.has(d._id))
    return best ? [best] : []
  })
  const sent = await inParallel(messages, SEND_WIDTH, (rec) => subscribe(run, rec))
  // A spent credit whose trainee got nothing new written (another writer came first) goes back.
  const idle = [...subscribers].filter(
    (o) => fresh.has(o) && !fresh.get(o)!.some((d) => inserted.has(d._id)),
  )
  await inParallel(idle, SEND_WIDTH, (openid) => refund(ctx, openid))

  return {
    trainees,
    recommendations: inserted.size,
    pushed: inserted.size + unstamped.length,
    subscribed: sent.filter(Boolean).length,
  }
}

/** Sends one subscribe message; when it does not go out, the entry says it reached the inbox only. */
async function subscribe(run: PageRun, rec: LedgerDoc): Promise<boolean> {
  const { ctx } = run
  const ok = await sendSubscribe(ctx, {
    openid: rec.openid,
    template: 'recommendation',
    ...recommendationMessage(rec, run.titles.get(rec.openingId)),
  })
  if (!ok)
    await ctx.db
      .collection(COLLECTIONS.recommendations)
      .doc(rec._id)
      .update({ data: { channel: 'inbox' } })
  return ok
}

async function refund(ctx: PushContext, openid: string) {
  await refundCredit(ctx, creditId(openid, TEMPLATES.recommendation))
}

/** One multi-document update per WRITE_BATCH ids, all at once. */
async function updateEach(
  ctx: PushContext,
  ids: string[],
  where: Record<string, unknown>,
  data: Record<string, unknown>,
) {
  await inParallel(chunks(ids, WRITE_BATCH), READ_WIDTH, async (batch) => {
    await ctx.db
      .collection(COLLECTIONS.recommendations)
      .where({ ...where, _id: ctx._.in(batch) })
      .update({ data })
  })
}

/**
 * Inserts the entries in batches of WRITE_BATCH, all at once; resolves the ids this call wrote.
 * A batch refused because an entry appeared meanwhile (a dismissal, another run) is done again
 * without the entries that now exist.
 */
async function insertEntries(ctx: PushContext, docs: LedgerDoc[]): Promise<Set<string>> {
  const written = new Set<string>()
  await inParallel(chunks(docs, WRITE_BATCH), READ_WIDTH, async (batch) => {
    let pending = batch
    for (let attempt = 0; pending.length && attempt < 3; attempt++) {
      try {
        await ctx.db.collection(COLLECTIONS.recommendations).add({ data: pending })
        for (const d of pending) written.add(d._id)
        return
      } catch (err) {
        const existing = await readWhereIn<LedgerDoc>(
          ctx.db,
          COLLECTIONS.recommendations,
          '_id',
          pending.map((d) => d._id),
        )
        // What of the batch is stored now was written by another writer (a dismissal), or by this
        // batch if the database kept the part before the refused entry: this pass's stamp tells.
        const stamp = batch[0].pushedAt
        for (const d of existing) if (d.pushedAt === stamp) written.add(d._id)
        const taken = new Set(existing.map((d) => d._id))
        if (!taken.size) throw err
        pending = pending.filter((d) => !taken.has(d._id))
      }
    }
    if (pending.length) throw new Error('ledger entries could not be written')
  })
  return written
}
