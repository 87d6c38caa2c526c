import type { Figure, StatsFilter } from '../../types/stats'
import { BRAND_IDS, PLAN_TOTALS } from '../../src/domain/brands'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingYear } from '../../src/domain/time'
import { testRuntime, type TestRuntime } from '../helpers/runtime'

jest.setTimeout(120_000)

let t: TestRuntime

beforeAll(async () => {
  t = await testRuntime()
  // The seeded trainees get their recommendations, as the timer would have done.
  await t.api('demo-staff', 'staff/match/run', {})
})
afterAll(() => t.close())

async function figures(filter: StatsFilter = {}): Promise<Figure[]> {
  const res = await t.api('demo-staff', 'staff/stats', filter)
  if (!res.ok) throw new Error(res.message)
  return res.data.figures
}

async function allRecords(key: string, filter: StatsFilter) {
  const items: Array<Record<string, string | number>> = []
  let total = -1
  for (let page = 1; ; page++) {
    const res = await t.api('demo-staff', 'staff/stats/records', {
      key,
      ...filter,
      page,
      pageSize: 200,
    })
    if (!res.ok) throw new Error(res.message)
    total = res.data.total
    items.push(...res.data.items)
    if (res.data.items.length < 200) return { total, items }
  }
}

const docs = (collection: string) =>
  t.runtime.store.all(collection) as unknown as Array<Record<string, unknown>>
const inYear = (iso: unknown, year?: number) => !year || String(iso).startsWith(`${year}-`)

describe('staff/stats: the dashboard per year and per place (R10)', () => {
  const thisYear = beijingYear()
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => 2022 + i)
  const filters: StatsFilter[] = [
    {},
    ...years.map((year) => ({ year })),
    { county: '融水苗族自治县' },
    { brand: 'mifen' },
    { year: thisYear, brand: 'jiazheng' },
    { county: '柳南区', year: thisYear - 1 },
  ]

  it.each(filters)('opens exactly as many records as each figure says (%j)', async (filter) => {
    const list = await figures(filter)
    expect(list.length).toBeGreaterThan(10)
    for (const f of list) {
      const { total, items } = await allRecords(f.key, filter)
      expect({ key: f.key, total, items: items.length }).toEqual({
        key: f.key,
        total: f.value,
        items: f.value,
      })
    }
  })

  it('counts completions and hires from the records, per brand and per year', async () => {
    const completed = docs(COLLECTIONS.enrollments).filter((e) => e.status === 'completed')
    const hired = docs(COLLECTIONS.applications).filter((a) => a.status === 'hired')
    for (const year of [undefined, ...years]) {
      const list = await figures(year ? { year } : {})
      const value = (key: string) => list.find((f) => f.key === key)?.value
      for (const brand of BRAND_IDS) {
        expect(value(`training.${brand}`)).toBe(
          completed.filter((e) => e.brand === brand && inYear(e.completedAt, year)).length,
        )
        expect(value(`employment.${brand}`)).toBe(
          hired.filter((a) => a.brand === brand && inYear(a.hiredAt, year)).length,
        )
      }
      expect(value('training.total')).toBe(
        completed.filter((e) => inYear(e.completedAt, year)).length,
      )
    }
    // Cumulative, city-wide: against the plan's targets, with where they stand in the plan.
    const all = await figures()
    expect(all.find((f) => f.key === 'training.total')).toMatchObject({
      target: PLAN_TOTALS.training.value,
      source: PLAN_TOTALS.training.source,
    })
    expect(all.find((f) => f.key === 'employment.mifen')?.target).toBe(30000)
    expect(all.find((f) => f.key === 'events.brand')?.target).toBe(15)
    expect(all.find((f) => f.key === 'institutions.leading_enterprise.region')?.target).toBe(8)
    expect(all.find((f) => f.key === 'institutions.training_base.city')?.target).toBe(8)
    // A year is not the plan's cumulative target.
    expect(
      (await figures({ year: thisYear })).find((f) => f.key === 'training.total')?.target,
    ).toBeUndefined()
  })

  it('counts a county’s completions by where the course is', async () => {
    const county = '融水苗族自治县'
    const courses = new Set(
      docs(COLLECTIONS.courses)
        .filter((c) => c.county === county)
        .map((c) => c._id),
    )
    const expected = docs(COLLECTIONS.enrollments).filter(
      (e) => e.status === 'completed' && courses.has(e.courseId),
    ).length
    const list = await figures({ county })
    expect(list.find((f) => f.key === 'training.total')?.value).toBe(expected)
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    const institutions = docs(COLLECTIONS.institutions).filter(
      (i) =>
        i.county === county &&
        i.kind === 'training_base' &&
        i.level === 'city' &&
        i.status === 'active' &&
        String(i.recognisedAt) <= today,
    ).length
    expect(list.find((f) => f.key === 'institutions.training_base.city')?.value).toBe(institutions)
  })

  it('shows records with personal data masked: no openids, no full names, no phone numbers', async () => {
    const profiles = docs(COLLECTIONS.profiles)
    const text = JSON.stringify(
      await Promise.all(
        ['training.total', 'employment.total', 'coverage.reached', 'coverage.short'].map((key) =>
          allRecords(key, {}),
        ),
      ),
    )
    expect(text.length).toBeGreaterThan(1000)
    for (const p of profiles) {
      expect(text).not.toContain(String(p._id))
      if (typeof p.phone === 'string' && p.phone) expect(text).not.toContain(p.phone)
      if (typeof p.name === 'string' && [...p.name].length > 1)
        expect(text).not.toContain(`"${p.name}"`)
    }
    const completions = await allRecords('training.total', {})
    expect(completions.items[0]).toMatchObject({
      name: expect.stringMatching(/^.\*+$/),
      certificateNumber: expect.stringMatching(/\S/),
    })
  })

  it('is for staff only, and refuses a year outside the plan or a made-up figure in Chinese', async () => {
    for (const who of ['demo-worker', 'demo-employer', 'demo-provider']) {
      expect(await t.api(who, 'staff/stats', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await t.api(who, 'staff/stats/records', { key: 'training.total' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
    }
    expect(await t.api(null, 'staff/stats', {})).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
    for (const input of [{ year: 2021 }, { year: beijingYear() + 1 }, { county: '北京' }]) {
      const res = await t.api('demo-staff', 'staff/stats', input as StatsFilter)
      expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
      expect(res.ok ? '' : res.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(await t.api('demo-staff', 'staff/stats/records', { key: 'nope' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })
})
