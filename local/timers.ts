import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LocalRuntime } from './cloud'

interface TimerTrigger {
  name: string
  type: string
  config: string
}

/**
 * How often the scheduler's one timer trigger fires, from cloudfunctions/scheduler/config.json.
 * Only the form this project uses is read: every N minutes on the minute (seconds 0, minutes
 * "star slash N", every other field a star).
 */
export function schedulerTrigger(): TimerTrigger & { everyMs: number } {
  const file = join(__dirname, '..', 'cloudfunctions', 'scheduler', 'config.json')
  const { triggers } = JSON.parse(readFileSync(file, 'utf8')) as { triggers: TimerTrigger[] }
  const [trigger] = triggers
  const minutes = /^0 \*\/(\d+) \* \* \* \* \*$/.exec(trigger.config)?.[1]
  if (!minutes) throw new Error(`scheduler trigger "${trigger.config}": expected every N minutes`)
  return { ...trigger, everyMs: Number(minutes) * 60_000 }
}

/**
 * One firing of the scheduler's timer, as the platform sends it: no caller identity. The function
 * runs whichever tasks are due and ignores the event's `Time` (it keeps its own clock).
 */
export function fireTimer(runtime: LocalRuntime): Promise<unknown> {
  const { name } = schedulerTrigger()
  return runtime.call(
    'scheduler',
    { Type: 'Timer', TriggerName: name, Time: new Date().toISOString() },
    null,
  )
}

/**
 * The cloud's timer trigger, locally: fires once at start (so a fresh demo store has its
 * recommendations) and then on the trigger's cadence. Returns a function that stops it.
 */
export function startTimers(runtime: LocalRuntime): () => void {
  const fire = () =>
    fireTimer(runtime)
      .then((result) => console.log('[scheduler]', JSON.stringify(result)))
      .catch((err) => console.error('[scheduler] failed:', err))
  void fire()
  const handle = setInterval(() => void fire(), schedulerTrigger().everyMs)
  return () => clearInterval(handle)
}
