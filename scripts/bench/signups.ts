/**
 * Issue 9's crowd: 500 workers tap 报名 for one course, then 500 sign up for one recruitment event,
 * all at once, through the local HTTP runtime (`POST /fn/api`) over a durable SQLite store on disk
 * (WAL, synchronous=FULL: every acknowledged write is on disk). Prints sign-ups per second, p50/p95
 * latency, the answers by code and whether the counters equal the records, against the targets;
 * exits non-zero when a target is missed.
 *
 *   npx tsx scripts/bench/signups.ts [workers]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ApiResult } from '../../types/api'
import { BRAND_LINES } from '../../src/domain/brands'
import { COLLECTIONS } from '../../src/domain/collections'
import { idCheckChar } from '../../src/domain/id-card'
import { beijingDayAt, isoBeijing } from '../../src/domain/time'
import { createRuntime } from '../../local/cloud'
import { injectFault } from '../../local/faults'
import { startServer } from '../../local/server'

const WORKERS = Number(process.argv[2] ?? 500)
/**
 * Targets: every tap answered and counted exactly, none told 人太多了 (CONFLICT) or 系统开小差
 * (INTERNAL), and a fair's opening minute served: 500 taps at once all answered within 15 s.
 * Locally the rate is bound by the disk: every durable write is one fsync'd SQLite commit, so the
 * writes per sign-up are printed too.
 */
const TARGETS = { conflicts: 0, internal: 0, minPerSecond: 30, maxP95Ms: 15_000 }

const PROVIDER = 'bench-provider'
const STAFF = 'bench-staff'

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function profile(n: number) {
  const first17 = `45020219900101${String(n % 1000).padStart(3, '0')}`
  return {
    name: `压测${n}号`,
    phone: `138${String(n).padStart(8, '0')}`,
    idNumber: first17 + idCheckChar(first17),
    county: '融水苗族自治县',
    township: '融水镇',
    group: 'rural_labor',
    education: 'junior',
    wishes: {
      brands: ['mifen'],
      occupations: ['传统螺蛳粉烹制'],
      places: ['柳州市内均可'],
      minPay: 3500,
    },
    consent: true,
  }
}

