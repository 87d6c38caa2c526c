/**
 * The scheduler is the platform timer's alone: a call with a caller identity (every client call
 * has one) is refused and changes nothing, and "now" is the function's clock, never the event's
 * (a forged `Time` of 2099 once expired every recommendation and used up the reminders).
 */
import { COLLECTIONS } from '../../src/domain/collections'
import { realClock, setClock } from '../helpers/clock'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { HOUR, docsWhere, eventDraft, workers } from './events-fixtures'
import { ok } from './training-fixtures'

let t: TestRuntime
afterEach(() => {
  realClock()
  t.close()
})

const FORGED = { TriggerName: 'match-pass', Time: '2099-01-01T00:00:00Z' }

/** Every document of every collection, to prove a call changed nothing. */
const snapshot = () =>
  JSON.stringify(
    t.runtime.store
      .collectionNames()
      .sort()
      .map((name) => [name, t.runtime.store.all(name)]),
  )

const timer = (event: object = { Type: 'Timer' }) =>
  t.runtime.call('scheduler', event, null) as Promise<Record<string, Record<string, unknown>>>

type Rec = { _id: string; outcome: string }

test('a call with a caller identity is refused and the recommendations are untouched', async () => {
  t = await testRuntime()
  expect((await timer())['match-pass']).toMatchObject({ complete: true })
  const recs = await docsWhere<Rec>(t, COLLECTIONS.recommendations, {})
  expect(recs.length).toBeGreaterThan(0)
  const before = snapshot()

  for (const caller of ['demo-trainee', 'demo-staff', 'someone-else']) {
    for (const event of [
      FORGED,
      { TriggerName: 'event-reminders', Time: '2020-01-01T00:00:00Z' },
    ]) {
      expect(await t.runtime.call('scheduler', event, caller)).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: '定时任务只由云平台的定时触发器启动',
      })
    }
  }
  expect(snapshot()).toBe(before)
  const after = await docsWhere<Rec>(t, COLLECTIONS.recommendations, { outcome: 'expired' })
  expect(after).toHaveLength(recs.filter((r) => r.outcome === 'expired').length)
})

test("a timer call's own Time is ignored: nothing expires, the pass does not rest until 2099", async () => {
  t = await testRuntime()
  await timer()
  const live = (await docsWhere<Rec>(t, COLLECTIONS.recommendations, {})).filter(
    (r) => r.outcome === 'pending',
  )
  expect(live.length).toBeGreaterThan(0)

  // Ten minutes on, the pass is due again; the event claims it is 2099.
  setClock(Date.now() + 10 * 60_000)
  expect((await timer(FORGED))['match-pass']).toMatchObject({ skipped: 'resting' })
  const stillLive = await docsWhere<Rec>(t, COLLECTIONS.recommendations, { outcome: 'pending' })
  expect(stillLive.map((r) => r._id).sort()).toEqual(live.map((r) => r._id).sort())

  // An hour and more later the real clock says the rest is over, and the pass runs again.
  setClock(Date.now() + 61 * 60_000)
  expect((await timer(FORGED))['match-pass']).toMatchObject({ complete: true })
})

test('reminders go by the real clock, once each, however often or early the timer is fired', async () => {
  t = await testRuntime()
  const saved = ok(await t.api('demo-staff', 'staff/event/save', eventDraft(10 * 24)))
  ok(await t.api('demo-staff', 'staff/event/publish', { id: saved.id }))
  const signedUp = await workers(t, 3)
  for (const w of signedUp) ok(await t.api(w, 'events/signup', { eventId: saved.id }))
  const start = Date.now() + 10 * 24 * HOUR
  // The demo data has events of its own in the same days: count this event's reminders only.
  const reminders = () =>
    docsWhere<{ _id: string; openid: string; title: string }>(t, COLLECTIONS.inbox, {
      kind: 'event',
      link: `/packages/events/detail/index?id=${encodeURIComponent(saved.id)}`,
    })

  // Ten days ahead, an event claiming to be 30 minutes before the start sends nothing.
  await timer({ TriggerName: 'event-reminders', Time: new Date(start - 30 * 60_000).toISOString() })
  expect(await reminders()).toHaveLength(0)

  // Thirty minutes before the start, three overlapping timer calls: one reminder per worker.
  setClock(start - 30 * 60_000)
  const runs = await Promise.all([timer(), timer(), timer()])
  const ran = runs.map((r) => r['event-reminders']).filter((r) => !('skipped' in r))
  expect(ran).toHaveLength(1)
  expect(await reminders()).toHaveLength(3)
  setClock(start - 20 * 60_000)
  await timer()
  expect(await reminders()).toHaveLength(3)
  // One hour-before reminder for each worker who signed up, and nothing else.
  const got = (await reminders()).map((m) => `${m.openid} ${m.title}`).sort()
  expect(got).toEqual(signedUp.map((w) => `${w} 招聘活动1小时内开始`).sort())
})
