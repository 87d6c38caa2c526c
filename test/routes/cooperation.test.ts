import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { ok } from './training-fixtures'

let t: TestRuntime
// Seeding the whole demo store takes a few seconds on a busy machine.
beforeAll(async () => {
  t = await testRuntime()
}, 60_000)
afterAll(() => t.close())

describe('粤桂劳务协作 openings (四（二）4)', () => {
  it('are marked, filterable, in 湛江 and its county-level cities, and say what the cooperation provides', async () => {
    const all = ok(await t.api(null, 'jobs/list', { pageSize: 50 }))
    const coop = ok(await t.api(null, 'jobs/list', { cooperation: true, pageSize: 50 }))
    expect(coop.total).toBeGreaterThanOrEqual(10)
    expect(coop.total).toBeLessThan(all.total)
    for (const o of coop.items) {
      expect(o.place).toBe('广东湛江')
      expect(['湛江市区', '雷州市', '廉江市', '吴川市']).toContain(o.cooperation?.city)
      expect(o.cooperation?.provides.join()).toMatch(/组织出行.*稳岗服务/)
    }
    expect(new Set(coop.items.map((o) => o.cooperation?.city)).size).toBe(4)
    const mixed = ok(await t.api(null, 'jobs/list', { cooperation: true, brand: 'jiangong' }))
    expect(mixed.items.every((o) => o.brand === 'jiangong' && o.cooperation)).toBe(true)
    const one = ok(await t.api(null, 'jobs/get', { id: coop.items[0].id }))
    expect(one.cooperation?.city).toBe(coop.items[0].cooperation?.city)
  }, 30_000)
})