function course(now: Date, capacity: number) {
  return {
    title: '螺蛳粉传统烹制技能培训班',
    brand: 'mifen',
    occupation: '传统螺蛳粉烹制',
    mode: 'offline',
    venue: {
      name: '融水县螺蛳粉实训基地',
      address: '融水镇寿星路2号',
      county: '融水苗族自治县',
      point: { latitude: 25.0661, longitude: 109.2566 },
    },
    sessions: [{ startAt: beijingDayAt(now, 10, '09:00'), endAt: beijingDayAt(now, 10, '17:00') }],
    deadline: beijingDayAt(now, 9, '18:00'),
    capacity,
    waitlistCapacity: WORKERS,
    fee: 0,
    subsidy: '符合条件的劳动者免费',
    certificate: { type: 'skill_level', level: 5, name: '螺蛳粉制作（五级）职业技能等级证书' },
    description: '从备料、熬汤到出餐的完整流程。',
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'liuzhou-bench-signups-'))
  const runtime = await createRuntime({ file: join(dir, 'store.sqlite') })
  const server = await startServer({ port: 0, runtime, staticDir: '/nonexistent' })
  // A connection per tap, as 500 phones would open (and no idle keep-alive socket to race).
  const agent = new Agent({ keepAlive: false, maxSockets: WORKERS })
  const call = (openid: string, route: string, input: unknown) =>
    new Promise<ApiResult<Record<string, unknown>>>((resolve, reject) => {
      const body = JSON.stringify({ route, input })
      const req = request(
        {
          agent,
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/fn/api',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-openid': openid,
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))))
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      req.end(body)
    })
  const must = async (p: Promise<ApiResult<Record<string, unknown>>>) => {
    const r = await p
    if (!r.ok) throw new Error(`setup failed: ${r.code} ${r.message}`)
    return r.data
  }

  try {
    const now = new Date()
    runtime.store.insertMany(
      COLLECTIONS.brands,
      BRAND_LINES.map((b) => ({ ...b, _id: b.id, progress: { training: 0, employment: 0 } })),
    )
    runtime.store.insertMany(COLLECTIONS.providers, [
      {
        _id: 'bench-prov',
        id: 'bench-prov',
        name: '压测培训学校',
        county: '城中区',
        ownerOpenid: PROVIDER,
      },
    ])
    runtime.store.insertMany(COLLECTIONS.users, [
      { _id: PROVIDER, roles: ['provider'], providerId: 'bench-prov' },
      { _id: STAFF, roles: ['staff'] },
    ])
    const workers = Array.from({ length: WORKERS }, (_, i) => `bench-worker-${i}`)
    for (const [i, w] of workers.entries()) await must(call(w, 'profile/save', profile(i)))
    const capacity = Math.round(WORKERS / 5)
    const courseId = String(
      (await must(call(PROVIDER, 'provider/course/save', course(now, capacity)))).id,
    )
    const start = now.getTime() + 72 * 3_600_000
    const eventId = String(
      (
        await must(
          call(STAFF, 'staff/event/save', {
            title: '八桂米粉师傅专场招聘会',
            brand: 'mifen',
            mode: 'offline',
            venue: {
              name: '柳州市人力资源市场',
              address: '城中区文昌路1号',
              county: '城中区',
              point: { latitude: 24.3125, longitude: 109.4156 },
            },
            organiser: '柳州市人力资源和社会保障局',
            startAt: isoBeijing(start),
            endAt: isoBeijing(start + 3 * 3_600_000),
            description: '螺蛳粉店、米粉厂现场招聘。',
          }),
        )
      ).id,
    )
    await must(call(STAFF, 'staff/event/publish', { id: eventId }))

    let missed = false
    const crowd = async (
      label: string,
      route: string,
      input: unknown,
      exact: () => string | null,
    ) => {
      const latencies: number[] = []
      const codes: Record<string, number> = {}
      const writes = injectFault(runtime, null)
      const started = process.hrtime.bigint()
      await Promise.all(
        workers.map(async (w) => {
          const t0 = process.hrtime.bigint()
          const r = await call(w, route, input)
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6)
          const code = r.ok ? 'ok' : r.code
          codes[code] = (codes[code] ?? 0) + 1
        }),
      )
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      const sorted = latencies.sort((a, b) => a - b)
      const perSecond = WORKERS / seconds
      const p95 = percentile(sorted, 95)
      const conflicts = codes.CONFLICT ?? 0
      const internal = codes.INTERNAL ?? 0
      const drift = exact()
      const checks = [
        [
          `${perSecond.toFixed(0)} sign-ups/s`,
          `≥ ${TARGETS.minPerSecond}`,
          perSecond >= TARGETS.minPerSecond,
        ],
        [
          `p95 ${p95.toFixed(0)} ms (p50 ${percentile(sorted, 50).toFixed(0)} ms)`,
          `≤ ${TARGETS.maxP95Ms} ms`,
          p95 <= TARGETS.maxP95Ms,
        ],
        [`CONFLICT ${conflicts}`, `= ${TARGETS.conflicts}`, conflicts === TARGETS.conflicts],
        [`INTERNAL ${internal}`, `= ${TARGETS.internal}`, internal === TARGETS.internal],
        [drift ? `counters: ${drift}` : 'counters = records', 'exact', drift === null],
      ] as const
      console.log(
        `${label}: ${WORKERS} at once, answers ${JSON.stringify(codes)}, ` +
          `${(writes.writes / WORKERS).toFixed(1)} write requests per sign-up`,
      )
      for (const [measured, target, met] of checks) {
        console.log(`  ${measured.padEnd(36)} target ${target.padEnd(10)} ${met ? 'OK' : 'MISSED'}`)
        if (!met) missed = true
      }
    }

    await crowd('enroll/create', 'enroll/create', { courseId }, () => {
      const mine = runtime.store.all(COLLECTIONS.enrollments).filter((e) => e.courseId === courseId)
      const doc = runtime.store.get(COLLECTIONS.courses, courseId)!
      const confirmed = mine.filter((e) => e.status === 'confirmed').length
      const waiting = mine.filter((e) => e.status === 'waitlisted').length
      const ok =
        confirmed === capacity &&
        waiting === WORKERS - capacity &&
        doc.seatsLeft === 0 &&
        doc.waitlistLength === waiting
      return ok
        ? null
        : `${confirmed} confirmed, ${waiting} waitlisted, seatsLeft ${doc.seatsLeft}, waitlistLength ${doc.waitlistLength}`
    })
    await crowd('events/signup', 'events/signup', { eventId }, () => {
      const signups = runtime.store
        .all(COLLECTIONS.eventSignups)
        .filter((s) => s.eventId === eventId && s.status === 'signed_up').length
      const count = runtime.store.get(COLLECTIONS.events, eventId)?.signupCount
      return signups === WORKERS && count === WORKERS
        ? null
        : `${signups} records, signupCount ${count}`
    })
    process.exitCode = missed ? 1 : 0
  } finally {
    agent.destroy()
    await server.close()
    runtime.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
