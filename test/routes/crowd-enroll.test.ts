import type { ApiResult } from '../../types/api'
import type { EnrollResult } from '../../types/training'
import { COLLECTIONS } from '../../src/domain/collections'
import { httpApi, tally, type HttpApi } from '../helpers/http'
import { counterDrift } from '../helpers/invariants'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { createCourse, ok, seedTraining, workersWithProfiles } from './training-fixtures'

/**
 * A crowd at one course through the HTTP runtime: sign-ups, cancellations (of seats and of
 * waitlist places), newcomers and double taps all at once. Every call is answered (never
 * INTERNAL), the counters equal the enrolments, and freed seats go to the waitlist in order.
 */
let t: TestRuntime
let http: HttpApi
let workers: string[]

beforeAll(async () => {
  t = await testRuntime({ seed: false })
  seedTraining(t)
  http = await httpApi(t.runtime)
  workers = await workersWithProfiles(t, 90)
}, 60_000)
afterAll(async () => {
  await http.close()
  t.close()
})

const enrolmentsOf = (courseId: string) =>
  t.runtime.store.all(COLLECTIONS.enrollments).filter((e) => e.courseId === courseId)
/** Who holds an enrolment: the id names no one, the stored record does. */
const ownerOf = (r: EnrollResult) =>
  String(t.runtime.store.get(COLLECTIONS.enrollments, r.id)?.openid)

it('60 sign up at once for 20 seats and 30 waitlist places: 20 + 30, 10 COURSE_FULL', async () => {
  const courseId = await createCourse(t, { capacity: 20, waitlistCapacity: 30 })
  const answers = await Promise.all(
    workers.slice(0, 60).map((w) => http.post(w, 'enroll/create', { courseId })),
  )
  expect(tally(answers)).toEqual({ ok: 50, COURSE_FULL: 10 })
  const placed = answers.filter((a) => a.ok).map((a) => ok(a))
  expect(placed.filter((r) => r.status === 'confirmed')).toHaveLength(20)
  const positions = placed.map((r) => r.waitlistPosition).filter(Boolean)
  expect(positions.sort((a, b) => a! - b!)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
  // The refused leave no record behind.
  expect(enrolmentsOf(courseId)).toHaveLength(50)
  expect(counterDrift(t.runtime)).toEqual([])
}, 60_000)

it('cancellations, newcomers and double taps at once: all answered, seats go to the waitlist in order', async () => {
  const courseId = await createCourse(t, { capacity: 20, waitlistCapacity: 40 })
  const first = (
    await Promise.all(workers.slice(0, 50).map((w) => http.post(w, 'enroll/create', { courseId })))
  ).map((a) => ok(a))
  const seated = first.filter((r) => r.status === 'confirmed')
  const waiting = first.filter((r) => r.status === 'waitlisted')
  const leavingSeats = seated.slice(0, 10)
  const leavingQueue = waiting.filter((r) => r.waitlistPosition! % 3 === 0)
  const newcomers = workers.slice(50, 60)
  const doubleTapper = workers[60]

  const answers: Array<ApiResult<unknown>> = await Promise.all([
    ...[...leavingSeats, ...leavingQueue].map((r) =>
      http.post(ownerOf(r), 'enroll/cancel', { enrollmentId: r.id }),
    ),
    ...newcomers.map((w) => http.post(w, 'enroll/create', { courseId })),
    ...Array.from({ length: 5 }, () => http.post(doubleTapper, 'enroll/create', { courseId })),
  ])
  expect(tally(answers)).toEqual({ ok: leavingSeats.length + leavingQueue.length + 15 })
  const taps = answers.slice(-5).map((a) => ok(a as ApiResult<EnrollResult>))
  expect(new Set(taps.map((r) => r.id)).size).toBe(1)
  expect(counterDrift(t.runtime)).toEqual([])

  // Ten seats were freed: they went to the ten lowest waitlist positions still waiting.
  const records = enrolmentsOf(courseId)
  const stillWaiting = waiting.filter((r) => !leavingQueue.includes(r))
  const statusOf = (r: EnrollResult) => records.find((e) => e._id === r.id)?.status
  const promoted = stillWaiting.filter((r) => statusOf(r) === 'confirmed')
  expect(promoted).toHaveLength(10)
  const lastPromoted = Math.max(...promoted.map((r) => r.waitlistPosition!))
  const queue = stillWaiting.filter((r) => statusOf(r) === 'waitlisted')
  expect(Math.min(...queue.map((r) => r.waitlistPosition!))).toBeGreaterThan(lastPromoted)
  expect(records.filter((e) => e.status === 'confirmed')).toHaveLength(20)
  // One record for the double tapper, and all five taps told the same.
  expect(records.filter((e) => e.openid === doubleTapper)).toHaveLength(1)
}, 60_000)
