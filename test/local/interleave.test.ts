import { createRuntime, FUNCTIONS, type CloudMain, type LocalRuntime } from '../../local/cloud'
import { startServer, type LocalServer } from '../../local/server'

/**
 * Concurrent HTTP calls interleave between their database requests, as cloud invocations do, so a
 * handler that reads and then writes without a condition loses updates locally too.
 */
describe('concurrent calls over HTTP', () => {
  const CALLS = 20
  let runtime: LocalRuntime
  let server: LocalServer
  const api = FUNCTIONS.api
  const variants: Record<string, CloudMain> = {}

  // Holds calls until all have arrived, then lets them go one per event-loop turn, as requests
  // coming off the network would: each starts while the ones before it are still running.
  let waiting: Array<() => void> = []
  const releaseNext = () => {
    const next = waiting.shift()
    if (!next) return
    next()
    setImmediate(releaseNext)
  }
  const arrivals = () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve)
      if (waiting.length === CALLS) releaseNext()
    })

  beforeAll(async () => {
    runtime = await createRuntime()
    server = await startServer({ port: 0, host: '127.0.0.1', runtime, staticDir: '/nonexistent' })
    const db = () => runtime.cloud.database()
    const counter = () => db().collection('counters').doc('visits')
    variants.readThenWrite = async () => {
      await arrivals()
      const { data } = (await counter().get()) as unknown as { data: { n: number } }
      await counter().update({ data: { n: data.n + 1 } })
      return { ok: true }
    }
    variants.increment = async () => {
      await counter().update({ data: { n: db().command.inc(1) } })
      return { ok: true }
    }
  })
  afterAll(async () => {
    FUNCTIONS.api = api
    await server.close()
    runtime.close()
  })

  // The HTTP face offers the `api` function only: each variant stands in for it.
  const hammer = async (variant: string) => {
    FUNCTIONS.api = () => variants[variant]
    waiting = []
    runtime.store.apply([{ collection: 'counters', id: 'visits', doc: { _id: 'visits', n: 0 } }])
    const bodies = await Promise.all(
      Array.from({ length: CALLS }, () =>
        fetch(`${server.url}/fn/api`, { method: 'POST', body: '{}' }).then((r) => r.json()),
      ),
    )
    expect(bodies).toEqual(Array.from({ length: CALLS }, () => ({ ok: true })))
    return runtime.store.get('counters', 'visits')?.n
  }

  it('lose updates when each reads and then writes', async () => {
    expect(await hammer('readThenWrite')).toBeLessThan(CALLS)
  })

  it('count every call with an atomic increment', async () => {
    expect(await hammer('increment')).toBe(CALLS)
  })
})
