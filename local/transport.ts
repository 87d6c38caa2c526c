import { currentDatabase } from './context'
import type { WireParams, WireResponse } from './engine'

/**
 * The request class the SDK instantiates for every query (`new Db.reqClass(config)`), pinned in
 * place of the HTTP requester. Each `send` is answered by the database of the current call.
 */
export class LocalTransport {
  constructor(readonly config?: unknown) {}

  async send(action: string, params?: WireParams): Promise<WireResponse> {
    const database = currentDatabase()
    if (!database) {
      return {
        requestId: 'local-0',
        code: 'DATABASE_REQUEST_FAILED',
        message: '[LocalRuntime] no local runtime is open',
      }
    }
    return database.execute(action, params)
  }
}
