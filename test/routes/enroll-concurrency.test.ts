import { COLLECTIONS } from '../../src/domain/collections'
import type { ApiResult } from '../../types/api'
import type { EnrollResult } from '../../types/training'
import { startServer, type LocalServer } from '../../local/server'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import {
  createCourse,
  ok,
  PROVIDER_A,
  seedTraining,
  workersWithProfiles,
} from './training-fixtures'

/**
 * R3 "capacity is exact": 300 different workers tap 报名 at the same moment for a 30-seat course,
 * through the runtime's HTTP face (`POST /fn/api`, as the H5 app calls it) and the real SDK.
 */
let t: TestRuntime
let server: LocalServer

beforeAll(async () => {
  t = await testRuntime({ seed: false })
  seedTraining(t)
  server = await startServer({ port: 0, runtime: t.runtime, staticDir: '/nonexistent' })
})
afterAll(async () => {
  await server.close()
  t.close()
})

async function post<T>(openid: string, route: string, input: unknown): Promise<ApiResult<T>> {
  const res = await fetch(`${server.url}/fn/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify({ route, input }),
  })
  return (await res.json()) as ApiResult<T>
}

type SignUp = (openid: string, courseId: string) => Promise<ApiResult<EnrollResult>>

async function scenario(workers: string[], signUp: SignUp) {
  const courseId = await createCourse(t, { capacity: 30, waitlistCapacity: 300 })

  const results = (await Promise.all(workers.map((w) => signUp(w, courseId)))).map(ok)

  const confirmed = results.filter((r) => r.status === 'confirmed')
  const waitlisted = results.filter((r) => r.status === 'waitlisted')
  expect(confirmed).toHaveLength(30)
  expect(waitlisted).toHaveLength(270)
  const positions = waitlisted.map((r) => r.waitlistPosition).sort((a, b) => a! - b!)
  expect(positions).toEqual(Array.from({ length: 270 }, (_, i) => i + 1))
  expect(ok(await t.api(null, 'catalog/course', { id: courseId }))).toMatchObject({
    seatsLeft: 0,
    waitlistLength: 270,
  })

  // What the database holds agrees with what callers were told.
  const list = ok(await t.api(PROVIDER_A, 'provider/enrollments', { courseId }))
  expect(list.items.filter((i) => i.status === 'confirmed')).toHaveLength(30)
  expect(list.items.filter((i) => i.status === 'waitlisted')).toHaveLength(270)

  // The id names no one; the stored record says whose it is.
  const ownerOf = (r: EnrollResult) =>
    String(t.runtime.store.get(COLLECTIONS.enrollments, r.id)?.openid)
  const first = waitlisted.find((r) => r.waitlistPosition === 1)!
  const second = waitlisted.find((r) => r.waitlistPosition === 2)!
  ok(await t.api(ownerOf(confirmed[0]), 'enroll/cancel', { enrollmentId: confirmed[0].id }))

  const mineOf = async (r: EnrollResult) =>
    ok(await t.api(ownerOf(r), 'enroll/mine')).items.find((i) => i.id === r.id)
  expect(await mineOf(first)).toMatchObject({ status: 'confirmed' })
  expect(await mineOf(second)).toMatchObject({
    status: 'waitlisted',
    waitlistPosition: 2,
    waitlistAhead: 0,
  })
  expect(ok(await t.api(null, 'catalog/course', { id: courseId }))).toMatchObject({
    seatsLeft: 0,
    waitlistLength: 269,
  })
}

describe('300 workers sign up at once for a 30-seat course', () => {
  let workers: string[]
  beforeAll(async () => {
    workers = await workersWithProfiles(t, 300)
  }, 60_000)

  // In one process the calls interleave at every database request, as instances do in the cloud;
  // a read-then-write seat check oversells here.
  it('through the real SDK path: 30 confirmed, 270 waitlisted 1..270, a cancellation confirms #1', async () => {
    await scenario(workers, (w, courseId) => t.api(w, 'enroll/create', { courseId }))
  }, 120_000)

  it('through the HTTP runtime (POST /fn/api): the same', async () => {
    await scenario(workers, (w, courseId) => post<EnrollResult>(w, 'enroll/create', { courseId }))
  }, 120_000)
})
