/**
 * Synthetic matching data for the benchmarks, the same on every run (seeded PRNG): openings over
 * the brands' occupations and counties, trainees with wishes and a course each.
 */
import type { BrandId, CertificateType, CountyName } from '../../../types/catalog'
import type { WorkPlace } from '../../../types/profile'
import { BRAND_LINES } from '../../../src/domain/brands'
import { COUNTY_NAMES } from '../../../src/domain/counties'
import type { MatchOpening, MatchTrainee } from '../../../cloudfunctions/api/src/match/model'

/** mulberry32: the same synthetic data on every run. */
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
let random = rng(20261126)

/** Starts the sequence again, so two runs build the same data. */
export function resetRandom() {
  random = rng(20261126)
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
const chance = (p: number) => random() < p
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))

export const NOW = new Date('2026-11-26T10:00:00+08:00')
const DAY = 86_400_000
const CERTS: CertificateType[] = ['qualification', 'skill_level', 'special_ability']
const OUTSIDE: WorkPlace[] = ['广东湛江', '广东其他', '区外其他']

export function syntheticOpening(i: number): MatchOpening {
  const line = pick(BRAND_LINES)
  const outside = chance(0.1)
  const county: CountyName | undefined = outside ? undefined : pick(COUNTY_NAMES)
  const payMin = between(20, 60) * 100
  return {
    id: `o${String(i).padStart(6, '0')}`,
    brand: line.id,
    occupation: pick(line.occupations),
    headcount: between(1, 20),
    hired: 0,
    payMin,
    payMax: payMin + between(0, 30) * 100,
    ...(county ? { county } : {}),
    place: county ?? (chance(0.7) ? '广东湛江' : pick(OUTSIDE)),
    ...(chance(0.3)
      ? { certificate: { type: pick(CERTS), ...(chance(0.5) ? { level: between(3, 5) } : {}) } }
      : {}),
    benefits: { socialInsurance: chance(0.6), board: chance(0.5), lodging: chance(0.4) },
    postedAt: new Date(NOW.getTime() - between(0, 60) * DAY).toISOString(),
    expiresAt: new Date(NOW.getTime() + (chance(0.05) ? -1 : between(1, 90)) * DAY).toISOString(),
    status: chance(0.03) ? 'closed' : 'open',
    employerOk: !chance(0.02),
  }
}

export function syntheticTrainee(i: number): MatchTrainee {
  const lines = chance(0.3) ? [pick(BRAND_LINES), pick(BRAND_LINES)] : [pick(BRAND_LINES)]
  const brands = [...new Set(lines.map((l) => l.id))] as BrandId[]
  const occupations = [
    ...new Set(
      lines.flatMap((l) => Array.from({ length: between(1, 2) }, () => pick(l.occupations))),
    ),
  ]
  const home = pick(COUNTY_NAMES)
  const places: WorkPlace[] = [home]
  if (chance(0.4)) places.push('柳州市内均可')
  if (chance(0.2)) places.push('广东湛江')
  if (chance(0.05)) places.push(pick(OUTSIDE))
  const courseLine = lines[0]
  const completed = chance(0.5)
  return {
    id: `t${String(i).padStart(6, '0')}`,
    priority: chance(0.3),
    county: home,
    wishes: {
      brands,
      occupations,
      places,
      ...(chance(0.8) ? { minPay: between(20, 50) * 100 } : {}),
    },
    courses: [
      {
        brand: courseLine.id,
        occupation: pick(courseLine.occupations),
        completed,
        ...(completed && chance(0.7)
          ? { certificate: { type: pick(CERTS), level: between(3, 5) } }
          : {}),
      },
    ],
  }
}
