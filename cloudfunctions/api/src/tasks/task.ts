import type { Cloud, Database } from '../context'

/** What a scheduled task gets: the database and the time it runs at (from the timer event). */
export interface TaskContext {
  db: Database
  _: Database['command']
  cloud: Cloud
  now: () => Date
}

/** A timer-triggered job. It must page through data and stop well inside the function time limit. */
export type Task = (ctx: TaskContext) => Promise<Record<string, unknown>>
