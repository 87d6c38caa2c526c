/**
 * Demo people: the fixed demo accounts and 80 trainees spread over brands, groups and counties so
 * the matching engine has people to match. Names are 示例·…, mobiles 1380000xxxx; ID numbers pass
 * the checksum but all share sequence code 000 (women) or 001 (men), which marks them as made up.
 */
import type { BrandId, CountyName } from '../../types/catalog'
import type { Education, JobWishes, Profile, WorkPlace, WorkerGroup } from '../../types/profile'
import { BRAND_LINES } from '../../src/domain/brands'
import { COUNTIES, countyByName } from '../../src/domain/counties'
import { idCheckChar, maskIdNumber } from '../../src/domain/id-card'
import { DEMO_PROVIDER_ID } from './catalog'
import { demoMobile, townshipOf } from './places'
import { pad, rngFor } from './random'

export type ProfileDoc = Profile & {
  _id: string
  /** Encrypted ID number; null in the seed unless the loader passes an encrypter. */
  idNumberEnc: string | null
  createdAt: string
  updatedAt: string
  demo: true
}

/** A person before the dates that depend on their enrolments are set. */
export interface Person {
  openid: string
  idNumber: string
  profile: Omit<
    ProfileDoc,
    'consentAt' | 'createdAt' | 'updatedAt' | 'idNumberEnc' | '_id' | 'demo'
  >
}

export const TRAINEE_COUNT = 80

export const traineeId = (n: number) => `seed-trainee-${pad(n, 3)}`

const SURNAMES = [...'韦覃蓝莫黄梁潘吴杨石龙陆廖罗谢欧']
const FEMALE =
  '秀梅 春燕 海燕 美玲 玉凤 丽华 金花 桂英 秀兰 月娥 小红 翠萍 艳芳 雪梅 冬梅 丽娟'.split(' ')
const MALE =
  '建国 志强 文军 国庆 德明 永福 光荣 海涛 建华 明亮 振宇 家豪 俊杰 立新 成林 晓东'.split(' ')

/** Rural counties weigh more: most brand trainees come from there. */
const COUNTY_CYCLE =
  '融水 三江 柳江 融安 柳城 鹿寨 融水 柳南 三江 鱼峰 柳江 融安 柳北 融水 城中 柳城'
    .split(' ')
    .map((short) => COUNTIES.find((c) => c.short === short)!.name)

/** Per 20 trainees: 米粉 7, 家政 6, 建工 4, 刺绣 3. */
const BRAND_CYCLE = (
  'mifen jiazheng mifen jiangong jiazheng cixiu mifen jiazheng jiangong mifen ' +
  'jiazheng mifen cixiu jiangong mifen jiazheng mifen jiangong jiazheng cixiu'
).split(' ') as BrandId[]

/** Priority groups (就业困难人员, 脱贫人口, 职业院校毕业生) are 4 in 10. */
const GROUP_CYCLE = (
  'rural_labor poverty_alleviated hard_to_employ rural_labor vocational_graduate ' +
  'monitored relocated poverty_alleviated rural_labor other'
).split(' ') as WorkerGroup[]

/** A checksum-valid ID number: county code, birth date, sequence 000 (female) or 001 (male). */
export function demoIdNumber(
  county: CountyName,
  birthDate: string,
  gender: 'male' | 'female',
): string {
  const code = countyByName(county)?.code
  if (!code) throw new Error(`unknown county ${county}`)
  const first17 = `${code}${birthDate.replace(/-/g, '')}00${gender === 'male' ? 1 : 0}`
  return first17 + idCheckChar(first17)
}

function person(openid: string, p: Omit<Person['profile'], 'idNumberMasked' | 'complete'>): Person {
  const idNumber = demoIdNumber(p.county, p.birthDate, p.gender)
  return {
    openid,
    idNumber,
    profile: { ...p, idNumberMasked: maskIdNumber(idNumber), complete: true },
  }
}

