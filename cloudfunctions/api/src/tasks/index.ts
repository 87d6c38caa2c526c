import { eventReminders } from './event-reminders'
import { matchPass } from './match'
import { reconcile } from './reconcile'
import type { Task } from './task'

/** Scheduled tasks by trigger name; the `scheduler` function runs them (config.json has the timers). */
export const tasks: Record<string, Task> = {
  'event-reminders': eventReminders,
  'match-pass': matchPass,
  reconcile,
}
