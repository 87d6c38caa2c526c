import { loadavg } from 'node:os'
import { COLLECTIONS } from '../../src/domain/collections'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { courseQueries, syntheticCourses } from './lib/courses'
import type { Benchmark } from './lib/harness'
import { summarise, timeSequential } from './lib/harness'

const COURSES = 1000
const REQUESTS = 2000
const WARMUP = 200

/** Times the catalog/courses filter mix on `runtime`, called in-process (no HTTP). */
async function timeMix(runtime: LocalRuntime): Promise<{ samples: number[]; cpuMs: number }> {
  const now = new Date()
  runtime.store.insertMany(COLLECTIONS.courses, syntheticCourses(now, COURSES))
  const mix = courseQueries(now)
  let i = 0
  let cpu = { user: 0, system: 0 }
  const samples = await timeSequential(
    async () => {
      if (i === WARMUP) cpu = process.cpuUsage()
      const { label, input } = mix[i++ % mix.length]
      const res = (await runtime.call('api', { route: 'catalog/courses', input }, null)) as {
        ok: boolean
      }
      if (!res.ok) throw new Error(`${label}: ${JSON.stringify(res)}`)
    },
    REQUESTS,
    WARMUP,
  )
  cpu = process.cpuUsage(cpu)
  return { samples, cpuMs: (cpu.user + cpu.system) / 1000 / REQUESTS }
}

/**
 * `catalog/courses` over 1,000 courses called in-process: the function and the query engine without
 * the HTTP hop, so the figure moves with the engine, not with the machine's load. Also prints the
 * same mix with mingo evaluating everything, for comparison.
 */
export const benchmark: Benchmark = {
  name: 'catalog/courses in-process, 1000 courses',
  // The budget for catalog/courses (p95 ≤ 20 ms); the HTTP figure is in courses.ts.
  budgetP95Ms: 20,
  async run() {
    const reference = await createRuntime({ fastPath: false })
    try {
      const { samples, cpuMs } = await timeMix(reference)
      const r = summarise(this, samples)
      console.log(
        `  mingo only: p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  CPU ${cpuMs.toFixed(2)} ms per request`,
      )
    } finally {
      reference.close()
    }
    const runtime = await createRuntime()
    try {
      const { samples, cpuMs } = await timeMix(runtime)
      console.log(
        `  fast path:  CPU ${cpuMs.toFixed(2)} ms per request; load average ${loadavg()[0].toFixed(1)}`,
      )
      return samples
    } finally {
      runtime.close()
    }
  },
}
