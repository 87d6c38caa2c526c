/**
 * Demo enrolments, made so the counters agree with the records: for every course
 * seatsLeft = capacity − (confirmed + in training + completed + dropped: a seat is not offered again
 * once training started, as `enroll/cancel` keeps it), and the waitlist counter and
 * ticket log match the waitlisted enrolments (positions 1…n), as the sign-up routes keep them.
 */
import type { Certificate, Enrollment, EnrollmentStatus } from '../../types/training'
import { beijingDate, isoBeijing, toInstant } from '../../src/domain/time'
import { enrollmentId } from '../../cloudfunctions/api/src/routes/training/store'
import type { CourseDraft } from './catalog'
import type { Person } from './people'
import { pad, rngFor } from './random'

export type EnrollmentDoc = Omit<Enrollment, 'id'> & { _id: string; demo: true }

/** demo-trainee finished this course (with a certificate) … */
export const DEMO_TRAINEE_COMPLETED = 'seed-course-01'
/** … and holds a confirmed seat on this one, run by demo-provider. */
export const DEMO_TRAINEE_CONFIRMED = 'seed-course-02'

const HOLDS_SEAT: EnrollmentStatus[] = ['confirmed', 'in_training', 'completed', 'dropped']
const DAY = 86_400_000

interface Plan {
  status: EnrollmentStatus
  count: number
}

function plans(draft: CourseDraft): Plan[] {
  const { fill, doc } = draft
  switch (fill.kind) {
    case 'done':
      return [
        { status: 'completed', count: fill.completed },
        { status: 'dropped', count: fill.dropped },
      ]
    case 'running':
      return [{ status: 'in_training', count: fill.n }]
    case 'closing':
      return [{ status: 'confirmed', count: fill.n }]
    case 'open':
      return [
        { status: 'confirmed', count: fill.n },
        { status: 'cancelled', count: fill.n >= 3 ? 1 : 0 },
      ]
    case 'left':
      return [{ status: 'confirmed', count: doc.capacity - fill.n }]
    case 'wait':
      return [
        { status: 'confirmed', count: doc.capacity },
        { status: 'waitlisted', count: fill.n },
      ]
  }
}

/**
 * Fills every course from the trainees, preferring people who wish for the course's brand and
 * occupation and who have the fewest enrolments so far. Mutates the course drafts' counters.
 */
export function buildEnrollments(
  now: Date,
  courses: CourseDraft[],
  people: readonly Person[],
): EnrollmentDoc[] {
  const load = new Map<string, number>()
  const trainees = people.filter((p) => p.openid.startsWith('seed-trainee-'))
  const docs: EnrollmentDoc[] = []
  let certificateNo = 0

  for (const draft of courses) {
    const course = draft.doc
    const rng = rngFor(`enroll:${course._id}`)
    const taken = new Set<string>()
    const pinned: Array<{ openid: string; status: EnrollmentStatus }> = []
    if (course._id === DEMO_TRAINEE_COMPLETED)
      pinned.push({ openid: 'demo-trainee', status: 'completed' })
    if (course._id === DEMO_TRAINEE_CONFIRMED)
      pinned.push({ openid: 'demo-trainee', status: 'confirmed' })

    const rank = (p: Person): number => {
      const w = p.profile.wishes
      return (
        (w.brands.includes(course.brand) ? 0 : 1000) +
        (load.get(p.openid) ?? 0) * 10 +
        (w.occupations.includes(course.occupation) ? 0 : 5)
      )
    }
    const ranked = trainees
      .map((p, order) => ({ p, order, rank: rank(p) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map((r) => r.p)

    const assigned: Array<{ openid: string; status: EnrollmentStatus }> = []
    for (const plan of plans(draft)) {
      let count = plan.count
      for (const pin of pinned.filter((p) => p.status === plan.status)) {
        assigned.push(pin)
        taken.add(pin.openid)
        count -= 1
      }
      for (const p of ranked) {
        if (count <= 0) break
        if (taken.has(p.openid)) continue
        assigned.push({ openid: p.openid, status: plan.status })
        taken.add(p.openid)
        count -= 1
      }
      if (count > 0) throw new Error(`not enough trainees for ${course._id}`)
    }

    // Sign-up times: before the deadline and before now; the waitlisted came last, in order.
    const from = toInstant(course.createdAt)
    const until = Math.min(toInstant(course.deadline), now.getTime() - 3_600_000)
    const times = assigned
      .map(() => from + Math.floor(rng.next() * Math.max(until - from, 1)))
      .sort((a, b) => a - b)
    const waiting = assigned.filter((a) => a.status === 'waitlisted')
    const ordered = [...assigned.filter((a) => a.status !== 'waitlisted'), ...waiting]

    const days = course.sessions.map((x) => ({
      day: beijingDate(x.startAt),
      start: toInstant(x.startAt),
      end: x.endAt,
    }))
    ordered.forEach(({ openid, status }, k) => {
      load.set(openid, (load.get(openid) ?? 0) + 1)
      const createdAt = isoBeijing(times[k])
      const doc: EnrollmentDoc = {
        _id: enrollmentId(course._id, openid),
        courseId: course._id,
        openid,
        brand: course.brand,
        occupation: course.occupation,
        status,
        attendance: {},
        createdAt,
        updatedAt: createdAt,
        demo: true,
      }
      if (status !== 'waitlisted') doc.confirmedAt = createdAt
      if (status === 'in_training') {
        for (const d of days) if (d.start <= now.getTime()) doc.attendance[d.day] = rng.chance(0.9)
        doc.updatedAt = isoBeijing(Math.min(now.getTime(), days[days.length - 1].start))
      }
      if (status === 'dropped') {
        doc.attendance = { [days[0].day]: true, [days[1].day]: false }
        doc.updatedAt = days[1].end
      }
      if (status === 'completed') {
        const absent = rng.chance(0.3) ? rng.int(1, days.length - 1) : -1
        days.forEach((d, j) => (doc.attendance[d.day] = j !== absent))
        const completedAt = days[days.length - 1].end
        const issuedAt = isoBeijing(Math.min(toInstant(completedAt) + 7 * DAY, now.getTime()))
        certificateNo += 1
        const certificate: Certificate = {
          type: course.certificate.type,
          number: `DEMO-${issuedAt.slice(0, 4)}-${pad(certificateNo, 5)}`,
          name: course.certificate.name,
          issuedAt,
        }
        if (course.certificate.level) certificate.level = course.certificate.level
        doc.certificate = certificate
        doc.completedAt = completedAt
        doc.updatedAt = issuedAt
      }
      if (status === 'cancelled') doc.updatedAt = isoBeijing(Math.min(times[k] + 2 * DAY, until))
      docs.push(doc)
    })

    const mine = docs.filter((d) => d.courseId === course._id)
    const waitlisted = mine.filter((d) => d.status === 'waitlisted')
    waitlisted.forEach((d, k) => (d.waitlistPosition = k + 1))
    course.seatsLeft = course.capacity - mine.filter((d) => HOLDS_SEAT.includes(d.status)).length
    course.waitlistLength = waitlisted.length
    course.waitlistLog = waitlisted.map((_, k) => `seed-ticket-${k + 1}`)
  }
  return docs
}
