/**
 * Runs whichever scheduled tasks are due. Each task's next due time is a document in `job_state`
 * (`timer:<task>`), claimed with a conditional update: of two timer calls that overlap, exactly
 * one runs a due task, and a task runs at most once per cadence however often the timer fires.
 */
import { COLLECTIONS } from '../../../../src/domain/collections'
import { isoBeijing } from '../../../../src/domain/time'
import { findOne } from '../db'
import type { TaskContext } from './task'
import { tasks as allTasks, type ScheduledTask } from '.'

/** A timer that fires on its cadence boundary, a little early, still finds the task due. */
const EARLY_SLACK_MS = 30_000

interface TimerState {
  _id: string
  /** Epoch ms from which the task is due again. */
  dueAt: number
  lastStartedAt: string
}

export type TaskOutcome = Record<string, unknown> | { skipped: 'not-due'; dueAt: string }

const stateId = (name: string) => `timer:${name}`

/** Claims this cadence slot of `name`; true for the one call that may run it. */
async function claim(ctx: TaskContext, name: string, everyMs: number): Promise<number | true> {
  const now = ctx.now().getTime()
  const next: Omit<TimerState, '_id'> = {
    dueAt: now + everyMs - EARLY_SLACK_MS,
    lastStartedAt: isoBeijing(now),
  }
  const states = ctx.db.collection(COLLECTIONS.jobState)
  const taken = (await states
    .where({ _id: stateId(name), dueAt: ctx._.lte(now) })
    .update({ data: next })) as { stats: { updated: number } }
  if (taken.stats.updated === 1) return true
  try {
    // The task's first run ever: whoever creates its document runs it.
    await states.add({ data: { _id: stateId(name), ...next } })
    return true
  } catch {
    const found = await findOne<TimerState>(states.where({ _id: stateId(name) }).limit(1))
    return found?.dueAt ?? now + everyMs
  }
}

/** Runs every due task in turn; a task that throws is logged and the others still run. */
export async function runDueTasks(
  ctx: TaskContext,
  tasks: Record<string, ScheduledTask> = allTasks,
): Promise<Record<string, TaskOutcome>> {
  const results: Record<string, TaskOutcome> = {}
  for (const [name, task] of Object.entries(tasks)) {
    const claimed = await claim(ctx, name, task.everyMs)
    if (claimed !== true) {
      results[name] = { skipped: 'not-due', dueAt: isoBeijing(claimed) }
      continue
    }
    try {
      results[name] = await task.run(ctx)
    } catch (err) {
      console.error(`[scheduler] ${name} failed:`, err)
      results[name] = { failed: true }
    }
  }
  return results
}
