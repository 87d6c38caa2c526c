import type { LocalRuntime } from './cloud'
import type { LocalDatabase, WireResponse } from './engine'
import type { LocalStore } from './store'

/**
 * Fault injection for tests: the database fails one write, or the process "crashes", after the
 * Nth write request (insert, update, remove, transaction commit) of a runtime. A crash lets the
 * Nth write through and then answers nothing more: every later request of that runtime is
 * refused, as if the function instance had died there, so a test can stop an operation at every
 * write point, reopen the store in a new runtime and check what a restart finds.
 */
export interface FaultPlan {
  /** `fail`: write N+1 answers an error, later ones go through. `crash`: nothing after write N
   * (write N+1 and every request after it are refused). */
  mode: 'fail' | 'crash'
  afterWrites: number
}

/** What a runtime's fault plan has seen so far. */
export interface FaultState {
  writes: number
  crashed: boolean
}

const WRITES = new Set([
  'database.insertDocument',
  'database.modifyDocument',
  'database.modifyAndReturnDoc',
  'database.removeDocument',
  'database.commitTransaction',
])

const plans = new WeakMap<LocalStore, { plan: FaultPlan | null; state: FaultState }>()

/** Starts counting a runtime's writes and applies `plan` (null: count only, never fail). */
export function injectFault(runtime: LocalRuntime, plan: FaultPlan | null): FaultState {
  const state = { writes: 0, crashed: false }
  plans.set(runtime.store, { plan, state })
  return state
}

export function clearFault(runtime: LocalRuntime): void {
  plans.delete(runtime.store)
}

/** Runs one request of the transport, or refuses it as the plan says. */
export function withFaults(
  database: LocalDatabase,
  action: string,
  execute: () => WireResponse,
): WireResponse {
  const entry = plans.get(database.store)
  if (!entry) return execute()
  const { plan, state } = entry
  const refuse = (why: string): WireResponse => ({
    requestId: 'local-fault',
    code: 'DATABASE_REQUEST_FAILED',
    message: `[LocalRuntime] injected fault: ${why}`,
  })
  if (state.crashed) return refuse('the instance crashed')
  if (!WRITES.has(action)) return execute()
  if (plan?.mode === 'crash' && state.writes >= plan.afterWrites) {
    state.crashed = true
    return refuse('the instance crashed')
  }
  state.writes += 1
  if (plan?.mode === 'fail' && state.writes === plan.afterWrites + 1) return refuse('write failed')
  return execute()
}
