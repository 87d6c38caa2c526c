import {
  COUNTER_SPECS,
  reconcileCounters,
  type ReconcileOptions,
  type ReconcileReport,
} from '../../cloudfunctions/api/src/reconcile'
import type { LocalRuntime } from '../../local/cloud'

/** Runs the reconcile task's work against a runtime, as the timer would (or `idle`, as at start). */
export function reconcile(
  runtime: LocalRuntime,
  opts: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const db = runtime.cloud.database()
  return runtime.run(() =>
    reconcileCounters(
      { db, _: db.command, cloud: runtime.cloud, now: () => new Date() },
      COUNTER_SPECS,
      opts,
    ),
  )
}
