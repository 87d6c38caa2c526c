/**
 * Figures no one can inflate (issue 11): hires never pass an opening's headcount, however many are
 * recorded at once, and the refused ones say why; no id an employer or provider receives contains
 * an openid. (结业 before the course has run or under 80% attendance: provider.test.ts; results
 * before an event ends and events held without employers: events.test.ts.)
 */
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { httpApi, tally, type HttpApi } from '../helpers/http'
import { counterDrift } from '../helpers/invariants'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { ok, profileInput } from './training-fixtures'

jest.setTimeout(60_000)

let t: TestRuntime
let http: HttpApi
beforeAll(async () => {
  t = await testRuntime()
  http = await httpApi(t.runtime)
})
afterAll(async () => {
  await http.close()
  t.close()
})

const employment = () =>
  (t.runtime.store.get(COLLECTIONS.brands, 'jiazheng')!.progress as { employment: number })
    .employment

it('8 hires at once on an opening for 3: exactly 3 hired and counted, 5 refused with the reason', async () => {
  const applicants = Array.from({ length: 8 }, (_, i) => `headcount-applicant-${i}`)
  await Promise.all(
    applicants.map(async (w, i) => ok(await t.api(w, 'profile/save', profileInput(700 + i)))),
  )
  const opening = ok(
    await t.api('demo-employer', 'jobs/post', {
      brand: 'jiazheng',
      occupation: '养老护理员',
      title: '养老院护理员（3人）',
      headcount: 3,
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
  const before = employment()

  const answers = await Promise.all(
    applications.map((a) =>
      http.post('demo-employer', 'employer/outcome', { applicationId: a.id, hired: true }),
    ),
  )
  expect(tally(answers)).toEqual({ ok: 3, CONFLICT: 5 })
  for (const a of answers.filter((r) => !r.ok))
    expect(!a.ok && a.message).toBe('“养老院护理员（3人）”招3人，已经录用满3人了，不能再录用')
  const hired = (
    t.runtime.store.all(COLLECTIONS.applications) as Array<Record<string, unknown>>
  ).filter((a) => a.openingId === opening.id && a.status === 'hired')
  expect(hired).toHaveLength(3)
  expect(t.runtime.store.get(COLLECTIONS.openings, opening.id)?.hired).toBe(3)
  expect(employment()).toBe(before + 3)
  expect(counterDrift(t.runtime)).toEqual([])
})

it('no id an employer or provider receives contains an openid', async () => {
  const openings = ok(await t.api('demo-employer', 'employer/openings'))
  const openids = [
    ...new Set(
      (t.runtime.store.all(COLLECTIONS.profiles) as Array<{ _id: string }>).map((p) => p._id),
    ),
  ]
  for (const o of openings.slice(0, 5)) {
    const seen = JSON.stringify(
      ok(await t.api('demo-employer', 'employer/candidates', { openingId: o.id })),
    )
    for (const id of openids) expect(seen).not.toContain(id)
  }
  const courses = ok(await t.api('demo-provider', 'provider/courses'))
  for (const c of courses.slice(0, 5)) {
    const seen = JSON.stringify(
      ok(await t.api('demo-provider', 'provider/enrollments', { courseId: c.id })),
    )
    for (const id of openids) expect(seen).not.toContain(id)
  }
  const brand = JSON.stringify(ok(await t.api(null, 'catalog/brand', { id: 'mifen' })))
  expect(brand).not.toContain('createdBy')
  expect(brand).not.toMatch(/demo-staff|demo-employer/)
})
