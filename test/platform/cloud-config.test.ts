/**
 * Every cloud function's config.json against WeChat's documented rules, read with the function's
 * real bundle (what `npm run build:cloud` deploys): one timer trigger at most, timeout ≤ 60 s,
 * an openapi permission for exactly the `cloud.openapi.*` calls the code makes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { tasks } from '../../cloudfunctions/api/src/tasks'
import { schedulerTrigger } from '../../local/timers'
import {
  FUNCTIONS_DIR,
  bundleOptions,
  functionNames,
  type FunctionConfig,
} from '../../scripts/lib/cloud-functions'
import { configProblems, cronProblems, openapiCalls } from '../../scripts/lib/cloud-rules'

jest.setTimeout(60_000)

async function bundleOf(name: string): Promise<string> {
  const result = await build({ ...bundleOptions(name), write: false, logLevel: 'silent' })
  return result.outputFiles[0].text
}

const configOf = (name: string): FunctionConfig =>
  JSON.parse(readFileSync(join(FUNCTIONS_DIR, name, 'config.json'), 'utf8'))

test('the project has its two functions', () => {
  expect(functionNames()).toEqual(['api', 'scheduler'])
})

test.each(functionNames())(
  'cloudfunctions/%s/config.json keeps the platform rules',
  async (name) => {
    const bundle = await bundleOf(name)
    expect(configProblems(name, configOf(name), bundle)).toEqual([])
    // The code does call the platform: the check looks at something real.
    expect(openapiCalls(bundle)).toContain('subscribeMessage.send')
  },
)

test("the scheduler's one timer fires at least as often as its most frequent task", () => {
  const { triggers = [] } = configOf('scheduler')
  expect(triggers).toHaveLength(1)
  const shortest = Math.min(...Object.values(tasks).map((t) => t.everyMs))
  expect(schedulerTrigger().everyMs).toBeLessThanOrEqual(shortest)
})

test('what the platform would refuse is found', () => {
  const twoTimers: FunctionConfig = {
    timeout: 90,
    memorySize: 500,
    permissions: { openapi: ['subscribeMessage.send', 'wxacode.get'] },
    triggers: [
      { name: 'match-pass', type: 'timer', config: '0 */10 * * * * *' },
      { name: 'event-reminders', type: 'timer', config: '0 */75 * * *' },
    ],
  }
  const code = 'await cloud.openapi.subscribeMessage.send(x); cloud.openapi.security.msgSecCheck(y)'
  expect(configProblems('scheduler', twoTimers, code)).toEqual([
    'cloudfunctions/scheduler/config.json: timeout 90 must be a whole number of seconds from 1 to 60',
    'cloudfunctions/scheduler/config.json: memorySize 500 must be one of 128, 256, 512, 1024, 2048',
    'cloudfunctions/scheduler/config.json: 2 triggers; WeChat allows one per function',
    'cloudfunctions/scheduler/config.json: trigger "event-reminders": cron "0 */75 * * *" has 5 fields, not 7',
    'cloudfunctions/scheduler/config.json: openapi security.msgSecCheck is called but not permitted',
    'cloudfunctions/scheduler/config.json: openapi wxacode.get is permitted but unused',
  ])
  expect(cronProblems('0 */5 25 * * * *')).toEqual([
    'cron "0 */5 25 * * * *": field 3 "25" is out of range',
  ])
})
