import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { openBenchContext, summarise, type Benchmark } from './bench/lib/harness'

/**
 * Runs every benchmark in scripts/bench (only those whose file name contains an argument, if any):
 * - `<name>.bench.ts` exports `benchmark` and runs here against the local HTTP runtime over a
 *   seeded in-memory store; p50/p95/p99 are printed against its p95 budget;
 * - any other `<name>.ts` is a standalone script, run in its own process; non-zero exit = over budget.
 * Exits 1 if any benchmark is over budget.
 */
async function main() {
  const dir = join(__dirname, 'bench')
  const filters = process.argv.slice(2)
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
    .sort()
  const ms = (n: number) => `${n.toFixed(2)} ms`
  let allWithinBudget = true
  for (const file of files) {
    if (!file.endsWith('.bench.ts')) {
      console.log(`— ${file} (standalone)`)
      const { status } = spawnSync(process.execPath, [...process.execArgv, join(dir, file)], {
        stdio: 'inherit',
      })
      if (status !== 0) allWithinBudget = false
      continue
    }
    const { benchmark } = require(join(dir, file)) as { benchmark: Benchmark }
    const ctx = await openBenchContext()
    try {
      const r = summarise(benchmark, await benchmark.run(ctx))
      allWithinBudget &&= r.withinBudget
      console.log(
        `${r.name}: ${r.count} requests  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  ` +
          `budget p95 ≤ ${r.budgetP95Ms} ms: ${r.withinBudget ? 'OK' : 'OVER BUDGET'}`,
      )
    } finally {
      await ctx.close()
    }
  }
  if (!files.length) console.log('no benchmark matched')
  process.exit(allWithinBudget ? 0 : 1)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
