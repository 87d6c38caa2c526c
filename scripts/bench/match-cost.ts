/**
 * Issue 10's cost model of the matching pass in the cloud. The pass runs through the real SDK path
 * over the local runtime, with a counting transport and a critical-path clock (lib/meter.ts), for
 * 5,000, 20,000 and 50,000 trainees × 5,000 openings; 20% of trainees hold a recommendation
 * credit. For the first pass and for the next one (nothing new) it prints database requests,
 * subscribe messages, documents read and written, round trips on the critical path, and the
 * projected function time at 10 ms and 30 ms per request (round trips × latency + the function's
 * own compute, i.e. CPU time less the local database's), and the function's memory (heap growth
 * during the pass, the local store's new documents included). Budgets (50k × 5k): first pass
 * ≤ 60 s at 30 ms (the aim ≤ 15 s) and ≤ 1 GB; next pass ≤ 10 s at 30 ms. Exits non-zero when over.
 *
 *   npx tsx scripts/bench/match-cost.ts [trainees…]
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { runMatchPass } from '../../cloudfunctions/api/src/match/pass'
import { TEMPLATES } from '../../cloudfunctions/api/src/push'
import type { MatchOpening, MatchTrainee } from '../../cloudfunctions/api/src/match/model'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { NOW, resetRandom, syntheticOpening, syntheticTrainee } from './lib/match-data'
import { databaseRequests, meter, type Costs } from './lib/meter'

const SIZES = process.argv.slice(2).map(Number).filter(Boolean)
const TRAINEES = SIZES.length ? SIZES : [5_000, 20_000, 50_000]
const OPENINGS = 5_000
const CREDIT_SHARE = 0.2
const LATENCIES_MS = [10, 30]
const BUDGET = { firstMs: 60_000, aimMs: 15_000, nextMs: 10_000, memoryBytes: 1024 ** 3 }

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

type Doc = Record<string, unknown> & { _id: string }

function openingDoc(o: MatchOpening): Doc {
  const employerId = o.employerOk ? 'bench-employer-ok' : 'bench-employer-listed'
  return {
    _id: o.id,
    ...o,
    employerId,
    employerName: o.employerOk ? '柳州示范用人单位' : '失信用人单位',
    title: `${o.occupation}岗位`,
    postedAt: isoBeijing(Date.parse(o.postedAt)),
    expiresAt: isoBeijing(Date.parse(o.expiresAt)),
  }
}

/** The trainee as the database holds them: a complete profile and one enrolment each. */
function traineeDocs(t: MatchTrainee, i: number) {
  const course = t.courses[0]
  return {
    profile: {
      _id: t.id,
      name: `学员${i}`,
      complete: true,
      group: t.priority ? 'hard_to_employ' : 'rural_labor',
      county: t.county,
      wishes: t.wishes,
    },
    enrollment: {
      _id: `bench-course:${t.id}`,
      courseId: 'bench-course',
      openid: t.id,
      brand: course.brand,
      occupation: course.occupation,
      status: course.completed ? 'completed' : 'in_training',
      ...(course.certificate ? { certificate: course.certificate } : {}),
    },
  }
}

async function world(trainees: number): Promise<LocalRuntime> {
  resetRandom()
  const runtime = await createRuntime()
  const { store } = runtime
  store.insertMany(COLLECTIONS.employers, [
    {
      _id: 'bench-employer-ok',
      name: '柳州示范用人单位',
      uscc: 'bench-1',
      status: 'verified',
      blacklisted: false,
    },
    {
      _id: 'bench-employer-listed',
      name: '失信用人单位',
      uscc: 'bench-2',
      status: 'verified',
      blacklisted: true,
    },
  ])
  store.insertMany(
    COLLECTIONS.openings,
    Array.from({ length: OPENINGS }, (_, i) => openingDoc(syntheticOpening(i))),
  )
  const people = Array.from({ length: trainees }, (_, i) => traineeDocs(syntheticTrainee(i), i))
  store.insertMany(
    COLLECTIONS.profiles,
    people.map((p) => p.profile),
  )
  store.insertMany(
    COLLECTIONS.enrollments,
    people.map((p) => p.enrollment),
  )
  const every = Math.round(1 / CREDIT_SHARE)
  store.insertMany(
    COLLECTIONS.pushCredits,
    people
      .filter((_, i) => i % every === 0)
      .map(({ profile }) => ({
        _id: `${profile._id}:${TEMPLATES.recommendation}`,
        openid: profile._id,
        templateId: TEMPLATES.recommendation,
        count: 1,
      })),
  )
  return runtime
}

