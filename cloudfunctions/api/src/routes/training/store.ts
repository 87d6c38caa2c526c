import type { Course } from '../../../../../types/catalog'
import type {
  Certificate,
  CourseListItem,
  Enrollment,
  EnrollmentStatus,
} from '../../../../../types/training'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { certificateLabel } from '../../../../../src/domain/groups'
import { isoBeijing } from '../../../../../src/domain/time'
import type { Database, RouteContext } from '../../context'
import { findMany, findOne } from '../../db'
import { fail } from '../../errors'
import { opaqueId } from '../../opaque-id'

/**
 * A course as stored: the model plus the sign-up counters. `waitlistLength` is how many wait now;
 * `waitlistLog` is an append-only list of waitlist tickets whose index gives each its position
 * (the database has no find-and-modify, so an atomic push is how a caller learns its own number).
 */
export interface CourseRecord extends Course {
  _id: string
  waitlistLength?: number
  waitlistLog?: string[]
  createdAt?: string
  updatedAt?: string
}

/**
 * An enrolment as stored; `_id` = enrollmentId(courseId, openid), opaque (providers see it). `placing` is the state a sign-up is
 * written in before it takes a seat or a waitlist place (it holds neither, and no caller sees it);
 * `placingFrom` says what it was before, so a sign-up that fails or crashes can be put back.
 */
export interface EnrollmentRecord extends Omit<Enrollment, 'id' | 'status'> {
  _id: string
  status: EnrollmentStatus | 'placing'
  placingFrom?: 'cancelled'
}

/** The one enrolment a worker can have per course. */
export const enrollmentId = (courseId: string, openid: string) => opaqueId('enr', courseId, openid)

/** The status a caller sees: a sign-up still being placed is not one yet. */
export function visibleStatus(e: Pick<EnrollmentRecord, 'status'>): EnrollmentStatus {
  return e.status === 'placing' ? 'cancelled' : e.status
}

/** Statuses that hold a seat: a trainee who dropped out or finished keeps it. */
export const SEAT_STATUSES = ['confirmed', 'in_training', 'completed', 'dropped'] as const

/** Statuses that hold (or wait for) a place on the course. */
export const ACTIVE_STATUSES = ['waitlisted', 'confirmed', 'in_training'] as const

interface Updatable {
  update(options: { data: object }): unknown
}
interface Addable {
  add(options: { data: object }): unknown
}

/** Runs an update and tells how many documents it changed (0 when the condition did not hold). */
export async function updateCount(query: Updatable, data: object): Promise<number> {
  const result = (await query.update({ data })) as { stats: { updated: number } }
  return result.stats.updated
}

/**
 * Inserts a document with a chosen `_id`. Answers false when a document with that `_id` (or the
 * same unique key) already exists, which is how "one per user" is enforced by the database.
 */
export async function insertOnce(
  collection: Addable,
  exists: () => Promise<boolean>,
  data: object,
): Promise<boolean> {
  try {
    await collection.add({ data })
    return true
  } catch (err) {
    if (await exists()) return false
    throw err
  }
}

/** The fields a list card needs, so list queries fetch no more than that. */
export const LIST_FIELDS = {
  _id: true,
  title: true,
  brand: true,
  occupation: true,
  county: true,
  mode: true,
  capacity: true,
  seatsLeft: true,
  startAt: true,
  deadline: true,
  providerName: true,
  fee: true,
  certificate: true,
} as const

export type ListRecord = Pick<CourseRecord, '_id' | (keyof typeof LIST_FIELDS & keyof CourseRecord)>

export function toListItem(doc: ListRecord): CourseListItem {
  return {
    id: doc._id,
    title: doc.title,
    brand: doc.brand,
    occupation: doc.occupation,
    county: doc.county,
    mode: doc.mode,
    capacity: doc.capacity,
    seatsLeft: doc.seatsLeft,
    startAt: doc.startAt,
    deadline: doc.deadline,
    providerName: doc.providerName,
    fee: doc.fee,
    certificateName: doc.certificate?.name ?? '',
  }
}

/** The public course, without the sign-up bookkeeping. */
export function toCourse(doc: CourseRecord): Course {
  const course: Course = {
    id: doc._id,
    title: doc.title,
    brand: doc.brand,
    occupation: doc.occupation,
    providerId: doc.providerId,
    providerName: doc.providerName,
    mode: doc.mode,
    county: doc.county,
    venue: doc.venue,
    sessions: doc.sessions,
    startAt: doc.startAt,
    deadline: doc.deadline,
    capacity: doc.capacity,
    seatsLeft: doc.seatsLeft,
    waitlistCapacity: doc.waitlistCapacity,
    fee: doc.fee,
    subsidy: doc.subsidy,
    certificate: doc.certificate,
    description: doc.description,
    status: doc.status,
  }
  if (doc.demo) course.demo = true
  return course
}

/** Conditions of a course a worker can still sign up for. */
export function openForSignUp(ctx: Pick<RouteContext, '_' | 'now'>) {
  return { status: 'open', deadline: ctx._.gte(isoBeijing(ctx.now())) }
}

export async function findCourse(db: Database, id: string): Promise<CourseRecord | null> {
  return findOne<CourseRecord>(db.collection(COLLECTIONS.courses).where({ _id: id }).limit(1))
}

/** The course or NOT_FOUND. */
export async function requireCourse(db: Database, id: string): Promise<CourseRecord> {
  const course = await findCourse(db, id)
  if (!course) fail('NOT_FOUND', '没有找到这门课程，可能已下架，请返回课程列表看看')
  return course
}

export async function findEnrollment(db: Database, id: string): Promise<EnrollmentRecord | null> {
  return findOne<EnrollmentRecord>(
    db.collection(COLLECTIONS.enrollments).where({ _id: id }).limit(1),
  )
}

/** Open courses for the list, with optional extra conditions, soonest first. */
export async function listOpenCourses(
  ctx: Pick<RouteContext, 'db' | '_' | 'now'>,
  extra: Record<string, unknown>,
  limit: number,
): Promise<CourseListItem[]> {
  const docs = await findMany<ListRecord>(
    ctx.db
      .collection(COLLECTIONS.courses)
      .where({ ...extra, ...openForSignUp(ctx) })
      .orderBy('startAt', 'asc')
      .field(LIST_FIELDS)
      .limit(limit),
  )
  return docs.map(toListItem)
}

/** Days marked present. */
export const attendanceDays = (e: Pick<EnrollmentRecord, 'attendance'>) =>
  Object.values(e.attendance ?? {}).filter(Boolean).length

/** The readable certificate name: the course's own when it matches, else e.g. 职业技能等级（四级/中级工）·木工. */
export function certificateName(
  course: CourseRecord,
  cert: Pick<Certificate, 'type' | 'level'>,
): string {
  const own = course.certificate
  if (own && own.type === cert.type && (own.level ?? null) === (cert.level ?? null)) return own.name
  return `${certificateLabel(cert)}·${course.occupation}`
}
