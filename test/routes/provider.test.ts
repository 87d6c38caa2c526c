import { enrollmentId } from '../../cloudfunctions/api/src/routes/training/store'
import type { ApiResult } from '../../types/api'
import type { Course } from '../../types/catalog'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingDate, beijingDayAt, isoBeijing } from '../../src/domain/time'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import {
  holdCourse,
  markPresent,
  courseInput,
  createCourse,
  idNumberFor,
  ok,
  PROVIDER_A,
  PROVIDER_B,
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

const brandProgress = async (id: string) =>
  ok(await t.api(null, 'catalog/brands')).find((b) => b.id === id)!.progress.training

/** A course that has run (the day before yesterday and yesterday), with `n` confirmed trainees. */
async function startedCourseWith(n: number) {
  const workers = await workersWithProfiles(t, n)
  const courseId = await createCourse(t, { capacity: 10 })
  for (const w of workers) ok(await t.api(w, 'enroll/create', { courseId }))
  const days = await holdCourse(t, courseId)
  return { courseId, workers, days, ids: workers.map((w) => enrollmentId(courseId, w)) }
}

describe('provider/course/save', () => {
  it('publishes a course under the caller’s own provider, whatever the input says', async () => {
    const input = { ...courseInput(), providerId: 'prov-b', providerName: '冒充的机构' }
    const course = ok(
      (await t.raw(PROVIDER_A, { route: 'provider/course/save', input })) as ApiResult<Course>,
    )
    expect(course).toMatchObject({
      providerId: 'prov-a',
      providerName: '柳州市第一职业技能培训学校',
      seatsLeft: 30,
      county: '融水苗族自治县',
      status: 'open',
    })
    expect(course.startAt).toBe(courseInput().sessions[0].startAt)
    expect(ok(await t.api(PROVIDER_A, 'provider/courses')).map((c) => c.id)).toEqual([course.id])
    expect(ok(await t.api(PROVIDER_B, 'provider/courses'))).toEqual([])
  })

  it('edits its own course and refuses another provider’s with FORBIDDEN', async () => {
    const id = await createCourse(t)
    const edited = ok(
      await t.api(
        PROVIDER_A,
        'provider/course/save',
        courseInput({ id, title: '螺蛳粉烹制提高班' }),
      ),
    )
    expect(edited.title).toBe('螺蛳粉烹制提高班')

    const hijack = await t.api(
      PROVIDER_B,
      'provider/course/save',
      courseInput({ id, title: '被改掉了' }),
    )
    expect(hijack).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: expect.stringContaining('其他机构'),
    })
    expect(ok(await t.api(null, 'catalog/course', { id })).title).toBe('螺蛳粉烹制提高班')
    expect(await t.api(PROVIDER_B, 'provider/enrollments', { courseId: id })).toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  it('keeps capacity at least the seats taken, and a bigger capacity confirms the waitlist', async () => {
    const workers = await workersWithProfiles(t, 4)
    const id = await createCourse(t, { capacity: 2, waitlistCapacity: 5 })
    for (const w of workers) ok(await t.api(w, 'enroll/create', { courseId: id }))

    const smaller = await t.api(
      PROVIDER_A,
      'provider/course/save',
      courseInput({ id, capacity: 1 }),
    )
    expect(smaller).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('不能少于2人'),
    })

    const bigger = ok(
      await t.api(PROVIDER_A, 'provider/course/save', courseInput({ id, capacity: 3 })),
    )
    expect(bigger).toMatchObject({ capacity: 3, seatsLeft: 0 })
    const list = ok(await t.api(PROVIDER_A, 'provider/enrollments', { courseId: id }))
    expect(list.items.map((i) => i.status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'waitlisted',
    ])
  })

  it('refuses bad times, a missing skill level and an occupation outside the brand', async () => {
    const first = courseInput().sessions[0]
    const cases: Array<[Parameters<typeof courseInput>[0], string]> = [
      [{ deadline: beijingDayAt(new Date(), 20, '09:00') }, '报名截止时间不能晚于第一次上课时间'],
      [{ sessions: [{ startAt: first.endAt, endAt: first.startAt }] }, '结束时间要晚于开始时间'],
      [{ sessions: [{ startAt: '下周一', endAt: first.endAt }] }, '时间格式不对'],
      [{ certificate: { type: 'skill_level', name: '某证书' } }, '请选择等级'],
      [{ capacity: 0 }, '名额至少1人'],
      [{ occupation: '砌筑工' }, '不是这个品牌的工种'],
      [
        {
          deadline: beijingDayAt(new Date(), -2, '09:00'),
          sessions: [
            {
              startAt: beijingDayAt(new Date(), -1, '09:00'),
              endAt: beijingDayAt(new Date(), -1, '17:00'),
            },
          ],
        },
        '报名截止时间要晚于现在',
      ],
    ]
    for (const [overrides, message] of cases) {
      const res = await t.api(PROVIDER_A, 'provider/course/save', courseInput(overrides))
      expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
      expect(!res.ok && res.message).toContain(message)
    }
    expect(ok(await t.api(PROVIDER_A, 'provider/courses'))).toEqual([])
  })

  it('is for providers only', async () => {
    expect(await t.api('some-worker', 'provider/course/save', courseInput())).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect(await t.api(null, 'provider/courses')).toMatchObject({ code: 'UNAUTHENTICATED' })
    t.runtime.store.insertMany(COLLECTIONS.users, [{ _id: 'orphan', roles: ['provider'] }])
    expect(await t.api('orphan', 'provider/courses')).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('还没有绑定培训机构'),
    })
  })
})

