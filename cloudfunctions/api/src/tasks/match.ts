import { runMatchPass } from '../match/pass'
import type { Task } from './task'

/** A function may run 60 s: stop after 45 s and leave the rest to the next timer (the cursor resumes). */
const TIMER_BUDGET_MS = 45_000

/**
 * The timer's matching pass: resumes a pass in progress, or starts the next one when the last
 * finished over an hour ago. Priority trainees first; new recommendations are pushed as it goes.
 */
export const matchPass: Task = async (ctx) => {
  const report = await runMatchPass(ctx, { budgetMs: TIMER_BUDGET_MS, rest: true })
  return { ...report }
}
