import {
  COUNTER_SPECS,
  reconcileCounters,
  type ReconcileReport,
} from '../cloudfunctions/api/src/reconcile'
import type { LocalRuntime } from './cloud'

/**
 * The reconcile a runtime runs as it opens its store: nothing else runs yet, so every counter is
 * recomputed from its records without a quiet window (a previous process may have died between
 * a record's write and its counter's). Logs what it fixed.
 */
export async function reconcileAtStart(runtime: LocalRuntime): Promise<ReconcileReport> {
  const db = runtime.cloud.database()
  const report = await runtime.run(() =>
    reconcileCounters(
      { db, _: db.command, cloud: runtime.cloud, now: () => new Date() },
      COUNTER_SPECS,
      {
        idle: true,
      },
    ),
  )
  if (report.fixed.length || report.settled)
    console.log(
      `[reconcile] at start: ${report.fixed.length} counters fixed, ${report.settled} half-done records settled`,
    )
  return report
}
