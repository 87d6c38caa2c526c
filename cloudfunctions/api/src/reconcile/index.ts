export { reconcileCounters, QUIET_MS } from './engine'
export type { CounterSpec, Fix, ReconcileOptions, ReconcileReport } from './engine'
export { COUNTER_SPECS } from './specs'
