import type { ApiResult } from '../../types/api'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { withUsccCheckDigit } from '../../src/domain/uscc'
import { httpApi, tally, type HttpApi } from '../helpers/http'
import { counterDrift } from '../helpers/invariants'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { enrollmentId } from '../../cloudfunctions/api/src/routes/training/store'
import { courseInput, holdCourse, markPresent, ok, profileInput } from './training-fixtures'

/**
 * Brand progress and opening hires under a crowd, through the HTTP runtime over the demo data: a
 * provider completes 20 trainees while an employer hires 20 applicants of the same brand, all at
 * once; and one account registering two companies at once gets one.
 */
let t: TestRuntime
let http: HttpApi

beforeAll(async () => {
  t = await testRuntime()
  http = await httpApi(t.runtime)
}, 60_000)
afterAll(async () => {
  await http.close()
  t.close()
})

const BRAND = 'jiazheng'
const progress = () =>
  t.runtime.store.get(COLLECTIONS.brands, BRAND)!.progress as {
    training: number
    employment: number
  }

it('20 completions and 20 hires of one brand at once: all done, progress +20 and +20 exactly', async () => {
  const trainees = Array.from({ length: 20 }, (_, i) => `crowd-trainee-${i}`)
  const applicants = Array.from({ length: 20 }, (_, i) => `crowd-applicant-${i}`)
  await Promise.all(
    [...trainees, ...applicants].map(async (w, i) =>
      ok(await t.api(w, 'profile/save', profileInput(500 + i))),
    ),
  )
  const course = ok(
    await t.api('demo-provider', 'provider/course/save', {
      ...courseInput({ brand: BRAND, occupation: '养老护理员', capacity: 20 }),
      title: '养老护理员技能培训班',
    }),
  )
  for (const w of trainees) ok(await t.api(w, 'enroll/create', { courseId: course.id }))
  // The course has run and everyone attended: 结业 counts only then.
  const days = await holdCourse(t, course.id)
  await markPresent(
    t,
    trainees.map((w) => enrollmentId(course.id, w)),
    days,
    'demo-provider',
  )
  const opening = ok(
    await t.api('demo-employer', 'jobs/post', {
      brand: BRAND,
      occupation: '养老护理员',
      title: '养老院护理员',
      headcount: 20,
      payMin: 3800,
      payMax: 4800,
      county: '柳南区',
      description: '在柳南区的养老院照护老人起居，包吃，缴纳社保，依法签订劳动合同。',
      expiresAt: isoBeijing(Date.now() + 30 * 86_400_000),
    }),
  )
  const applications = await Promise.all(
    applicants.map(async (w) => ok(await t.api(w, 'match/apply', { openingId: opening.id }))),
  )
  const before = progress()

  const answers: Array<ApiResult<unknown>> = await Promise.all([
    ...trainees.map((w, i) =>
      http.post('demo-provider', 'provider/complete', {
        enrollmentId: enrollmentId(course.id, w),
        certificate: { type: 'skill_level', level: 5, number: `CROWD-${1000 + i}` },
      }),
    ),
    ...applications.map((a) =>
      http.post('demo-employer', 'employer/outcome', { applicationId: a.id, hired: true }),
    ),
  ])
  expect(tally(answers)).toEqual({ ok: 40 })
  expect(progress()).toEqual({
    training: before.training + 20,
    employment: before.employment + 20,
  })
  expect(t.runtime.store.get(COLLECTIONS.openings, opening.id)?.hired).toBe(20)
  expect(counterDrift(t.runtime)).toEqual([])

  // Tapping 结业 and 录用 again, all at once, counts nothing twice.
  const again = await Promise.all([
    ...trainees.map((w, i) =>
      http.post('demo-provider', 'provider/complete', {
        enrollmentId: enrollmentId(course.id, w),
        certificate: { type: 'skill_level', level: 5, number: `CROWD-${1000 + i}` },
      }),
    ),
    ...applications.map((a) =>
      http.post('demo-employer', 'employer/outcome', { applicationId: a.id, hired: true }),
    ),
  ])
  expect(tally(again)).toEqual({ ok: 40 })
  expect(progress()).toEqual({
    training: before.training + 20,
    employment: before.employment + 20,
  })
}, 60_000)

describe('one account registers two companies at the same moment', () => {
  let serial = 0
  const company = (name: string) => {
    serial += 1
    return {
      name,
      uscc: withUsccCheckDigit(`91450200MA5CRW${String(serial).padStart(3, '0')}`),
      contact: '黄经理',
      phone: '13977200001',
    }
  }

  it.each(Array.from({ length: 10 }, (_, i) => i + 1))(
    'trial %i: one employer, the other call told why',
    async (trial) => {
      const owner = `two-companies-${trial}`
      const answers = await Promise.all([
        http.post(owner, 'employer/register', company('柳州甲家政服务有限公司')),
        http.post(owner, 'employer/register', company('柳州乙家政服务有限公司')),
      ])
      const mine = t.runtime.store.all(COLLECTIONS.employers).filter((e) => e.ownerOpenid === owner)
      expect(mine).toHaveLength(1)
      expect(tally(answers)).toEqual({ ok: 1, CONFLICT: 1 })
      const refused = answers.find((a) => !a.ok)
      expect(refused).toMatchObject({
        message: expect.stringContaining('一个微信号只能管理一家单位'),
      })
    },
  )

  it('the same company sent twice at once (a double tap) is one employer, both answered', async () => {
    const form = company('柳州丙家政服务有限公司')
    const answers = await Promise.all([
      http.post('double-tap-owner', 'employer/register', form),
      http.post('double-tap-owner', 'employer/register', form),
    ])
    expect(tally(answers)).toEqual({ ok: 2 })
    expect(
      t.runtime.store
        .all(COLLECTIONS.employers)
        .filter((e) => e.ownerOpenid === 'double-tap-owner'),
    ).toHaveLength(1)
  })
})
