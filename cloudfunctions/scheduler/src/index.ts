import cloud from 'wx-server-sdk'
import { tasks } from '../../api/src/tasks'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

interface TimerEvent {
  /** The trigger's name in config.json; runs every task when absent or unknown. */
  TriggerName?: string
  /** When the timer fired (ISO); tasks take it as "now". */
  Time?: string
}

/** The `scheduler` cloud function: timer-triggered matching passes, push delivery, reminders. */
export async function main(event: TimerEvent = {}) {
  const now = event.Time ? new Date(event.Time) : new Date()
  const db = cloud.database()
  const ctx = { db, _: db.command, cloud, now: () => now }
  const names =
    event.TriggerName && tasks[event.TriggerName] ? [event.TriggerName] : Object.keys(tasks)
  const results: Record<string, unknown> = {}
  for (const name of names) results[name] = await tasks[name](ctx)
  return results
}
