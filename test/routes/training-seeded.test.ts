import { DEMO_TRAINEE_COMPLETED, DEMO_TRAINEE_CONFIRMED } from '../../database/seed'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { ok, workersWithProfiles } from './training-fixtures'

/** The training routes over the Liuzhou demo data, as the demo accounts see it. */
let t: TestRuntime

beforeAll(async () => {
  t = await testRuntime()
})
afterAll(() => t.close())

it('lists the demo courses and the training list', async () => {
  const page = ok(await t.api(null, 'catalog/courses', { brand: 'mifen' }))
  expect(page.total).toBeGreaterThan(0)
  expect(page.items.every((c) => c.brand === 'mifen')).toBe(true)
  const groups = ok(await t.api(null, 'catalog/occupations'))
  expect(groups.map((g) => g.brandName)).toEqual([
    '八桂米粉师傅',
    '八桂家政',
    '八桂建工',
    '龙城刺绣',
  ])
  expect(groups.flatMap((g) => g.items.map((i) => i.occupation))).not.toContain('育婴员')
  const brand = ok(await t.api(null, 'catalog/brand', { id: 'mifen' }))
  expect(brand.brand.featured?.name).toBe('柳州螺蛳粉师傅')
  expect(brand.courseCount).toBe(page.total)
})

it('shows demo-trainee the certificate and the confirmed seat; demo-worker a complete profile', async () => {
  const mine = ok(await t.api('demo-trainee', 'enroll/mine'))
  const byCourse = new Map(mine.items.map((i) => [i.courseId, i]))
  expect(byCourse.get(DEMO_TRAINEE_COMPLETED)).toMatchObject({
    status: 'completed',
    certificate: { number: expect.any(String) },
  })
  expect(byCourse.get(DEMO_TRAINEE_CONFIRMED)?.status).toBe('confirmed')
  expect(ok(await t.api('demo-worker', 'profile/get'))).toMatchObject({
    complete: true,
    idNumberMasked: expect.stringContaining('**********'),
  })
})

it('lets demo-provider see the enrolees of its own course, masked', async () => {
  const own = ok(await t.api('demo-provider', 'provider/courses'))
  expect(own.map((c) => c.id)).toContain(DEMO_TRAINEE_CONFIRMED)
  const { items } = ok(
    await t.api('demo-provider', 'provider/enrollments', { courseId: DEMO_TRAINEE_CONFIRMED }),
  )
  expect(items.length).toBeGreaterThan(0)
  expect(items.every((i) => /^\d{4}\*{10}[\dX]{4}$/.test(i.idNumberMasked))).toBe(true)
})

it('puts a new sign-up on a full demo course behind its existing waitlist', async () => {
  const full = ok(await t.api(null, 'catalog/courses', { pageSize: 50 })).items.find(
    (c) => c.seatsLeft === 0,
  )
  expect(full).toBeDefined()
  const { waitlistLength } = ok(await t.api(null, 'catalog/course', { id: full!.id }))
  const [w] = await workersWithProfiles(t, 1, 900)
  expect(ok(await t.api(w, 'enroll/create', { courseId: full!.id }))).toMatchObject({
    status: 'waitlisted',
    waitlistPosition: waitlistLength + 1,
  })
})
