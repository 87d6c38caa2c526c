/**
 * The 失信名单 bites everywhere at once: after staff/blacklist/add for demo-employer every employer
 * route is refused, its openings are gone from jobs/list, brand pages and recommendations, and it
 * is on the public list. Removal early is refused before 6 months.
 */
import type { ApiResult } from '../../types/api'
import type { Application, Opening } from '../../types/jobs'
import { isoBeijing } from '../../src/domain/time'
import { testRuntime, type TestRuntime } from '../helpers/runtime'

// The matching pass in beforeAll shares two cores with other work.
jest.setTimeout(30_000)

let t: TestRuntime
const EMPLOYER = 'demo-employer'
const EMPLOYER_ID = 'seed-employer-01'
const DAY = 86_400_000
/** Trainees the matching pass recommends openings to. */
const RECOMMENDED = ['demo-trainee', 'seed-trainee-001', 'seed-trainee-002', 'seed-trainee-003']

function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.data
}

let open: Opening
let application: Application
let eventId: string

beforeAll(async () => {
  t = await testRuntime()
  const mine = ok(await t.api(EMPLOYER, 'employer/openings'))
  open = mine.find((o) => o.status === 'open') as Opening
  application = ok(await t.api('demo-trainee', 'match/apply', { openingId: open.id }))
  eventId = ok(await t.api(null, 'events/list', {})).items[0].id
  ok(await t.api('demo-staff', 'staff/match/run'))
})
afterAll(() => t.close())

async function employerOpeningsIn(list: Array<{ employerId?: string; employerName?: string }>) {
  return list.filter((o) => o.employerId === EMPLOYER_ID || o.employerName === open.employerName)
}

describe('before: the employer is in good standing', () => {
  it('its openings are listed and recommended', async () => {
    const list = ok(await t.api(null, 'jobs/list', { pageSize: 50, brand: open.brand }))
    expect(await employerOpeningsIn(list.items)).not.toHaveLength(0)
    const brand = ok(await t.api(null, 'catalog/brand', { id: open.brand }))
    expect(await employerOpeningsIn(brand.openings)).not.toHaveLength(0)
    const recs = await Promise.all(RECOMMENDED.map((who) => t.api(who, 'match/mine')))
    const theirs = recs
      .flatMap((r) => ok(r))
      .filter((r) => r.opening.employerName === open.employerName)
    expect(theirs).not.toHaveLength(0)
  })
})

describe('after staff/blacklist/add', () => {
  beforeAll(async () => {
    ok(
      await t.api('demo-staff', 'staff/blacklist/add', {
        employerId: EMPLOYER_ID,
        reason: '拖欠农民工工资，经责令仍不支付',
      }),
    )
  })

  it.each([
    [
      'jobs/post',
      () => ({
        brand: open.brand,
        occupation: open.occupation,
        title: '新岗位',
        headcount: 1,
        payMin: 3000,
        payMax: 4000,
        county: '柳北区',
        description: '在店里帮忙做螺蛳粉，包吃住。',
        expiresAt: isoBeijing(Date.now() + 10 * DAY),
      }),
    ],
    ['employer/candidates', () => ({ openingId: open.id })],
    [
      'employer/interview',
      () => ({
        applicationId: application.id,
        slots: [isoBeijing(Date.now() + 2 * DAY)],
        mode: 'onsite',
        link: '柳北区店里',
      }),
    ],
    ['employer/outcome', () => ({ applicationId: application.id, hired: true })],
    ['employer/booth', () => ({ eventId, openingIds: [open.id] })],
  ] as const)('%s is refused and says why', async (route, input) => {
    const result = await t.api(EMPLOYER, route as 'jobs/post', input() as never)
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(!result.ok && result.message).toContain('失信名单')
  })

  it('its openings are gone from jobs/list, the brand page and jobs/get', async () => {
    const list = ok(await t.api(null, 'jobs/list', { pageSize: 50, brand: open.brand }))
    expect(await employerOpeningsIn(list.items)).toHaveLength(0)
    const search = ok(await t.api(null, 'jobs/list', { q: open.employerName }))
    expect(search.total).toBe(0)
    const brand = ok(await t.api(null, 'catalog/brand', { id: open.brand }))
    expect(await employerOpeningsIn(brand.openings)).toHaveLength(0)
    expect(await t.api('demo-worker', 'jobs/get', { id: open.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  it('and from recommendations, also after the next matching pass', async () => {
    ok(await t.api('demo-staff', 'staff/match/run'))
    for (const who of RECOMMENDED) {
      const recs = ok(await t.api(who, 'match/mine'))
      expect(recs.filter((r) => r.opening.employerName === open.employerName)).toHaveLength(0)
    }
  })

  it('it is on the public 失信名单, with the reason and three years', async () => {
    const { items } = ok(await t.api(null, 'catalog/blacklist'))
    const entry = items.find((e) => e.employerName === open.employerName)
    expect(entry).toMatchObject({ reason: '拖欠农民工工资，经责令仍不支付' })
    const years = (Date.parse(entry!.until) - Date.parse(entry!.since)) / (365 * DAY)
    expect(Math.round(years)).toBe(3)
    expect(JSON.stringify(items)).not.toMatch(/demo-|openid|ownerOpenid/)
  })

  it('cannot come off before 6 months; only staff may list or remove', async () => {
    const early = await t.api('demo-staff', 'staff/blacklist/remove', {
      employerId: EMPLOYER_ID,
      reason: '已结清欠薪并签署守信承诺',
    })
    expect(early).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(!early.ok && early.message).toContain('6个月')
    expect(
      await t.api(EMPLOYER, 'staff/blacklist/remove', {
        employerId: EMPLOYER_ID,
        reason: '我自己移出',
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(
      await t.api('demo-worker', 'staff/blacklist/add', {
        employerId: 'seed-employer-02',
        reason: '看他不顺眼',
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('the owner is told in 消息', async () => {
    const inbox = ok(await t.api(EMPLOYER, 'inbox/list', {}))
    expect(inbox.items.some((m) => m.title.includes('失信名单'))).toBe(true)
  })
})
