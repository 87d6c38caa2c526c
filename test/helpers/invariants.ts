import { COLLECTIONS } from '../../src/domain/collections'
import type { LocalRuntime } from '../../local/cloud'

type Doc = Record<string, unknown>

/** Statuses of an enrolment that hold a seat (a trainee who dropped out keeps it). */
const HOLDS_SEAT = ['confirmed', 'in_training', 'completed', 'dropped']

/**
 * Every counter that disagrees with its records, as `collection/id field: counter ≠ records`:
 * seats + holders = capacity, waitlist length = waitlisted enrolments, event sign-ups and
 * check-ins, opening hires, brand training and employment progress. Empty when all agree.
 */
export function counterDrift(runtime: LocalRuntime): string[] {
  const all = (c: string) => runtime.store.all(c) as Doc[]
  const enrollments = all(COLLECTIONS.enrollments)
  const signups = all(COLLECTIONS.eventSignups)
  const applications = all(COLLECTIONS.applications)
  const drift: string[] = []
  const check = (where: string, counter: unknown, records: number) => {
    if ((counter ?? 0) !== records) drift.push(`${where}: ${String(counter)} ≠ ${records}`)
  }
  for (const course of all(COLLECTIONS.courses)) {
    const mine = enrollments.filter((e) => e.courseId === course._id)
    const holding = mine.filter((e) => HOLDS_SEAT.includes(String(e.status))).length
    check(`courses/${course._id} seatsLeft`, course.seatsLeft, Number(course.capacity) - holding)
    const waiting = mine.filter((e) => e.status === 'waitlisted').length
    check(`courses/${course._id} waitlistLength`, course.waitlistLength, waiting)
  }
  for (const event of all(COLLECTIONS.events)) {
    const mine = signups.filter((s) => s.eventId === event._id)
    const signedUp = mine.filter((s) => s.status === 'signed_up').length
    check(`events/${event._id} signupCount`, event.signupCount, signedUp)
    check(
      `events/${event._id} checkedInCount`,
      event.checkedInCount,
      mine.filter((s) => s.checkedInAt).length,
    )
  }
  for (const opening of all(COLLECTIONS.openings)) {
    const hired = applications.filter((a) => a.openingId === opening._id && a.status === 'hired')
    check(`openings/${opening._id} hired`, opening.hired, hired.length)
  }
  for (const brand of all(COLLECTIONS.brands)) {
    const progress = (brand.progress ?? {}) as { training?: number; employment?: number }
    const completed = enrollments.filter((e) => e.brand === brand._id && e.status === 'completed')
    check(`brands/${brand._id} progress.training`, progress.training, completed.length)
    const hired = applications.filter((a) => a.brand === brand._id && a.status === 'hired')
    check(`brands/${brand._id} progress.employment`, progress.employment, hired.length)
  }
  return drift
}
