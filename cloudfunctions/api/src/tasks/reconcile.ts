import { COUNTER_SPECS, reconcileCounters } from '../reconcile'
import type { Task } from './task'

/**
 * The timer's reconcile: every shared counter recomputed from its records, drift fixed and logged
 * (a crash between a record's write and its counter's leaves drift; nothing else repairs it).
 */
export const reconcile: Task = async (ctx) => {
  const report = await reconcileCounters(ctx, COUNTER_SPECS)
  return {
    checked: report.checked,
    busy: report.busy,
    settled: report.settled,
    fixed: report.fixed,
  }
}