describe('provider/enrollments', () => {
  it('lists enrolees with ID and phone masked and never their group', async () => {
    const [w] = await workersWithProfiles(t, 1)
    const courseId = await createCourse(t)
    ok(await t.api(w, 'enroll/create', { courseId }))
    const { course, items } = ok(await t.api(PROVIDER_A, 'provider/enrollments', { courseId }))
    expect(course).toMatchObject({ id: courseId, capacity: 30, seatsLeft: 29 })
    expect(items).toEqual([
      {
        enrollmentId: enrollmentId(courseId, w),
        name: '测试0号',
        idNumberMasked: `4502**********${idNumberFor(0).slice(-4)}`,
        phoneMasked: '138****0000',
        status: 'confirmed',
        attendanceDays: 0,
      },
    ])
    expect(JSON.stringify(items)).not.toContain(idNumberFor(0))
    expect(JSON.stringify(items)).not.toContain('rural_labor')
    expect(await t.api(PROVIDER_A, 'provider/enrollments', { courseId: 'nope' })).toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})

describe('provider/attendance', () => {
  it('marks a day once per date and moves confirmed → in training', async () => {
    const { ids } = await startedCourseWith(1)
    const today = beijingDate()
    const first = ok(
      await t.api(PROVIDER_A, 'provider/attendance', {
        enrollmentId: ids[0],
        date: today,
        present: true,
      }),
    )
    expect(first).toEqual({ enrollmentId: ids[0], status: 'in_training', attendanceDays: 1 })
    const again = ok(
      await t.api(PROVIDER_A, 'provider/attendance', {
        enrollmentId: ids[0],
        date: today,
        present: true,
      }),
    )
    expect(again.attendanceDays).toBe(1)
    const absent = ok(
      await t.api(PROVIDER_A, 'provider/attendance', {
        enrollmentId: ids[0],
        date: today,
        present: false,
      }),
    )
    expect(absent).toEqual({ enrollmentId: ids[0], status: 'in_training', attendanceDays: 0 })
  })

  it('refuses future days, days before the start, other providers and bad dates', async () => {
    const { ids } = await startedCourseWith(1)
    const tomorrow = beijingDate(Date.now() + 86400_000)
    const before = beijingDate(Date.now() - 5 * 86400_000)
    const mark = (as: string, date: string) =>
      t.api(as, 'provider/attendance', { enrollmentId: ids[0], date, present: true })
    expect(await mark(PROVIDER_A, tomorrow)).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('以后'),
    })
    expect(await mark(PROVIDER_A, before)).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('还没开始'),
    })
    expect(await mark(PROVIDER_B, beijingDate())).toMatchObject({ code: 'FORBIDDEN' })
    expect(await mark(PROVIDER_A, '2026-13-01')).toMatchObject({ code: 'INVALID_INPUT' })
    expect(
      await t.api(PROVIDER_A, 'provider/attendance', {
        enrollmentId: 'x:y',
        date: beijingDate(),
        present: true,
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})

describe('provider/complete', () => {
  it('completes with a certificate the trainee sees, and the brand counts it exactly once', async () => {
    const { ids, workers, days } = await startedCourseWith(2)
    const before = await brandProgress('mifen')
    await markPresent(t, [ids[0]], days)

    const cert = { type: 'skill_level' as const, level: 5 as const, number: 'S2026450200001' }
    const complete = () =>
      t.api(PROVIDER_A, 'provider/complete', { enrollmentId: ids[0], certificate: cert })
    // Three taps at once (a slow network): one completion, counted once.
    const [done, ...others] = (await Promise.all([complete(), complete(), complete()])).map(ok)
    expect(done).toMatchObject({
      status: 'completed',
      certificate: { ...cert, name: '螺蛳粉制作（五级）职业技能等级证书' },
    })
    expect(others).toEqual([done, done])
    expect(await brandProgress('mifen')).toBe(before + 1)

    const mine = ok(await t.api(workers[0], 'enroll/mine'))
    expect(mine.items[0]).toMatchObject({
      status: 'completed',
      certificate: { number: 'S2026450200001', name: '螺蛳粉制作（五级）职业技能等级证书' },
      completedAt: expect.stringMatching(/\+08:00$/),
    })

    // A later retry changes nothing and does not count again.
    expect(ok(await complete())).toEqual(done)
    expect(await brandProgress('mifen')).toBe(before + 1)
    const different = await t.api(PROVIDER_A, 'provider/complete', {
      enrollmentId: ids[0],
      certificate: { ...cert, number: 'OTHER-0002' },
    })
    expect(different).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('S2026450200001'),
    })

    // A trainee who did not attend is refused, with the reason; once present, completed and counted.
    const second = () =>
      t.api(PROVIDER_A, 'provider/complete', {
        enrollmentId: ids[1],
        certificate: { type: 'special_ability', number: 'Z0001' },
      })
    expect(await second()).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '出勤不够：2天课只到了0天，至少要到2天（80%）才能结业',
    })
    await markPresent(t, [ids[1]], days.slice(0, 1))
    expect(await second()).toMatchObject({
      ok: false,
      message: expect.stringContaining('只到了1天'),
    })
    expect(await brandProgress('mifen')).toBe(before + 1)
    await markPresent(t, [ids[1]], days.slice(1))
    ok(await second())
    expect(await brandProgress('mifen')).toBe(before + 2)
    const stored = await readDoc<{ certificate: { name: string } }>(
      t,
      COLLECTIONS.enrollments,
      ids[1],
    )
    expect(stored?.certificate.name).toBe('专项职业能力·传统螺蛳粉烹制')
  })

  it('refuses before the last session has begun, with the reason, and counts nothing', async () => {
    const workers = await workersWithProfiles(t, 1)
    const courseId = await createCourse(t, { capacity: 5 })
    ok(await t.api(workers[0], 'enroll/create', { courseId }))
    // Started yesterday, last session tomorrow: present every day so far is not enough.
    const now = new Date()
    await updateDoc(t, COLLECTIONS.courses, courseId, {
      startAt: beijingDayAt(now, -1, '09:00'),
      sessions: [
        { startAt: beijingDayAt(now, -1, '09:00'), endAt: beijingDayAt(now, -1, '17:00') },
        { startAt: beijingDayAt(now, 1, '09:00'), endAt: beijingDayAt(now, 1, '17:00') },
      ],
    })
    const id = enrollmentId(courseId, workers[0])
    await markPresent(t, [id], [beijingDate(beijingDayAt(now, -1, '09:00')), beijingDate()])
    const result = await t.api(PROVIDER_A, 'provider/complete', {
      enrollmentId: id,
      certificate: { type: 'qualification', number: 'Q-EARLY' },
    })
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(!result.ok && result.message).toMatch(/^最后一次课（.+）开始以后才能结业$/)
    expect(await brandProgress('mifen')).toBe(0)
    expect(await readDoc(t, COLLECTIONS.enrollments, id)).toMatchObject({ status: 'in_training' })
  })

  it('refuses another provider, a waitlisted or cancelled enrolment, and a missing level', async () => {
    const workers = await workersWithProfiles(t, 2)
    const courseId = await createCourse(t, { capacity: 1 })
    for (const w of workers) ok(await t.api(w, 'enroll/create', { courseId }))
    const [confirmed, waitlisted] = workers.map((w) => enrollmentId(courseId, w))
    const cert = { type: 'qualification' as const, number: 'Q0001' }
    expect(
      await t.api(PROVIDER_B, 'provider/complete', { enrollmentId: confirmed, certificate: cert }),
    ).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect(
      await t.api(PROVIDER_A, 'provider/complete', { enrollmentId: waitlisted, certificate: cert }),
    ).toMatchObject({
      code: 'CONFLICT',
    })
    expect(
      await t.api(PROVIDER_A, 'provider/complete', {
        enrollmentId: confirmed,
        certificate: { type: 'skill_level', number: 'S0001' },
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('请选择等级') })
    expect(
      await t.api(workers[0], 'provider/complete', { enrollmentId: confirmed, certificate: cert }),
    ).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect(await brandProgress('mifen')).toBe(0)
    expect(isoBeijing()).toMatch(/\+08:00$/)
  })
})
