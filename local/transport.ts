import { currentDatabase } from './context'
import type { WireParams, WireResponse } from './engine'
import { withFaults } from './faults'

/** The next event-loop turn. jsdom (component tests) has no setImmediate, only timers. */
const nextTurn = (): Promise<void> =>
  new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  )

/**
 * The request class the SDK instantiates for every query (`new Db.reqClass(config)`), pinned in
 * place of the HTTP requester. Each `send` is answered by the database of the current call, one
 * event-loop turn later.
 */
export class LocalTransport {
  constructor(readonly config?: unknown) {}

  async send(action: string, params?: WireParams): Promise<WireResponse> {
    // One event-loop turn, as a network round trip would take: concurrent calls interleave between
    // their database requests instead of each running to its end, so races show up locally too.
    await nextTurn()
    const database = currentDatabase()
    if (!database) {
      return {
        requestId: 'local-0',
        code: 'DATABASE_REQUEST_FAILED',
        message: '[LocalRuntime] no local runtime is open',
      }
    }
    return withFaults(database, action, () => database.execute(action, params))
  }
}
