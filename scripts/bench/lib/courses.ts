/**
 * The catalog/courses benchmark data: 1,000-ish synthetic courses and the filters a worker uses,
 * shared by the engine benchmark (the same data as scripts/bench/courses.ts).
 */
import type { BrandId, CourseMode } from '../../../types/catalog'
import type { CourseQuery } from '../../../types/training'
import { BRAND_LINES } from '../../../src/domain/brands'
import { COUNTY_NAMES } from '../../../src/domain/counties'
import { beijingDate, beijingDayAt } from '../../../src/domain/time'

const PROVIDERS = [
  '柳州市第一职业技能培训学校',
  '柳州城市职业学院培训中心',
  '融水县螺蛳粉技能培训中心',
  '三江侗族自治县民族刺绣工坊',
  '柳江区建筑工匠实训基地',
  '鹿寨县家政服务培训学校',
  '柳城县农村劳动力培训中心',
  '融安县职业技能培训学校',
]
const MODES: CourseMode[] = ['offline', 'online', 'mixed']

/** mulberry32: the same courses on every run. */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` courses over the four brands, the same on every run (seeded PRNG). */
export function syntheticCourses(now: Date, count: number) {
  const random = rng(3)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  return Array.from({ length: count }, (_, i) => {
    const brand = pick(BRAND_LINES)
    const occupation = pick(brand.occupations)
    const county = pick(COUNTY_NAMES)
    const startIn = 2 + Math.floor(random() * 120)
    const capacity = 10 + Math.floor(random() * 50)
    const id = `bench-${String(i).padStart(4, '0')}`
    const startAt = beijingDayAt(now, startIn, '09:00')
    return {
      _id: id,
      id,
      title: `${occupation}技能培训班（第${i + 1}期）`,
      brand: brand.id,
      occupation,
      providerId: `p${i % PROVIDERS.length}`,
      providerName: PROVIDERS[i % PROVIDERS.length],
      mode: pick(MODES),
      county,
      venue: {
        name: `${county}实训教室`,
        address: `${county}某路${i}号`,
        county,
        point: { latitude: 24.3, longitude: 109.4 },
      },
      sessions: [{ startAt, endAt: beijingDayAt(now, startIn, '17:00') }],
      startAt,
      deadline: beijingDayAt(now, startIn - 1, '18:00'),
      capacity,
      seatsLeft: random() < 0.2 ? 0 : Math.floor(random() * capacity) + 1,
      waitlistCapacity: capacity,
      waitlistLength: 0,
      waitlistLog: [],
      fee: 0,
      subsidy: '符合条件的劳动者免费',
      certificate: { type: 'skill_level', level: 5, name: `${occupation}（五级）职业技能等级证书` },
      description: '基准测试数据',
      status: random() < 0.1 ? 'closed' : 'open',
    }
  })
}

/** The filters a worker uses on the course list, in rotation. */
export function courseQueries(now: Date): Array<{ label: string; input: CourseQuery }> {
  const brand = (id: BrandId) => id
  return [
    { label: '全部', input: {} },
    { label: '品牌', input: { brand: brand('mifen') } },
    { label: '品牌+区县', input: { brand: brand('jiazheng'), county: '融水苗族自治县' } },
    { label: '区县+有名额', input: { county: '柳江区', hasSeats: true } },
    { label: '工种', input: { occupation: '养老护理员' } },
    { label: '方式', input: { mode: 'online' } },
    { label: '开课日期', input: { startFrom: beijingDate(now.getTime() + 60 * 86400_000) } },
    { label: '关键词', input: { q: '螺蛳粉' } },
    { label: '关键词（机构）', input: { q: '融水县' } },
    {
      label: '组合+第3页',
      input: { brand: brand('jiangong'), hasSeats: true, mode: 'offline', page: 3 },
    },
    { label: '每页50条', input: { pageSize: 50, page: 2 } },
  ]
}
