import { COLLECTIONS } from '../../../../src/domain/collections'
import { findMany } from '../db'
import { fillFromWaitlist } from '../routes/training/seats'
import { SEAT_STATUSES, type EnrollmentRecord } from '../routes/training/store'
import type { TaskContext } from '../tasks/task'
import type { CounterSpec } from './engine'

/**
 * Sign-ups a crashed 报名 left in `placing` (they hold nothing): put back as they were, removed or
 * cancelled again, so the worker can sign up afresh.
 */
async function settlePlacing(ctx: TaskContext, staleBefore: string): Promise<number> {
  const enrollments = ctx.db.collection(COLLECTIONS.enrollments)
  const stale = await findMany<EnrollmentRecord>(
    enrollments.where({ status: 'placing', updatedAt: ctx._.lt(staleBefore) }).limit(1000),
  )
  let settled = 0
  for (const e of stale) {
    const mine = enrollments.where({ _id: e._id, status: 'placing', updatedAt: e.updatedAt })
    const result = (
      e.placingFrom === 'cancelled'
        ? await mine.update({ data: { status: 'cancelled', placingFrom: ctx._.remove() } })
        : await mine.remove()
    ) as { stats: { updated?: number; removed?: number } }
    settled += (result.stats.updated ?? 0) + (result.stats.removed ?? 0)
  }
  return settled
}

/**
 * A course's free seats are its capacity less the enrolments holding one; its waitlist length is
 * the waitlisted enrolments. A seat found free while people wait goes to the first of them.
 */
export const COURSE_SEATS: CounterSpec = {
  name: 'courses.seats',
  parents: COLLECTIONS.courses,
  records: COLLECTIONS.enrollments,
  parentKey: 'courseId',
  touchedAt: 'updatedAt',
  reads: ['capacity'],
  rules: [
    {
      field: 'seatsLeft',
      where: (_) => ({ status: _.in([...SEAT_STATUSES]) }),
      value: (holding, course) => Number(course.capacity) - holding,
    },
    { field: 'waitlistLength', where: () => ({ status: 'waitlisted' }) },
  ],
  settle: settlePlacing,
  async after(ctx, course) {
    const seats = Number(course.seatsLeft)
    if (seats > 0 && Number(course.waitlistLength) > 0)
      await fillFromWaitlist(ctx, course._id, seats)
  },
}

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

/** A brand's training progress counts its completed enrolments (they never leave that state). */
export const BRAND_TRAINING: CounterSpec = {
  name: 'brands.training',
  parents: COLLECTIONS.brands,
  records: COLLECTIONS.enrollments,
  parentKey: 'brand',
  touchedAt: 'completedAt',
  rules: [{ field: 'progress.training', where: () => ({ status: 'completed' }) }],
}

/** A brand's employment progress counts its hired applications (a hire is never undone). */
export const BRAND_EMPLOYMENT: CounterSpec = {
  name: 'brands.employment',
  parents: COLLECTIONS.brands,
  records: COLLECTIONS.applications,
  parentKey: 'brand',
  touchedAt: 'hiredAt',
  rules: [{ field: 'progress.employment', where: () => ({ status: 'hired' }) }],
}

/** An opening's `hired` counts its hired applications. */
export const OPENING_HIRES: CounterSpec = {
  name: 'openings.hired',
  parents: COLLECTIONS.openings,
  records: COLLECTIONS.applications,
  parentKey: 'openingId',
  touchedAt: 'hiredAt',
  rules: [{ field: 'hired', where: () => ({ status: 'hired' }) }],
}

/** Every counter the reconciler keeps equal to its records. */
export const COUNTER_SPECS: readonly CounterSpec[] = [
  COURSE_SEATS,
  EVENT_COUNTS,
  BRAND_TRAINING,
  BRAND_EMPLOYMENT,
  OPENING_HIRES,
]
