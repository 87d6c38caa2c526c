import type { ApiResult } from '../../types/api'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { httpApi, tally, type HttpApi } from '../helpers/http'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { EMPLOYER, HOUR, STAFF, publishedEvent, seedEventsBase } from './events-fixtures'
import { ok, profileInput, updateDoc } from './training-fixtures'

/**
 * A crowd at one event, through the HTTP runtime (POST /fn/api) and the real SDK: every answer is
 * an answer (no INTERNAL, no CONFLICT), and the event's counts equal its sign-up records exactly.
 */
let t: TestRuntime
let http: HttpApi
let crowd: string[]

beforeAll(async () => {
  t = await testRuntime({ seed: false })
  seedEventsBase(t)
  http = await httpApi(t.runtime)
  crowd = Array.from({ length: 200 }, (_, i) => `crowd-${i}`)
  await Promise.all(crowd.map(async (w, i) => ok(await t.api(w, 'profile/save', profileInput(i)))))
}, 60_000)
afterAll(async () => {
  await http.close()
  t.close()
})

const signupsOf = (eventId: string) =>
  t.runtime.store.all(COLLECTIONS.eventSignups).filter((s) => s.eventId === eventId)
const eventDoc = (id: string): Record<string, unknown> =>
  t.runtime.store.get(COLLECTIONS.events, id) ?? {}
const all = (calls: Array<Promise<ApiResult<unknown>>>) => Promise.all(calls)

describe('200 workers sign up for one event at once', () => {
  let eventId: string
  beforeAll(async () => {
    eventId = await publishedEvent(t)
  })

  it('answers all 200, counts exactly 200 and no INTERNAL', async () => {
    const answers = await all(crowd.map((w) => http.post(w, 'events/signup', { eventId })))
    expect(tally(answers)).toEqual({ ok: 200 })
    expect(signupsOf(eventId).filter((s) => s.status === 'signed_up')).toHaveLength(200)
    expect(eventDoc(eventId).signupCount).toBe(200)
    expect(ok(await http.post(crowd[0], 'events/get', { id: eventId })).signupCount).toBe(200)
  }, 60_000)

  it('all 200 tap again while 20 cancel, at once: 180 counted, one record each', async () => {
    const leaving = crowd.slice(0, 20)
    const answers = await all([
      ...crowd.map((w) => http.post(w, 'events/signup', { eventId })),
      ...leaving.map((w) => http.post(w, 'events/cancel', { eventId })),
    ])
    expect(tally(answers)).toEqual({ ok: 220 })
    const records = signupsOf(eventId)
    expect(records).toHaveLength(200)
    // A repeat tap may land before or after the cancel; the count follows the records either way.
    const signedUp = records.filter((s) => s.status === 'signed_up').length
    expect(signedUp).toBeGreaterThanOrEqual(180)
    expect(eventDoc(eventId).signupCount).toBe(signedUp)
  }, 60_000)

  it('staff approve a booth while 100 more sign up: both done, nothing lost', async () => {
    const second = await publishedEvent(t)
    const booth = ok(
      await http.post(EMPLOYER, 'employer/booth', { eventId: second, openingIds: ['op-a1'] }),
    )
    const answers = await all([
      ...crowd.slice(0, 100).map((w) => http.post(w, 'events/signup', { eventId: second })),
      http.post(STAFF, 'staff/booth/approve', { boothId: booth.id, approve: true }),
    ])
    expect(tally(answers)).toEqual({ ok: 101 })
    expect(eventDoc(second)).toMatchObject({
      signupCount: 100,
      employerIds: ['emp-a'],
      openingIds: ['op-a1'],
    })
  }, 60_000)
})

describe('50 workers scan the venue code at once', () => {
  it('checks all 50 in, counts 50, and a second scan each changes nothing', async () => {
    const eventId = await publishedEvent(t)
    const fifty = crowd.slice(0, 50)
    for (const w of fifty) ok(await t.api(w, 'events/signup', { eventId }))
    await updateDoc(t, COLLECTIONS.events, eventId, {
      startAt: isoBeijing(Date.now() - HOUR),
      endAt: isoBeijing(Date.now() + 2 * HOUR),
    })
    const { code } = ok(await http.post(STAFF, 'events/checkinCode', { eventId }))

    const answers = await all(fifty.map((w) => http.post(w, 'events/checkin', { eventId, code })))
    expect(tally(answers)).toEqual({ ok: 50 })
    const checked = () => signupsOf(eventId).filter((s) => s.checkedInAt)
    expect(checked()).toHaveLength(50)
    expect(eventDoc(eventId).checkedInCount).toBe(50)

    const again = await all(
      fifty.flatMap((w) => [1, 2].map(() => http.post(w, 'events/checkin', { eventId, code }))),
    )
    expect(tally(again)).toEqual({ ok: 100 })
    expect(eventDoc(eventId).checkedInCount).toBe(50)
    expect(checked()).toHaveLength(50)
  }, 60_000)
})
