import type { ApiResult } from '../../types/api'
import type { InstitutionDraft } from '../../types/network'
import { buildInstitutions } from '../../database/seed/network'
import { COLLECTIONS } from '../../src/domain/collections'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { ok, readDoc } from './training-fixtures'

const STAFF = 'network-staff'
const WORKER = 'network-worker'
let t: TestRuntime

beforeEach(async () => {
  t = await testRuntime({ seed: false })
  t.runtime.store.insertMany(COLLECTIONS.users, [{ _id: STAFF, roles: ['staff'] }])
  t.runtime.store.insertMany(
    COLLECTIONS.institutions,
    buildInstitutions() as unknown as Array<Record<string, unknown>>,
  )
})
afterEach(() => t.close())

function refused<T>(result: ApiResult<T>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a refusal, got ok')
  expect(result.message).toMatch(/[\u4e00-\u9fa5]/)
  return { code: result.code, message: result.message }
}

const draft = (over: Partial<InstitutionDraft> = {}): InstitutionDraft => ({
  kind: 'leading_enterprise',
  level: 'region',
  brand: 'mifen',
  name: '柳州新螺蛳粉示范企业',
  county: '柳江区',
  address: '柳江区拉堡镇新兴路8号',
  location: { lat: 24.26, lng: 109.33 },
  phone: '0772-7123456',
  hours: '周一至周五 8:30-17:30',
  offers: ['长期招聘传统螺蛳粉烹制'],
  description: '新认定的自治区级龙头企业',
  recognisedAt: '2026-03-01',
  ...over,
})

const progress = async () =>
  Object.fromEntries(
    ok(await t.api(null, 'network/progress')).items.map((i) => [
      `${i.level}:${i.kind}`,
      `${i.count}/${i.target}`,
    ]),
  )

describe('network/list and network/get', () => {
  it('filters by kind, level, brand and county, and gives each entry a map point and a phone', async () => {
    const all = ok(await t.api(null, 'network/list', { pageSize: 100 }))
    expect(all.total).toBe(41) // the retired entry is not listed
    const mifen = ok(
      await t.api(null, 'network/list', { kind: 'leading_enterprise', brand: 'mifen' }),
    )
    expect(mifen.items.map((i) => i.county).sort()).toEqual(
      ['柳南区', '柳南区', '柳江区', '鱼峰区', '柳江区', '柳城县'].sort(),
    )
    const liujiang = ok(
      await t.api(null, 'network/list', {
        kind: 'leading_enterprise',
        brand: 'mifen',
        county: '柳江区',
      }),
    )
    expect(liujiang.total).toBe(2)
    for (const i of liujiang.items) {
      expect(Object.keys(i)).toEqual(
        expect.arrayContaining([
          'id',
          'name',
          'kind',
          'level',
          'brand',
          'county',
          'address',
          'location',
          'phone',
        ]),
      )
      expect(i.location.lat).toBeGreaterThan(24)
      expect(i.phone).toMatch(/^0772-/)
    }
    const region = ok(await t.api(null, 'network/list', { level: 'region', pageSize: 100 }))
    expect(region.items.every((i) => i.level === 'region')).toBe(true)
    expect(region.total).toBe(15)
  })

  it('pages without repeating or dropping an entry', async () => {
    const seen: string[] = []
    for (let page = 1; page <= 5; page++)
      seen.push(
        ...ok(await t.api(null, 'network/list', { page, pageSize: 9 })).items.map((i) => i.id),
      )
    expect(seen).toHaveLength(41)
    expect(new Set(seen).size).toBe(41)
  })

  it('shows a leading enterprise with its open openings when it has an employer account', async () => {
    t.runtime.store.insertMany(COLLECTIONS.employers, [
      {
        _id: 'seed-employer-01',
        name: '柳州示例螺蛳粉食品有限公司',
        status: 'verified',
        blacklisted: false,
      },
    ])
    t.runtime.store.insertMany(COLLECTIONS.openings, [
      {
        _id: 'op-1',
        employerId: 'seed-employer-01',
        title: '螺蛳粉厨师',
        status: 'open',
        expiresAt: '2099-01-01T00:00:00+08:00',
        postedAt: '2026-11-01T09:00:00+08:00',
      },
      {
        _id: 'op-2',
        employerId: 'seed-employer-01',
        title: '已关闭岗位',
        status: 'closed',
        expiresAt: '2099-01-01T00:00:00+08:00',
        postedAt: '2026-11-01T09:00:00+08:00',
      },
    ])
    const page = ok(await t.api(null, 'network/get', { id: 'seed-institution-10' }))
    expect(page.name).toBe('柳州示例螺蛳粉食品有限公司')
    expect(page.openings.map((o) => o.title)).toEqual(['螺蛳粉厨师'])
    expect(page.hours).toMatch(/周一至周五/)
    expect(page.offers.length).toBeGreaterThan(0)
  })

  it('answers NOT_FOUND for a retired or unknown entry and INVALID_INPUT for a bad filter', async () => {
    expect(refused(await t.api(null, 'network/get', { id: 'seed-institution-42' })).code).toBe(
      'NOT_FOUND',
    )
    expect(refused(await t.api(null, 'network/get', { id: 'nope' })).code).toBe('NOT_FOUND')
    expect(refused(await t.api(null, 'network/list', { kind: 'bank' as never })).code).toBe(
      'INVALID_INPUT',
    )
    expect(refused(await t.api(null, 'network/list', { pageSize: 500 })).code).toBe('INVALID_INPUT')
  })
})

