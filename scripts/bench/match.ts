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
import {
  MatchEngine,
  TraineeIndex,
  type Assignment,
} from '../../cloudfunctions/api/src/match/engine'
import { NOW, syntheticOpening, syntheticTrainee } from './lib/match-data'

const TRAINEES = Number(process.argv[2] ?? 50_000)
const OPENINGS = Number(process.argv[3] ?? 5_000)
const SLICE = 2_000
const BUDGET = { passMs: 10_000, top50Ms: 200, memoryBytes: 1024 ** 3 }

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
