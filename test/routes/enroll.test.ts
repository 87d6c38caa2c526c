import { enrollmentId } from '../../cloudfunctions/api/src/routes/training/store'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingDayAt, isoBeijing } from '../../src/domain/time'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import {
  createCourse,
  ok,
  PROVIDER_A,
  readDoc,
  seedTraining,
  updateDoc,
  workersWithProfiles,
} from './training-fixtures'

let t: TestRuntime

beforeEach(async () => {
  t = await testRuntime({ seed: false })
  seedTraining(t)
})
afterEach(() => t.close())

const seatsLeft = async (courseId: string) =>
  ok(await t.api(null, 'catalog/course', { id: courseId })).seatsLeft

describe('enroll/create', () => {
  it('confirms a seat and counts it', async () => {
    const [w] = await workersWithProfiles(t, 1)
    const courseId = await createCourse(t, { capacity: 2 })
    const res = ok(await t.api(w, 'enroll/create', { courseId }))
    expect(res).toEqual({ id: enrollmentId(courseId, w), courseId, status: 'confirmed' })
    expect(await seatsLeft(courseId)).toBe(1)
  })

  it('is idempotent: a second tap, or two at once, make one enrolment and take one seat', async () => {
    const [w] = await workersWithProfiles(t, 1)
    const courseId = await createCourse(t, { capacity: 5 })
    const first = ok(await t.api(w, 'enroll/create', { courseId }))
    const again = ok(await t.api(w, 'enroll/create', { courseId }))
    expect(again).toEqual(first)
    expect(await seatsLeft(courseId)).toBe(4)

    const other = await createCourse(t, { capacity: 5 })
    const burst = (
      await Promise.all(
        Array.from({ length: 5 }, () => t.api(w, 'enroll/create', { courseId: other })),
      )
    ).map(ok)
    expect(new Set(burst.map((r) => r.id)).size).toBe(1)
    expect(burst.every((r) => r.status === 'confirmed')).toBe(true)
    expect(await seatsLeft(other)).toBe(4)
    const mine = ok(await t.api(w, 'enroll/mine'))
    expect(mine.items).toHaveLength(2)
  })

  it('waitlists in order when full, and refuses COURSE_FULL only when the waitlist is full too', async () => {
    const ws = await workersWithProfiles(t, 4)
    const courseId = await createCourse(t, { capacity: 1, waitlistCapacity: 2 })
    const results = []
    for (const w of ws.slice(0, 3)) results.push(ok(await t.api(w, 'enroll/create', { courseId })))
    expect(results.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ['confirmed', undefined],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ])
    const full = await t.api(ws[3], 'enroll/create', { courseId })
    expect(full).toMatchObject({ ok: false, code: 'COURSE_FULL' })
    expect(!full.ok && full.message).toMatch(/已满/)
    expect(ok(await t.api(null, 'catalog/course', { id: courseId })).waitlistLength).toBe(2)
  })

  it('stops handing out waitlist tickets after 5,000, however often people re-queue', async () => {
    const ws = await workersWithProfiles(t, 2)
    const courseId = await createCourse(t, { capacity: 1, waitlistCapacity: 10 })
    ok(await t.api(ws[0], 'enroll/create', { courseId }))
    const log = Array.from({ length: 5000 }, (_, i) => `old-${i}`)
    await updateDoc(t, COLLECTIONS.courses, courseId, { waitlistLog: log })
    expect(await t.api(ws[1], 'enroll/create', { courseId })).toMatchObject({ code: 'COURSE_FULL' })
    await updateDoc(t, COLLECTIONS.courses, courseId, { waitlistLog: log.slice(1) })
    expect(ok(await t.api(ws[1], 'enroll/create', { courseId }))).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 5000,
    })
  })

  it('refuses a closed, past-deadline or started course with the reason', async () => {
    const [w] = await workersWithProfiles(t, 1)
    const closed = await createCourse(t, { status: 'closed' })
    expect(await t.api(w, 'enroll/create', { courseId: closed })).toMatchObject({
      ok: false,
      code: 'COURSE_CLOSED',
      message: expect.stringContaining('停止报名'),
    })
    const cancelled = await createCourse(t, { status: 'cancelled' })
    expect(await t.api(w, 'enroll/create', { courseId: cancelled })).toMatchObject({
      code: 'COURSE_CLOSED',
      message: expect.stringContaining('已取消'),
    })

    const late = await createCourse(t)
    await updateDoc(t, COLLECTIONS.courses, late, {
      deadline: beijingDayAt(new Date(), -1, '18:00'),
    })
    expect(await t.api(w, 'enroll/create', { courseId: late })).toMatchObject({
      code: 'COURSE_CLOSED',
      message: expect.stringContaining('截止'),
    })

    const started = await createCourse(t)
    await updateDoc(t, COLLECTIONS.courses, started, { startAt: isoBeijing(Date.now() - 3600_000) })
    expect(await t.api(w, 'enroll/create', { courseId: started })).toMatchObject({
      code: 'COURSE_CLOSED',
      message: expect.stringContaining('已经开课'),
    })
  })

  it('answers NOT_FOUND for an unknown course and INVALID_INPUT for a malformed id', async () => {
    const [w] = await workersWithProfiles(t, 1)
    const missing = await t.api(w, 'enroll/create', { courseId: 'no-such-course' })
    expect(missing).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: expect.stringContaining('没有找到这门课程'),
    })
    expect(
      await t.raw(w, { route: 'enroll/create', input: { courseId: { $gt: '' } } }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
    expect(await t.api(null, 'enroll/create', { courseId: 'x' })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
  })
})