describe('network/progress', () => {
  it('counts active entries against region 3/3/3/8 and city 8/8/8, each with its clause', async () => {
    const res = ok(await t.api(null, 'network/progress'))
    expect(res.items).toHaveLength(7)
    for (const i of res.items) expect(i.source).toMatch(/^二、主要目标：到2025年力争/)
    expect(await progress()).toEqual({
      'region:training_base': '3/3',
      'region:incubation_base': '3/3',
      'region:expert_studio': '3/3',
      'region:leading_enterprise': '6/8',
      'city:training_base': '7/8',
      'city:expert_studio': '6/8',
      'city:leading_enterprise': '8/8',
    })
  })
})

describe('staff/network/save and staff/network/retire', () => {
  it('lets staff add an entry that then lists and counts, and edit it', async () => {
    const added = ok(await t.api(STAFF, 'staff/network/save', draft()))
    expect(added.status).toBe('active')
    expect((await progress())['region:leading_enterprise']).toBe('7/8')
    const edited = ok(
      await t.api(STAFF, 'staff/network/save', {
        ...draft({ phone: '0772-7654321' }),
        id: added.id,
      }),
    )
    expect(edited.phone).toBe('0772-7654321')
    const got = ok(await t.api(null, 'network/get', { id: added.id }))
    expect([got.name, got.phone]).toEqual(['柳州新螺蛳粉示范企业', '0772-7654321'])
    expect((await progress())['region:leading_enterprise']).toBe('7/8')
  })

  it('retires an entry with its reason: it leaves the list and the counts, once', async () => {
    const before = ok(await t.api(null, 'network/list', { pageSize: 100 })).total
    const retired = ok(
      await t.api(STAFF, 'staff/network/retire', { id: 'seed-institution-01', reason: '基地停办' }),
    )
    expect([retired.status, retired.retiredReason]).toEqual(['retired', '基地停办'])
    ok(
      await t.api(STAFF, 'staff/network/retire', { id: 'seed-institution-01', reason: '再点一次' }),
    )
    expect(
      (
        await readDoc<{ retiredReason?: string }>(
          t,
          COLLECTIONS.institutions,
          'seed-institution-01',
        )
      )?.retiredReason,
    ).toBe('基地停办')
    expect(ok(await t.api(null, 'network/list', { pageSize: 100 })).total).toBe(before - 1)
    expect((await progress())['region:training_base']).toBe('2/3')
  })

  it('refuses workers, strangers and bad entries, and nothing changes', async () => {
    expect(refused(await t.api(WORKER, 'staff/network/save', draft())).code).toBe('FORBIDDEN')
    expect(
      refused(
        await t.api(null, 'staff/network/retire', { id: 'seed-institution-01', reason: '乱来' }),
      ).code,
    ).toBe('UNAUTHENTICATED')
    expect(
      refused(
        await t.api(WORKER, 'staff/network/retire', { id: 'seed-institution-01', reason: '乱来' }),
      ).code,
    ).toBe('FORBIDDEN')
    const bad = [
      draft({ location: { lat: 39.9, lng: 116.4 } }), // Beijing
      draft({ phone: '打电话给我' }),
      draft({ recognisedAt: '2099-01-01' }),
      draft({ name: '' }),
      draft({ kind: 'export_base', level: 'region' }),
      draft({ employerId: 'no-such-employer' }),
    ]
    for (const d of bad) {
      const r = refused(await t.api(STAFF, 'staff/network/save', d))
      expect([r.code, r.message]).toEqual([
        'INVALID_INPUT',
        expect.stringMatching(/[\u4e00-\u9fa5]/),
      ])
    }
    expect(
      refused(await t.api(STAFF, 'staff/network/save', { ...draft(), id: 'no-such' })).code,
    ).toBe('NOT_FOUND')
    expect(ok(await t.api(null, 'network/list', { pageSize: 100 })).total).toBe(41)
    expect(
      (await readDoc<{ status?: string }>(t, COLLECTIONS.institutions, 'seed-institution-01'))
        ?.status,
    ).toBe('active')
  })
})
