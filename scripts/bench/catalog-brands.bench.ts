import type { Benchmark } from './lib/harness'
import { timeSequential } from './lib/harness'

/** Issue #2's budget: `catalog/brands` through the local HTTP runtime, p95 ≤ 15 ms. */
export const benchmark: Benchmark = {
  name: 'catalog/brands over HTTP',
  budgetP95Ms: 15,
  async run({ callHttp }) {
    const once = async () => {
      const body = (await callHttp('catalog/brands', {})) as { ok: boolean; data?: unknown[] }
      if (!body.ok || body.data?.length !== 4)
        throw new Error(`catalog/brands answered ${JSON.stringify(body).slice(0, 200)}`)
    }
    return timeSequential(once, 2000, 200)
  },
}
