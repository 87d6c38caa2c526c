import type { LocalRuntime } from './cloud'

/** How often each scheduler trigger fires locally (the cloud's timers are in scheduler/config.json). */
const EVERY_MS: Record<string, number> = {
  'match-pass': 10 * 60_000,
  'event-reminders': 5 * 60_000,
}

/**
 * The cloud's timer triggers, locally: each scheduler task runs once at start (so a fresh demo store
 * has its recommendations) and then on its interval. Returns a function that stops them.
 */
export function startTimers(runtime: LocalRuntime): () => void {
  const fire = (name: string) =>
    runtime
      .call('scheduler', { TriggerName: name, Time: new Date().toISOString() }, null)
      .then((result) => console.log(`[scheduler] ${name}`, JSON.stringify(result)))
      .catch((err) => console.error(`[scheduler] ${name} failed:`, err))
  const handles = Object.entries(EVERY_MS).map(([name, ms]) => {
    void fire(name)
    return setInterval(() => void fire(name), ms)
  })
  return () => handles.forEach(clearInterval)
}
