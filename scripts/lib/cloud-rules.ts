/**
 * WeChat's documented rules for a cloud function's config.json, checked against the function's
 * bundled code: at most one trigger (a timer with a 7-field cron), a timeout of 1–60 s, a memory
 * size CloudBase offers, and an `openapi` permission for exactly the `cloud.openapi.*` calls the
 * code makes (a missing one fails in the cloud; an unused one is a permission nobody needs).
 */
import type { FunctionConfig } from './cloud-functions'

const MEMORY_SIZES = [128, 256, 512, 1024, 2048]

// Seconds, minutes, hours, day of month, month, day of week, year.
const CRON_RANGES: [number, number][] = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
  [1970, 2099],
]

function cronFieldOk(field: string, [min, max]: [number, number]): boolean {
  const inRange = (v: string) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max
  return field.split(',').every((part) => {
    const [base, step] = part.split('/')
    if (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0)) return false
    if (base === '*') return true
    const [from, to] = base.split('-')
    return to === undefined ? inRange(from) : inRange(from) && inRange(to)
  })
}

/** Problems of a 7-field timer cron; empty when it is one the platform accepts. */
export function cronProblems(cron: string): string[] {
  const fields = cron.trim().split(/\s+/)
  if (fields.length !== 7) return [`cron "${cron}" has ${fields.length} fields, not 7`]
  return fields.flatMap((f, i) =>
    cronFieldOk(f, CRON_RANGES[i]) ? [] : [`cron "${cron}": field ${i + 1} "${f}" is out of range`],
  )
}

/** The OpenAPI methods code calls as `openapi.<namespace>.<method>`, e.g. `subscribeMessage.send`. */
export function openapiCalls(code: string): string[] {
  const calls = new Set<string>()
  for (const m of code.matchAll(/\bopenapi\s*\.\s*([A-Za-z]\w*)\s*\.\s*([A-Za-z]\w*)/g))
    calls.add(`${m[1]}.${m[2]}`)
  return [...calls].sort()
}

/** Everything in `config` that WeChat would refuse or that the code `bundle` contradicts. */
export function configProblems(name: string, config: FunctionConfig, bundle: string): string[] {
  const out: string[] = []
  const say = (text: string) => out.push(`cloudfunctions/${name}/config.json: ${text}`)
  const { timeout, memorySize, triggers = [], permissions } = config
  if (timeout === undefined || !Number.isInteger(timeout) || timeout < 1 || timeout > 60)
    say(`timeout ${timeout} must be a whole number of seconds from 1 to 60`)
  if (memorySize !== undefined && !MEMORY_SIZES.includes(memorySize))
    say(`memorySize ${memorySize} must be one of ${MEMORY_SIZES.join(', ')}`)
  if (triggers.length > 1) say(`${triggers.length} triggers; WeChat allows one per function`)
  for (const trigger of triggers) {
    if (trigger.type !== 'timer') say(`trigger "${trigger.name}" is "${trigger.type}", not timer`)
    cronProblems(trigger.config).forEach((p) => say(`trigger "${trigger.name}": ${p}`))
  }
  if (/\bopenapi\s*\[/.test(bundle)) say('code reaches openapi by a computed name; name it')
  const listed = new Set(permissions?.openapi ?? [])
  const used = openapiCalls(bundle)
  for (const call of used) if (!listed.has(call)) say(`openapi ${call} is called but not permitted`)
  for (const call of listed)
    if (!used.includes(call)) say(`openapi ${call} is permitted but unused`)
  return out
}
