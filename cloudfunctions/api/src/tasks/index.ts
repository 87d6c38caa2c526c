import { eventReminders } from './event-reminders'
import { matchPass } from './match'
import { reconcile } from './reconcile'
import type { Task } from './task'

const MINUTE_MS = 60_000

/** A scheduled task and how often it is due. */
export interface ScheduledTask {
  everyMs: number
  run: Task
}

/**
 * The scheduler's tasks by name, each with its own cadence. The `scheduler` function has one timer
 * trigger (WeChat allows one per function) that fires at least as often as the shortest cadence
 * and runs whichever tasks are due.
 */
export const tasks: Record<string, ScheduledTask> = {
  'event-reminders': { everyMs: 5 * MINUTE_MS, run: eventReminders },
  'match-pass': { everyMs: 10 * MINUTE_MS, run: matchPass },
  // A seat a crash leaked is back within minutes, not hours.
  reconcile: { everyMs: 10 * MINUTE_MS, run: reconcile },
}
