import { isoBeijing } from '../../../../src/domain/time'
import { COUNTERS_AT } from '../counters'
import type { Database } from '../context'
import { findMany } from '../db'
import type { TaskContext } from '../tasks/task'

/**
 * Recomputes shared counters from the per-person records they count, and fixes the ones that
 * drifted (a crash, a timeout or a recycled instance between a record's write and its counter's).
 *
 * Safe while people keep acting: a parent whose counters changed (`countersAt`) or any of whose
 * records were written within the quiet window is left for the next run, since an operation may
 * be between its writes; a fix is a conditional update on the very values it read, so a change in
 * between makes it a no-op. A function call ends within 60 s, so after the window nothing of an
 * earlier operation is still to come. At a local runtime's start nothing runs (`idle`).
 */

type Command = Database['command']

/** A parent document as read for reconciling: its counters and the fields their values need. */
export type ParentDoc = Record<string, unknown> & { _id: string }

export interface CounterRule {
  /** The counter on the parent (a dotted path for nested ones, e.g. `progress.training`). */
  field: string
  /** Which of the parent's records count toward it. */
  where: (_: Command) => Record<string, unknown>
  /** The counter's value from that count; the count itself by default. */
  value?: (count: number, parent: ParentDoc) => number
}

export interface CounterSpec {
  /** Names the spec in logs, e.g. `courses.seats`. */
  name: string
  parents: string
  records: string
  /** The record field holding its parent's `_id`. */
  parentKey: string
  /** A record time (ISO, Beijing) that every write changing what the record counts for sets. */
  touchedAt: string
  /** Parent fields the rules read besides the counters (e.g. `capacity`). */
  reads?: string[]
  rules: CounterRule[]
  /** Work once a quiet parent's counters are right (e.g. promoting from the waitlist). */
  after?: (ctx: TaskContext, parent: ParentDoc) => Promise<void>
  /** Settles records a crashed operation left half-done, before counting. Returns how many. */
  settle?: (ctx: TaskContext, staleBefore: string) => Promise<number>
}

export interface Fix {
  counter: string
  id: string
  field: string
  was: number | null
  now: number
}

export interface ReconcileReport {
  /** Parents whose counters were compared with their records. */
  checked: number
  /** Parents left for the next run because work on them was in flight. */
  busy: number
  /** Half-done records settled. */
  settled: number
  fixed: Fix[]
}

export interface ReconcileOptions {
  /** Nothing else is running (a local runtime's start): no quiet window. */
  idle?: boolean
  /** The quiet window, by default twice a function's longest run. */
  quietMs?: number
}

export const QUIET_MS = 120_000
const PAGE = 100

function getPath(doc: unknown, path: string): unknown {
  let value = doc
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** Parent id → how many of its records match, in one aggregation for a page of parents. */
async function countByParent(
  ctx: TaskContext,
  spec: CounterSpec,
  ids: string[],
  where: Record<string, unknown>,
): Promise<Map<string, number>> {
  const $ = ctx.db.command.aggregate
  const result = (await ctx.db
    .collection(spec.records)
    .aggregate()
    .match({ ...where, [spec.parentKey]: ctx._.in(ids) })
    .group({ _id: `$${spec.parentKey}`, n: $.sum(1) })
    .limit(ids.length)
    .end()) as { list: Array<{ _id: string; n: number }> }
  return new Map(result.list.map((g) => [g._id, g.n]))
}

async function reconcilePage(
  ctx: TaskContext,
  spec: CounterSpec,
  parents: ParentDoc[],
  opts: { staleBefore: string | null },
  report: ReconcileReport,
): Promise<void> {
  const ids = parents.map((p) => p._id)
  const busy = new Set<string>()
  if (opts.staleBefore) {
    const since = opts.staleBefore
    for (const p of parents) if (String(p[COUNTERS_AT] ?? '') > since) busy.add(p._id)
    const touched = await countByParent(ctx, spec, ids, { [spec.touchedAt]: ctx._.gt(since) })
    for (const id of touched.keys()) busy.add(id)
  }
  const counts = await Promise.all(
    spec.rules.map((rule) => countByParent(ctx, spec, ids, rule.where(ctx._))),
  )
  const stamp = isoBeijing(ctx.now())
  for (const parent of parents) {
    if (busy.has(parent._id)) {
      report.busy += 1
      continue
    }
    report.checked += 1
    const where: Record<string, unknown> = {
      _id: parent._id,
      [COUNTERS_AT]: parent[COUNTERS_AT] ?? ctx._.exists(false),
    }
    const data: Record<string, unknown> = {}
    const fixes: Fix[] = []
    spec.rules.forEach((rule, i) => {
      const count = counts[i].get(parent._id) ?? 0
      const value = rule.value ? rule.value(count, parent) : count
      const was = getPath(parent, rule.field)
      if (was === value) return
      where[rule.field] = was ?? ctx._.exists(false)
      data[rule.field] = value
      fixes.push({
        counter: spec.name,
        id: parent._id,
        field: rule.field,
        was: typeof was === 'number' ? was : null,
        now: value,
      })
    })
    if (fixes.length) {
      data[COUNTERS_AT] = stamp
      const result = (await ctx.db.collection(spec.parents).where(where).update({ data })) as {
        stats: { updated: number }
      }
      if (result.stats.updated !== 1) {
        report.busy += 1 // changed while we counted: next run
        continue
      }
      for (const fix of fixes) {
        console.log(`[reconcile] ${fix.counter} ${fix.id} ${fix.field}: ${fix.was} → ${fix.now}`)
        report.fixed.push(fix)
        setPath(parent, fix.field, fix.now)
      }
    }
    if (spec.after) await spec.after(ctx, parent)
  }
}

function setPath(doc: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.')
  let node = doc
  for (const part of parts.slice(0, -1)) {
    if (node[part] === null || typeof node[part] !== 'object') node[part] = {}
    node = node[part] as Record<string, unknown>
  }
  node[parts[parts.length - 1]] = value
}

/** Reconciles every parent of one spec, a page at a time in `_id` order. */
export async function reconcileSpec(
  ctx: TaskContext,
  spec: CounterSpec,
  opts: ReconcileOptions,
  report: ReconcileReport,
): Promise<void> {
  const staleBefore = opts.idle
    ? null
    : isoBeijing(ctx.now().getTime() - (opts.quietMs ?? QUIET_MS))
  if (spec.settle)
    report.settled += await spec.settle(ctx, staleBefore ?? isoBeijing(ctx.now().getTime() + 1000))
  const fields: Record<string, true> = { _id: true, [COUNTERS_AT]: true }
  for (const f of [...(spec.reads ?? []), ...spec.rules.map((r) => r.field)]) fields[f] = true
  let after = ''
  for (;;) {
    const page = await findMany<ParentDoc>(
      ctx.db
        .collection(spec.parents)
        .where({ _id: ctx._.gt(after) })
        .orderBy('_id', 'asc')
        .field(fields)
        .limit(PAGE),
    )
    if (!page.length) return
    await reconcilePage(ctx, spec, page, { staleBefore }, report)
    if (page.length < PAGE) return
    after = page[page.length - 1]._id
  }
}

/** Reconciles the counters of every spec; logs and returns what it fixed. */
export async function reconcileCounters(
  ctx: TaskContext,
  specs: readonly CounterSpec[],
  opts: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const report: ReconcileReport = { checked: 0, busy: 0, settled: 0, fixed: [] }
  for (const spec of specs) await reconcileSpec(ctx, spec, opts, report)
  return report
}
