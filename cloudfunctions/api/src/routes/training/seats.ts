import { randomBytes } from 'node:crypto'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing } from '../../../../../src/domain/time'
import type { RouteContext } from '../../context'
import { bump, counterStamp } from '../../counters'
import { findOne } from '../../db'
import type { CourseRecord, EnrollmentRecord } from './store'
import { updateCount } from './store'

/**
 * Seats and the waitlist, kept exact by the database itself: every change of a counter is one
 * conditional atomic update, so any number of function instances can sign people up at once.
 *
 * - A newcomer takes a seat only while nobody waits (`waitlistLength: 0`), so the queue is not jumped.
 * - Joining the waitlist bumps `waitlistLength` (bounded by `waitlistCapacity`) and pushes a ticket
 *   to `waitlistLog` in the same update; the ticket's index is the caller's position.
 * - A freed seat goes to the lowest waitlisted position; promotion is conditional on the
 *   enrolment still being `waitlisted`, so no one is promoted twice.
 *
 * Every change stamps `countersAt` (counters.ts); a crash between a counter and its enrolment is
 * repaired by the reconciler, which recomputes both counters from the enrolments.
 */
type Ctx = Pick<RouteContext, 'db' | '_' | 'now'>

/** Waitlist tickets a course can ever hand out. */
const MAX_TICKETS = 5000

const courses = (ctx: Ctx) => ctx.db.collection(COLLECTIONS.courses)
const enrollments = (ctx: Ctx) => ctx.db.collection(COLLECTIONS.enrollments)

/** Gives older course documents (seeded without counters) their waitlist counter. */
export async function ensureCounters(ctx: Ctx, course: CourseRecord): Promise<void> {
  if (typeof course.waitlistLength === 'number') return
  await updateCount(courses(ctx).where({ _id: course._id, waitlistLength: ctx._.exists(false) }), {
    waitlistLength: 0,
    ...counterStamp(ctx),
  })
}

/** A seat for a newcomer, if one is free and nobody is waiting. */
export async function takeSeat(ctx: Ctx, courseId: string): Promise<boolean> {
  const where = { _id: courseId, status: 'open', seatsLeft: ctx._.gt(0), waitlistLength: 0 }
  return bump(ctx, COLLECTIONS.courses, where, { seatsLeft: -1 })
}

/** Puts a seat back (a cancellation, or a sign-up that lost a race). */
export async function returnSeat(ctx: Ctx, courseId: string): Promise<void> {
  await bump(ctx, COLLECTIONS.courses, { _id: courseId }, { seatsLeft: 1 })
}

/** A waitlist position (1 = first), or null when the waitlist is full. */
export async function joinWaitlist(ctx: Ctx, course: CourseRecord): Promise<number | null> {
  const ticket = randomBytes(8).toString('hex')
  const where = {
    _id: course._id,
    status: 'open',
    waitlistLength: ctx._.lt(course.waitlistCapacity),
    // Keeps the ticket log (and so the course document) bounded however often people re-queue.
    [`waitlistLog.${MAX_TICKETS - 1}`]: ctx._.exists(false),
  }
  const joined = await updateCount(courses(ctx).where(where), {
    waitlistLength: ctx._.inc(1),
    waitlistLog: ctx._.push(ticket),
    ...counterStamp(ctx),
  })
  if (joined !== 1) return null
  const log = await findOne<Pick<CourseRecord, 'waitlistLog'>>(
    courses(ctx).where({ _id: course._id }).field({ waitlistLog: true }).limit(1),
  )
  const index = log?.waitlistLog?.indexOf(ticket) ?? -1
  if (index < 0) throw new Error(`waitlist ticket ${ticket} missing on course ${course._id}`)
  return index + 1
}

/** Leaves the waitlist's count (after a cancellation, a promotion or a lost race). */
export async function leaveWaitlist(ctx: Ctx, courseId: string): Promise<void> {
  await bump(
    ctx,
    COLLECTIONS.courses,
    { _id: courseId, waitlistLength: ctx._.gt(0) },
    {
      waitlistLength: -1,
    },
  )
}

/**
 * Moves waitlisted people into free seats, lowest position first, up to `max` of them. Safe to run
 * from any number of callers at once: each promotion first takes a seat atomically, then flips one
 * enrolment from waitlisted to confirmed conditionally; a seat that finds nobody is put back.
 */
export async function fillFromWaitlist(ctx: Ctx, courseId: string, max = 1): Promise<number> {
  let promoted = 0
  while (promoted < max) {
    const seat = await bump(
      ctx,
      COLLECTIONS.courses,
      { _id: courseId, seatsLeft: ctx._.gt(0) },
      {
        seatsLeft: -1,
      },
    )
    if (!seat) return promoted
    if (!(await promoteFirst(ctx, courseId))) {
      await returnSeat(ctx, courseId)
      return promoted
    }
    promoted += 1
  }
  return promoted
}

/** Confirms the first waitlisted enrolment, retrying when another caller got to it first. */
async function promoteFirst(ctx: Ctx, courseId: string): Promise<boolean> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const next = await findOne<EnrollmentRecord>(
      enrollments(ctx)
        .where({ courseId, status: 'waitlisted' })
        .orderBy('waitlistPosition', 'asc')
        .limit(1),
    )
    if (!next) return false
    const now = isoBeijing(ctx.now())
    const flipped = await updateCount(
      enrollments(ctx).where({ _id: next._id, status: 'waitlisted' }),
      {
        status: 'confirmed',
        confirmedAt: now,
        updatedAt: now,
      },
    )
    if (flipped === 1) {
      await leaveWaitlist(ctx, courseId)
      return true
    }
  }
  return false
}
