/**
 * The local HTTP face treats every caller as a client: it offers `api` only. `POST /fn/scheduler`
 * (the forged "2099" timer call), with or without `x-openid`, changes nothing; the runtime's own
 * timer (local/timers.ts) still runs the matching pass and the reminders, each exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { seedIfEmpty } from '../../local/seed'
import { startServer, type LocalServer } from '../../local/server'
import { fireTimer, startTimers } from '../../local/timers'

let runtime: LocalRuntime
let server: LocalServer
let staticDir: string

beforeEach(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'liuzhou-h5-'))
  runtime = await createRuntime()
  await seedIfEmpty(runtime)
  server = await startServer({ port: 0, host: '127.0.0.1', runtime, staticDir })
})
afterEach(async () => {
  await server.close()
  runtime.close()
  rmSync(staticDir, { recursive: true, force: true })
})

const snapshot = () =>
  JSON.stringify(
    runtime.store
      .collectionNames()
      .sort()
      .map((name) => [name, runtime.store.all(name)]),
  )

async function post(fn: string, body: unknown, openid?: string) {
  const res = await fetch(`${server.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify(body),
  })
  return res.json()
}

const count = (collection: string, where: object = {}) =>
  runtime.store.all(collection).filter((d) => Object.entries(where).every(([k, v]) => d[k] === v))
    .length

test('POST /fn/scheduler, with or without x-openid, is not offered and changes nothing', async () => {
  await fireTimer(runtime)
  expect(count(COLLECTIONS.recommendations, { outcome: 'pending' })).toBeGreaterThan(0)
  const before = snapshot()
  for (const openid of [undefined, 'demo-staff', 'demo-trainee']) {
    for (const body of [
      { TriggerName: 'match-pass', Time: '2099-01-01T00:00:00Z' },
      { TriggerName: 'event-reminders', Time: '2020-01-01T00:00:00Z' },
      {},
    ]) {
      expect(await post('scheduler', body, openid)).toEqual({
        ok: false,
        code: 'NOT_FOUND',
        message: '没有这个云函数',
      })
    }
  }
  expect(snapshot()).toBe(before)
})

test('staff keep 立即匹配推送 through the api function', async () => {
  const answer = await post('api', { route: 'staff/match/run', input: {} }, 'demo-staff')
  expect(answer).toMatchObject({ ok: true, data: { complete: true } })
  expect(count(COLLECTIONS.recommendations)).toBeGreaterThan(0)
  expect(await post('api', { route: 'staff/match/run', input: {} }, 'demo-trainee')).toMatchObject({
    ok: false,
    code: 'FORBIDDEN',
  })
})

test("the runtime's own timer runs the pass and the reminders exactly once", async () => {
  // A fair starting in 40 minutes that three demo workers signed up for.
  const start = Date.now() + 40 * 60_000
  const eventId = 'timer-test-event'
  runtime.store.insertMany(COLLECTIONS.events, [
    {
      ...runtime.store.all(COLLECTIONS.events).find((e) => e.status === 'published'),
      _id: eventId,
      id: eventId,
      mode: 'online',
      startAt: isoBeijing(start),
      endAt: isoBeijing(start + 2 * 3600_000),
    },
  ])
  const workers = ['demo-worker', 'demo-trainee', 'demo-employer']
  runtime.store.insertMany(
    COLLECTIONS.eventSignups,
    workers.map((openid) => ({
      _id: `${eventId}:${openid}`,
      id: `${eventId}:${openid}`,
      eventId,
      openid,
      status: 'signed_up',
      signedUpAt: isoBeijing(),
    })),
  )
  const hourReminders = () =>
    runtime.store
      .all(COLLECTIONS.inbox)
      .filter(
        (m) =>
          m.kind === 'event' &&
          m.title === '招聘活动1小时内开始' &&
          String(m.link).endsWith(`id=${eventId}`),
      )

  // startTimers fires at once; two more firings overlap with it.
  const stop = startTimers(runtime)
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined)
  try {
    const runs = (await Promise.all([fireTimer(runtime), fireTimer(runtime)])) as Record<
      string,
      Record<string, unknown>
    >[]
    await waitFor(() => log.mock.calls.some((c) => c[0] === '[scheduler]'))
    const all = [...runs, JSON.parse(log.mock.calls.find((c) => c[0] === '[scheduler]')![1])]
    for (const task of ['match-pass', 'event-reminders'])
      expect(
        all.filter((r) => !('skipped' in r[task]) || r[task].skipped !== 'not-due'),
      ).toHaveLength(1)
  } finally {
    stop()
    log.mockRestore()
  }
  const recs = count(COLLECTIONS.recommendations)
  expect(recs).toBeGreaterThan(0)
  // One hour-before reminder for each of the three, none twice.
  expect(
    hourReminders()
      .map((m) => m.openid)
      .sort(),
  ).toEqual([...workers].sort())
  // Fired again straight away: nothing is due, nothing more is written.
  const again = (await fireTimer(runtime)) as Record<string, { skipped?: string }>
  expect(again['match-pass'].skipped).toBe('not-due')
  expect(again['event-reminders'].skipped).toBe('not-due')
  expect(count(COLLECTIONS.recommendations)).toBe(recs)
  expect(hourReminders()).toHaveLength(3)
})

async function waitFor(predicate: () => boolean, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 20))
  }
}
