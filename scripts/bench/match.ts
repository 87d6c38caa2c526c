/**
 * Matching engine benchmark (issue 4 budgets), in memory through the engine core:
 * - a full pass over 50,000 trainees × 5,000 openings: ≤ 10 s
 * - a naive all-pairs scorer on a slice, timed against the indexed engine on the same slice (the
 *   speed-up ratio), and checked to choose exactly the same openings
 * - top 50 candidates for one new opening among 50,000 trainees: ≤ 200 ms
 * - process memory (heapUsed / rss): < 1 GB
 * Exits non-zero when a budget is missed or the indexed and naive engines disagree.
 *
 *   npx tsx scripts/bench/match.ts [trainees] [openings]
 */
import type { BrandId, CertificateType, CountyName } from '../../types/catalog'
import type { WorkPlace } from '../../types/profile'
import { BRAND_LINES } from '../../src/domain/brands'
import { COUNTY_NAMES } from '../../src/domain/counties'
import {
  MatchEngine,
  TraineeIndex,
  type Assignment,
} from '../../cloudfunctions/api/src/match/engine'
import type { MatchOpening, MatchTrainee } from '../../cloudfunctions/api/src/match/model'

const TRAINEES = Number(process.argv[2] ?? 50_000)
const OPENINGS = Number(process.argv[3] ?? 5_000)
const SLICE = 2_000
const BUDGET = { passMs: 10_000, top50Ms: 200, memoryBytes: 1024 ** 3 }

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
const random = rng(20261126)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
const chance = (p: number) => random() < p
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))

const NOW = new Date('2026-11-26T10:00:00+08:00')
const DAY = 86_400_000
const CERTS: CertificateType[] = ['qualification', 'skill_level', 'special_ability']
const OUTSIDE: WorkPlace[] = ['广东湛江', '广东其他', '区外其他']

function syntheticOpening(i: number): MatchOpening {
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

function syntheticTrainee(i: number): MatchTrainee {
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

/** Wall-clock and CPU time of `run` (the machine is shared: CPU time shows what the code costs). */
function time<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const start = process.hrtime.bigint()
  const cpu = process.cpuUsage()
  const value = run()
  const used = process.cpuUsage(cpu)
  return {
    value,
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    cpuMs: (used.user + used.system) / 1000,
  }
}

const fmt = (ms: number) => `${ms.toFixed(ms < 100 ? 2 : 0)} ms`
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`
const key = (a: Assignment[]) => a.map((x) => `${x.traineeId}>${x.openingId}:${x.score}`).join('\n')

const failures: string[] = []
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what)
}

const { value: data, ms: genMs } = time(() => ({
  openings: Array.from({ length: OPENINGS }, (_, i) => syntheticOpening(i)),
  trainees: Array.from({ length: TRAINEES }, (_, i) => syntheticTrainee(i)),
}))
console.log(`synthetic data: ${TRAINEES} trainees × ${OPENINGS} openings (${fmt(genMs)})`)

// Full pass: build the index, top every trainee up to 3, priority first, reasons in words.
const full = time(() => {
  const engine = new MatchEngine(data.openings, NOW)
  return engine.pass(data.trainees)
})
const served = new Set(full.value.map((a) => a.traineeId)).size
console.log(
  `full pass: ${fmt(full.ms)} wall, ${fmt(full.cpuMs)} CPU (budget ${fmt(BUDGET.passMs)}) — ${full.value.length} recommendations for ${served} trainees`,
)
check(full.ms <= BUDGET.passMs, `full pass took ${fmt(full.ms)}`)

// Indexed vs naive on the same slice, each with fresh slots; they must choose the same openings.
const slice = data.trainees.slice(0, SLICE)
const indexed = time(() => new MatchEngine(data.openings, NOW).pass(slice))
const naive = time(() =>
  new MatchEngine(data.openings, NOW).pass(slice, new Map(), { naive: true }),
)
const ratio = naive.cpuMs / indexed.cpuMs
console.log(
  `slice of ${SLICE} trainees: indexed ${fmt(indexed.cpuMs)} CPU, naive all-pairs ${fmt(naive.cpuMs)} CPU → speed-up ×${ratio.toFixed(1)}` +
    ` (naive full pass ≈ ${fmt((naive.cpuMs * TRAINEES) / SLICE)} CPU)`,
)
const same = key(indexed.value) === key(naive.value)
console.log(`indexed and naive choose the same recommendations: ${same ? 'yes' : 'NO'}`)
check(same, 'indexed and naive engines disagree')

// A new opening: its top 50 among all trainees.
const fresh = {
  ...syntheticOpening(OPENINGS + 1),
  status: 'open' as const,
  employerOk: true,
  postedAt: NOW.toISOString(),
}
const built = time(() => new TraineeIndex(data.trainees))
const top = time(() => built.value.rank(fresh, 50, NOW))
console.log(
  `top 50 for a new opening: ${fmt(top.ms)} wall, ${fmt(top.cpuMs)} CPU (budget ${fmt(BUDGET.top50Ms)}; trainee index built once in ${fmt(built.ms)}) — best: ${top.value[0]?.reasons.join(' · ') ?? '(none)'}`,
)
check(top.ms <= BUDGET.top50Ms, `top 50 took ${fmt(top.ms)}`)
check(top.value.length === 50, `top 50 found ${top.value.length}`)

const example = full.value.find((a) => a.reason.includes('学过'))
if (example) console.log(`example reason: ${example.reason}`)

const memory = process.memoryUsage()
console.log(
  `memory: heapUsed ${mb(memory.heapUsed)}, rss ${mb(memory.rss)} (budget < ${mb(BUDGET.memoryBytes)})`,
)
check(memory.rss < BUDGET.memoryBytes, `rss ${mb(memory.rss)}`)

if (failures.length) {
  console.error(`OVER BUDGET: ${failures.join('; ')}`)
  process.exit(1)
}
console.log('all matching budgets met')