describe('enroll/cancel', () => {
  it('gives a freed seat to the first on the waitlist, once, and cancelling twice is harmless', async () => {
    const ws = await workersWithProfiles(t, 4)
    const courseId = await createCourse(t, { capacity: 1, waitlistCapacity: 5 })
    for (const w of ws) ok(await t.api(w, 'enroll/create', { courseId }))

    const cancelled = ok(
      await t.api(ws[0], 'enroll/cancel', { enrollmentId: enrollmentId(courseId, ws[0]) }),
    )
    expect(cancelled.status).toBe('cancelled')
    const again = ok(
      await t.api(ws[0], 'enroll/cancel', { enrollmentId: enrollmentId(courseId, ws[0]) }),
    )
    expect(again.status).toBe('cancelled')

    const list = ok(await t.api(PROVIDER_A, 'provider/enrollments', { courseId }))
    const byStatus = (s: string) =>
      list.items.filter((i) => i.status === s).map((i) => i.enrollmentId)
    expect(byStatus('confirmed')).toEqual([enrollmentId(courseId, ws[1])])
    expect(byStatus('waitlisted')).toEqual([
      enrollmentId(courseId, ws[2]),
      enrollmentId(courseId, ws[3]),
    ])
    expect(await seatsLeft(courseId)).toBe(0)
    expect(list.course.waitlistLength).toBe(2)

    const w3 = ok(await t.api(ws[3], 'enroll/mine')).items[0]
    expect(w3).toMatchObject({ status: 'waitlisted', waitlistPosition: 3, waitlistAhead: 1 })
  })

  it('returns the seat when nobody waits, and lets the worker sign up again', async () => {
    const [w] = await workersWithProfiles(t, 1)
    const courseId = await createCourse(t, { capacity: 3 })
    const { id } = ok(await t.api(w, 'enroll/create', { courseId }))
    ok(await t.api(w, 'enroll/cancel', { enrollmentId: id }))
    expect(await seatsLeft(courseId)).toBe(3)
    expect(ok(await t.api(w, 'enroll/create', { courseId }))).toEqual({
      id,
      courseId,
      status: 'confirmed',
    })
    expect(await seatsLeft(courseId)).toBe(2)
  })

  it("refuses someone else's enrolment as NOT_FOUND and changes nothing", async () => {
    const [a, b] = await workersWithProfiles(t, 2)
    const courseId = await createCourse(t)
    const { id } = ok(await t.api(a, 'enroll/create', { courseId }))
    expect(await t.api(b, 'enroll/cancel', { enrollmentId: id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await readDoc(t, COLLECTIONS.enrollments, id)).toMatchObject({ status: 'confirmed' })
  })
})

describe('enroll/mine', () => {
  it('lists enrolments with the course and prompts retraining two years after the last completion', async () => {
    const [w] = await workersWithProfiles(t, 1)
    const old = await createCourse(t, { title: '螺蛳粉烹制老课程' })
    const fresh = await createCourse(t, { title: '螺蛳粉烹制新课程' })
    const { id } = ok(await t.api(w, 'enroll/create', { courseId: old }))
    const threeYearsAgo = isoBeijing(Date.now() - 3 * 365 * 86400_000)
    await updateDoc(t, COLLECTIONS.enrollments, id, {
      status: 'completed',
      completedAt: threeYearsAgo,
    })

    const mine = ok(await t.api(w, 'enroll/mine'))
    expect(mine.items[0]).toMatchObject({
      id,
      status: 'completed',
      course: { title: '螺蛳粉烹制老课程', brand: 'mifen' },
    })
    expect(mine.retrain.due).toBe(true)
    expect(mine.retrain.lastCompletedAt).toBe(threeYearsAgo)
    expect(mine.retrain.suggestions.map((s) => s.id)).toEqual(expect.arrayContaining([fresh]))

    await updateDoc(t, COLLECTIONS.enrollments, id, {
      completedAt: isoBeijing(Date.now() - 365 * 86400_000),
    })
    expect(ok(await t.api(w, 'enroll/mine')).retrain).toMatchObject({ due: false, suggestions: [] })
  })
})