/** demo-worker: profile filled, no course yet; wants 八桂家政 养老护理员 near home in 融水. */
const DEMO_WORKER = person('demo-worker', {
  name: '示例·韦秀兰',
  phone: demoMobile(1),
  birthDate: '1984-06-12',
  gender: 'female',
  county: '融水苗族自治县',
  township: '安太乡',
  group: 'rural_labor',
  education: 'junior',
  wishes: {
    brands: ['jiazheng'],
    occupations: ['养老护理员'],
    places: ['融水苗族自治县', '柳州市内均可'],
    minPay: 3500,
  },
})

/** demo-trainee: 脱贫人口, finished 柳州螺蛳粉制作, now signed up for 辅料制作; wants 米粉 jobs. */
const DEMO_TRAINEE = person('demo-trainee', {
  name: '示例·覃建华',
  phone: demoMobile(2),
  birthDate: '1991-09-23',
  gender: 'male',
  county: '柳南区',
  township: '太阳村镇',
  group: 'poverty_alleviated',
  education: 'junior',
  wishes: {
    brands: ['mifen'],
    occupations: ['传统螺蛳粉烹制', '辅料制作'],
    places: ['柳南区', '柳州市内均可'],
    minPay: 4000,
  },
})

function occupationsOf(brand: BrandId): string[] {
  return BRAND_LINES.find((b) => b.id === brand)?.occupations ?? []
}

function trainee(n: number, used: Set<string>): Person {
  const rng = rngFor(`trainee:${n}`)
  const i = n - 1
  const brand = BRAND_CYCLE[i % BRAND_CYCLE.length]
  const county = COUNTY_CYCLE[i % COUNTY_CYCLE.length]
  const group = GROUP_CYCLE[i % GROUP_CYCLE.length]
  const femaleShare = brand === 'jiangong' ? 0.15 : brand === 'mifen' ? 0.5 : 0.85
  const gender = rng.chance(femaleShare) ? 'female' : 'male'
  let name = ''
  for (let k = 0; !name || used.has(name); k++) {
    name = `示例·${SURNAMES[(i + k * 3) % SURNAMES.length]}${(gender === 'female' ? FEMALE : MALE)[(i * 7 + k) % 16]}`
  }
  used.add(name)
  const graduate = group === 'vocational_graduate'
  const year = graduate ? rng.int(2003, 2006) : rng.int(1971, 2001)
  const birthDate = `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`
  const education: Education = graduate
    ? rng.pick(['vocational', 'college'] as const)
    : rng.pick(['primary', 'junior', 'junior', 'junior', 'senior', 'vocational'] as const)
  const own = occupationsOf(brand)
  const occupations = [own[(i * 5) % own.length]]
  if (rng.chance(0.5)) occupations.push(own[(i * 5 + 2) % own.length])
  const brands: BrandId[] = [brand]
  if (rng.chance(0.35)) {
    const other = BRAND_CYCLE[(i + 3) % BRAND_CYCLE.length]
    if (other !== brand) {
      brands.push(other)
      occupations.push(occupationsOf(other)[i % occupationsOf(other).length])
    }
  }
  const places: WorkPlace[] = [county]
  if (rng.chance(0.75)) places.push('柳州市内均可')
  if (rng.chance(brand === 'jiangong' ? 0.5 : 0.2)) places.push('广东湛江')
  const wishes: JobWishes = { brands, occupations: [...new Set(occupations)], places }
  if (rng.chance(0.6)) wishes.minPay = rng.int(6, 11) * 500
  return person(traineeId(n), {
    name,
    phone: demoMobile(1000 + n),
    birthDate,
    gender,
    county,
    township: townshipOf(county, n),
    group,
    education,
    wishes,
  })
}

/** demo-worker, demo-trainee, then seed-trainee-001 … 080. */
export function buildPeople(): Person[] {
  const used = new Set([DEMO_WORKER.profile.name, DEMO_TRAINEE.profile.name])
  return [
    DEMO_WORKER,
    DEMO_TRAINEE,
    ...Array.from({ length: TRAINEE_COUNT }, (_, i) => trainee(i + 1, used)),
  ]
}

/** Role grants: every openid is a worker; these add the other roles. */
export function buildUsers() {
  return [
    { _id: 'demo-employer', roles: ['employer'], demo: true },
    { _id: 'demo-provider', roles: ['provider'], providerId: DEMO_PROVIDER_ID, demo: true },
    { _id: 'demo-staff', roles: ['staff'], demo: true },
  ]
}
