import { COLLECTIONS } from '../../../../src/domain/collections'
import type { CounterSpec } from './engine'

/** An event's sign-ups and check-ins are counts of its sign-up records. */
export const EVENT_COUNTS: CounterSpec = {
  name: 'events.counts',
  parents: COLLECTIONS.events,
  records: COLLECTIONS.eventSignups,
  parentKey: 'eventId',
  touchedAt: 'updatedAt',
  rules: [
    { field: 'signupCount', where: () => ({ status: 'signed_up' }) },
    { field: 'checkedInCount', where: (_) => ({ checkedInAt: _.exists(true) }) },
  ],
}

/** Every counter the reconciler keeps equal to its records. */
export const COUNTER_SPECS: readonly CounterSpec[] = [EVENT_COUNTS]
