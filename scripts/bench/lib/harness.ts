import { Agent, request } from 'node:http'
import { join } from 'node:path'
import { createRuntime, type LocalRuntime } from '../../../local/cloud'
import { seedAvailable, seedIfEmpty } from '../../../local/seed'
import { startServer, type LocalServer } from '../../../local/server'

/** What a benchmark gets: the HTTP runtime on an ephemeral port over a seeded in-memory store. */
export interface BenchContext {
  runtime: LocalRuntime
  server: LocalServer
  /** POSTs `{ route, input }` to `/fn/<fn>` as `openid`; resolves the parsed body. */
  callHttp(route: string, input: unknown, opts?: { openid?: string; fn?: string }): Promise<unknown>
}

/** One benchmark: `scripts/bench/<name>.bench.ts` exports it as `benchmark`. */
export interface Benchmark {
  name: string
  /** p95 budget in milliseconds. */
  budgetP95Ms: number
  /** Resolves the duration in ms of every measured request (after its own warm-up). */
  run(ctx: BenchContext): Promise<number[]>
}

export interface BenchResult {
  name: string
  count: number
  p50: number
  p95: number
  p99: number
  budgetP95Ms: number
  withinBudget: boolean
}

/** Opens the runtime and server for a benchmark run. */
export async function openBenchContext(): Promise<BenchContext & { close(): Promise<void> }> {
  const runtime = await createRuntime()
  if (!seedAvailable())
    throw new Error(
      'database/seed/index.ts (buildSeed) is missing: the benchmarks need the demo data',
    )
  await seedIfEmpty(runtime)
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    runtime,
    staticDir: join(__dirname, '..', '..', '..', 'dist', 'h5'),
  })
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const callHttp: BenchContext['callHttp'] = (route, input, opts = {}) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ route, input })
      const req = request(
        {
          agent,
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: `/fn/${opts.fn ?? 'api'}`,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-openid': opts.openid ?? '',
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
  return {
    runtime,
    server,
    callHttp,
    async close() {
      agent.destroy()
      await server.close()
      runtime.close()
    },
  }
}

/** Times `fn` `iterations` times in sequence after `warmup` untimed runs. */
export async function timeSequential(
  fn: () => Promise<void>,
  iterations: number,
  warmup: number,
): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn()
  const samples: number[] = []
  for (let i = 0; i < iterations; i += 1) {
    const start = process.hrtime.bigint()
    await fn()
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return samples
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** p50/p95/p99 of the samples against the benchmark's budget. */
export function summarise(bench: Benchmark, samples: number[]): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b)
  const p95 = percentile(sorted, 95)
  return {
    name: bench.name,
    count: samples.length,
    p50: percentile(sorted, 50),
    p95,
    p99: percentile(sorted, 99),
    budgetP95Ms: bench.budgetP95Ms,
    withinBudget: p95 <= bench.budgetP95Ms,
  }
}