interface Measured {
  costs: Costs
  report: Awaited<ReturnType<typeof runMatchPass>>
  computeMs: number
  heapGrowth: number
}

/** One whole pass in one function call, metered. */
async function measuredPass(runtime: LocalRuntime): Promise<Measured> {
  gc()
  const baseline = process.memoryUsage().heapUsed
  let peak = baseline
  const m = await meter(runtime)
  m.onRound = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed)
  }
  const cpu = process.cpuUsage()
  const report = await runtime.run(() => {
    const db = runtime.cloud.database()
    return runMatchPass(
      { db, _: db.command, cloud: runtime.cloud, now: () => NOW },
      { fresh: true, budgetMs: 10 ** 9 },
    )
  })
  const used = process.cpuUsage(cpu)
  const costs = m.stop()
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  return {
    costs,
    report,
    computeMs: Math.max(0, (used.user + used.system) / 1000 - costs.databaseMs),
    heapGrowth: peak - baseline,
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`
const projected = (m: Measured, latency: number) => m.costs.roundTrips * latency + m.computeMs

function print(label: string, m: Measured) {
  const c = m.costs
  const byAction = Object.entries(c.requests)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')
  console.log(
    `  ${label}: ${m.report.trainees} trainees, ${m.report.recommendations} recommendations, ${m.report.subscribed} subscribe messages`,
  )
  console.log(
    `    database requests ${databaseRequests(c)} (${byAction}); OpenAPI ${c.openapi}; ` +
      `documents read ${c.documentsRead}, written ${c.documentsWritten}`,
  )
  console.log(
    `    critical-path round trips ${c.roundTrips}; function compute ${seconds(m.computeMs)}; ` +
      LATENCIES_MS.map((l) => `projected at ${l} ms ${seconds(projected(m, l))}`).join(', ') +
      `; heap growth ${mb(m.heapGrowth)}`,
  )
}

async function main() {
  const failures: string[] = []
  for (const trainees of TRAINEES) {
    console.log(
      `${trainees} trainees × ${OPENINGS} openings (${CREDIT_SHARE * 100}% hold a credit)`,
    )
    const runtime = await world(trainees)
    try {
      const first = await measuredPass(runtime)
      print('first pass', first)
      const next = await measuredPass(runtime)
      print('next pass, nothing new', next)
      if (trainees !== 50_000) continue
      const at30 = { first: projected(first, 30), next: projected(next, 30) }
      const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER BUDGET')
      console.log(
        `  budgets at 50k: first pass ${seconds(at30.first)} at 30 ms ≤ ${seconds(BUDGET.firstMs)} ` +
          `(aim ≤ ${seconds(BUDGET.aimMs)}): ${verdict(at30.first <= BUDGET.firstMs)}` +
          `${at30.first <= BUDGET.aimMs ? ', within the aim' : ', above the aim'}; ` +
          `memory ${mb(first.heapGrowth)} ≤ ${mb(BUDGET.memoryBytes)}: ${verdict(first.heapGrowth <= BUDGET.memoryBytes)}; ` +
          `next pass ${seconds(at30.next)} at 30 ms ≤ ${seconds(BUDGET.nextMs)}: ${verdict(at30.next <= BUDGET.nextMs)}`,
      )
      if (at30.first > BUDGET.firstMs) failures.push('first pass time')
      if (first.heapGrowth > BUDGET.memoryBytes) failures.push('first pass memory')
      if (at30.next > BUDGET.nextMs) failures.push('next pass time')
      if (!first.report.complete || !next.report.complete) failures.push('a pass did not complete')
    } finally {
      runtime.close()
    }
  }
  if (failures.length) {
    console.error(`OVER BUDGET: ${failures.join('; ')}`)
    process.exit(1)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
