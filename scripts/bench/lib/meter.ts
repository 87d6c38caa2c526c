/**
 * A counting transport with a critical-path clock, for projecting what code costs in the cloud.
 * It wraps the local runtime's request class (`LocalTransport.send`, the SDK seam every database
 * request passes) and the subscribe-message OpenAPI, and counts requests, documents read and
 * written, and round trips on the critical path: requests sent in the same event-loop turn are in
 * flight together and cost one round trip; a request sent after another's answer costs another.
 */
import type { LocalRuntime } from '../../../local/cloud'
import { currentDatabase } from '../../../local/context'
import type { LocalDatabase, WireParams, WireResponse } from '../../../local/engine'
import { LocalTransport } from '../../../local/transport'

export interface Costs {
  /** Database requests, by action. */
  requests: Record<string, number>
  /** OpenAPI calls (subscribe messages). */
  openapi: number
  documentsRead: number
  documentsWritten: number
  /** Round trips on the critical path (database and OpenAPI alike). */
  roundTrips: number
  /** CPU time the local database spent answering (not the function's own work). */
  databaseMs: number
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Total database requests of a cost record. */
export const databaseRequests = (c: Costs) => Object.values(c.requests).reduce((a, b) => a + b, 0)

export interface Meter {
  costs: Costs
  /** Called as each round trip starts (e.g. to sample memory). */
  onRound?: () => void
  /** Puts the transport back; resolves the counts. */
  stop(): Costs
}

/** Starts counting the runtime's requests. */
export async function meter(runtime: LocalRuntime): Promise<Meter> {
  const { cloud } = runtime
  const database = (await runtime.run(() => currentDatabase())) as LocalDatabase
  const execute = database.execute.bind(database)
  // CPU time, not wall time: on a shared machine the wall clock also counts other processes.
  database.execute = (action, params) => {
    const start = process.cpuUsage()
    try {
      return execute(action, params)
    } finally {
      const used = process.cpuUsage(start)
      costs.databaseMs += (used.user + used.system) / 1000
    }
  }
  const costs: Costs = {
    requests: {},
    openapi: 0,
    documentsRead: 0,
    documentsWritten: 0,
    roundTrips: 0,
    databaseMs: 0,
  }
  const handle: Meter = {
    costs,
    stop() {
      database.execute = execute
      LocalTransport.prototype.send = send
      cloud.openapi.subscribeMessage.send = subscribe
      return costs
    },
  }
  let open = false
  const issued = () => {
    if (open) return
    open = true
    costs.roundTrips += 1
    handle.onRound?.()
    setImmediate(() => {
      open = false
    })
  }

  const send = LocalTransport.prototype.send
  LocalTransport.prototype.send = async function (this: LocalTransport, action, params) {
    issued()
    const short = action.replace('database.', '')
    costs.requests[short] = (costs.requests[short] ?? 0) + 1
    const response = await send.call(this, action, params)
    count(action, params ?? {}, response)
    return response
  }

  const subscribe = cloud.openapi.subscribeMessage.send
  cloud.openapi.subscribeMessage.send = (async (params: unknown) => {
    issued()
    costs.openapi += 1
    await nextTurn()
    return subscribe(params as never)
  }) as typeof subscribe

  function count(action: string, params: WireParams, response: WireResponse) {
    const data = response.data as Record<string, unknown> | undefined
    if (!data) return
    switch (action) {
      case 'database.getDocument':
        costs.documentsRead += (data.list as unknown[]).length
        break
      case 'database.aggregateDocuments':
        costs.documentsRead += matchedByFirstStage(execute, params)
        break
      case 'database.insertDocument':
        costs.documentsWritten += (data.insertedIds as unknown[]).length
        break
      case 'database.modifyDocument':
        costs.documentsWritten += Number(data.updated ?? 0) + (data.upsert_id ? 1 : 0)
        break
      case 'database.removeDocument':
        costs.documentsWritten += Number(data.deleted ?? 0)
        break
    }
  }
  return handle
}

/** The documents an aggregation reads: those its leading `$match` selects (along an index). */
function matchedByFirstStage(execute: LocalDatabase['execute'], params: WireParams): number {
  const first = params.stages?.[0]
  if (!params.collectionName || first?.stageKey !== '$match') return 0
  const answer = execute('database.calculateDocument', {
    collectionName: params.collectionName,
    query: first.stageValue,
  })
  return Number((answer.data as { total?: number } | undefined)?.total ?? 0)
}
