import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { reconcileAtStart } from '../../local/reconcile'
import { counterDrift } from '../helpers/invariants'
import { reconcile } from '../helpers/reconcile'
import { testRuntime, type TestRuntime } from '../helpers/runtime'

/** The reconciler: counters recomputed from their records; drift fixed, logged, and only when quiet. */
let t: TestRuntime
beforeAll(async () => {
  t = await testRuntime()
})
afterAll(() => t.close())

const events = () => t.runtime.store.all(COLLECTIONS.events)
const signedUp = (eventId: unknown) =>
  t.runtime.store
    .all(COLLECTIONS.eventSignups)
    .filter((s) => s.eventId === eventId && s.status === 'signed_up').length
const setFields = (collection: string, id: string, fields: Record<string, unknown>) => {
  const doc = t.runtime.store.get(collection, id)!
  t.runtime.store.apply([{ collection, id, doc: { ...doc, ...fields } }])
}

it('finds the demo data consistent: nothing to fix', async () => {
  const report = await reconcileAtStart(t.runtime)
  expect(report.fixed).toEqual([])
  expect(report.checked).toBeGreaterThan(0)
})

it('puts a drifted event count back to its records and says so', async () => {
  const event = events().find((e) => signedUp(e._id) > 0)!
  const real = signedUp(event._id)
  setFields(COLLECTIONS.events, String(event._id), { signupCount: real + 3 })
  const report = await reconcile(t.runtime, { idle: true })
  expect(report.fixed).toEqual([
    { counter: 'events.counts', id: event._id, field: 'signupCount', was: real + 3, now: real },
  ])
  expect(t.runtime.store.get(COLLECTIONS.events, event._id)?.signupCount).toBe(real)
})

it('on the timer, leaves an event with work in flight for the next run', async () => {
  const event = events().find((e) => signedUp(e._id) > 0)!
  const real = signedUp(event._id)
  setFields(COLLECTIONS.events, String(event._id), {
    signupCount: real + 1,
    countersAt: isoBeijing(new Date()),
  })
  const busy = await reconcile(t.runtime)
  expect(busy.fixed).toEqual([])
  expect(busy.busy).toBeGreaterThanOrEqual(1)
  // Once the window has passed (here: a window of 0), the fix goes through.
  const later = await reconcile(t.runtime, { quietMs: 0 })
  expect(later.fixed).toContainEqual(expect.objectContaining({ id: event._id, now: real }))
})

describe('course seats and waitlist', () => {
  const courses = () => t.runtime.store.all(COLLECTIONS.courses)
  const enrolments = (courseId: unknown) =>
    t.runtime.store.all(COLLECTIONS.enrollments).filter((e) => e.courseId === courseId)

  it('gives back a leaked seat, drops a phantom waitlist place and settles a crashed sign-up', async () => {
    const course = courses().find(
      (c) => c.status === 'open' && Number(c.seatsLeft) > 2 && c.waitlistLength === 0,
    )!
    const id = String(course._id)
    const hourAgo = isoBeijing(Date.now() - 3_600_000)
    setFields(COLLECTIONS.courses, id, {
      seatsLeft: Number(course.seatsLeft) - 1,
      waitlistLength: 1,
    })
    t.runtime.store.insertMany(COLLECTIONS.enrollments, [
      {
        _id: `${id}:crashed`,
        courseId: id,
        openid: 'crashed',
        status: 'placing',
        updatedAt: hourAgo,
      },
    ])
    const report = await reconcileAtStart(t.runtime)
    expect(report.settled).toBe(1)
    expect(report.fixed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id, field: 'seatsLeft', now: course.seatsLeft }),
        expect.objectContaining({ id, field: 'waitlistLength', was: 1, now: 0 }),
      ]),
    )
    expect(t.runtime.store.get(COLLECTIONS.enrollments, `${id}:crashed`)).toBeUndefined()
    expect(counterDrift(t.runtime)).toEqual([])
  })

  it('a seat a crashed cancellation freed goes to the first on the waitlist', async () => {
    const full = courses().find((c) => c.status === 'open' && Number(c.waitlistLength) > 0)!
    const mine = enrolments(full._id)
    const seated = mine.find((e) => e.status === 'confirmed')!
    const first = mine
      .filter((e) => e.status === 'waitlisted')
      .sort((a, b) => Number(a.waitlistPosition) - Number(b.waitlistPosition))[0]
    // The cancellation wrote its record and died before giving the seat back.
    setFields(COLLECTIONS.enrollments, String(seated._id), { status: 'cancelled' })
    await reconcileAtStart(t.runtime)
    expect(t.runtime.store.get(COLLECTIONS.enrollments, first._id)?.status).toBe('confirmed')
    expect(t.runtime.store.get(COLLECTIONS.courses, full._id)?.seatsLeft).toBe(0)
    expect(counterDrift(t.runtime)).toEqual([])
  })
})
