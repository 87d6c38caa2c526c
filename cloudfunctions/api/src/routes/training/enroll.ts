import { z } from 'zod'
import type {
  EnrollResult,
  MyEnrollment,
  RetrainPrompt,
  TrainingRoutes,
} from '../../../../../types/training'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { formatDateTime, isoBeijing, toBeijing, toInstant } from '../../../../../src/domain/time'
import { BUSY_MESSAGE } from '../../conflict'
import type { RouteContext } from '../../context'
import { countOf, findMany } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { requireCompleteProfile } from '../../profile-store'
import { QUIET_MS } from '../../reconcile/engine'
import { noInput } from '../../validate'
import { docId } from './schemas'
import {
  ensureCounters,
  fillFromWaitlist,
  joinWaitlist,
  leaveWaitlist,
  returnSeat,
  takeSeat,
} from './seats'
import type { CourseRecord, EnrollmentRecord, ListRecord } from './store'
import {
  LIST_FIELDS,
  attendanceDays,
  enrollmentId,
  findEnrollment,
  insertOnce,
  listOpenCourses,
  requireCourse,
  toListItem,
  updateCount,
  visibleStatus,
} from './store'

type EnrollRoutes = Pick<TrainingRoutes, 'enroll/create' | 'enroll/cancel' | 'enroll/mine'>

/** The plan (四（一）2): 鼓励在岗人员每2年至少参加1次岗位技能培训. */
const RETRAIN_AFTER_YEARS = 2

type Placement = { status: 'confirmed' } | { status: 'waitlisted'; position: number }

const enrollments = (ctx: RouteContext) => ctx.db.collection(COLLECTIONS.enrollments)

function toResult(e: EnrollmentRecord): EnrollResult {
  const result: EnrollResult = { id: e._id, courseId: e.courseId, status: visibleStatus(e) }
  if (e.status === 'waitlisted' && e.waitlistPosition) result.waitlistPosition = e.waitlistPosition
  return result
}

/** Refuses a course that no longer takes sign-ups, saying why. */
function refuseIfClosed(course: CourseRecord, now: Date): void {
  if (course.status === 'cancelled') fail('COURSE_CLOSED', '这门课程已取消，请看看其他课程')
  if (course.status !== 'open') fail('COURSE_CLOSED', '这门课程已停止报名，请看看其他课程')
  if (now.getTime() >= toInstant(course.startAt)) {
    fail('COURSE_CLOSED', '这门课程已经开课，不能再报名了，请看看其他课程')
  }
  if (now.getTime() > toInstant(course.deadline)) {
    fail('COURSE_CLOSED', `报名已在${formatDateTime(course.deadline)}截止，请看看其他课程`)
  }
}

/** A seat if one is free, else a waitlist place, else null (the waitlist is full too). */
async function place(ctx: RouteContext, course: CourseRecord): Promise<Placement | null> {
  if (await takeSeat(ctx, course._id)) return { status: 'confirmed' }
  const position = await joinWaitlist(ctx, course)
  return position === null ? null : { status: 'waitlisted', position }
}

/** Gives back what a placement took, when the enrolment could not be confirmed. */
async function undo(ctx: RouteContext, courseId: string, placement: Placement): Promise<void> {
  if (placement.status === 'confirmed') {
    await returnSeat(ctx, courseId)
    await fillFromWaitlist(ctx, courseId)
  } else {
    await leaveWaitlist(ctx, courseId)
  }
}

async function mustFind(ctx: RouteContext, id: string): Promise<EnrollmentRecord> {
  const found = await findEnrollment(ctx.db, id)
  if (!found) throw new Error(`enrollment ${id} vanished`)
  return found
}

/** How long a sign-up in `placing` may take before another call may take it over (a crash). */
const PLACING_TIMEOUT_MS = QUIET_MS
/** How long a double tap waits for the first tap's sign-up to be placed. */
const WAIT_FOR_PLACING_MS = 3_000

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Writes the worker's enrolment as `placing` (step 1 of 3: the record first). Returns the record
 * written, or the finished enrolment of a parallel call for the same worker (a double tap).
 */
async function claim(
  ctx: RouteContext,
  openid: string,
  course: CourseRecord,
): Promise<{ claimed: EnrollmentRecord } | { finished: EnrollmentRecord }> {
  const id = enrollmentId(course._id, openid)
  const started = Date.now()
  for (;;) {
    const now = isoBeijing(ctx.now())
    const existing = await findEnrollment(ctx.db, id)
    if (!existing) {
      const record: EnrollmentRecord = {
        _id: id,
        courseId: course._id,
        openid,
        status: 'placing',
        brand: course.brand,
        occupation: course.occupation,
        attendance: {},
        createdAt: now,
        updatedAt: now,
      }
      if (
        await insertOnce(enrollments(ctx), async () => !!(await findEnrollment(ctx.db, id)), record)
      )
        return { claimed: record }
      continue
    }
    if (existing.status === 'cancelled' || isStalePlacing(ctx, existing)) {
      // Signing up again after cancelling (or after a crashed sign-up): the same document, once.
      const from = existing.status === 'cancelled' ? 'cancelled' : existing.placingFrom
      const changed = await updateCount(
        enrollments(ctx).where({ _id: id, status: existing.status, updatedAt: existing.updatedAt }),
        { status: 'placing', updatedAt: now, placingFrom: from ?? ctx._.remove() },
      )
      if (changed === 1) return { claimed: { ...existing, status: 'placing', updatedAt: now } }
      continue
    }
    if (existing.status !== 'placing') return { finished: existing }
    if (Date.now() - started > WAIT_FOR_PLACING_MS) fail('CONFLICT', BUSY_MESSAGE)
    await sleep(50 + Math.random() * 100)
  }
}

function isStalePlacing(ctx: RouteContext, e: EnrollmentRecord): boolean {
  return e.status === 'placing' && toInstant(e.updatedAt) < ctx.now().getTime() - PLACING_TIMEOUT_MS
}

/** Puts a sign-up that could not be placed back as it was: removed, or cancelled again. */
async function release(ctx: RouteContext, record: EnrollmentRecord): Promise<void> {
  const mine = enrollments(ctx).where({
    _id: record._id,
    status: 'placing',
    updatedAt: record.updatedAt,
  })
  if (record.placingFrom === 'cancelled')
    await updateCount(mine, { status: 'cancelled', placingFrom: ctx._.remove() })
  else await mine.remove()
}

/**
 * 报名 in three writes, each leaving a state the reconciler repairs if the call dies after it:
 * the enrolment as `placing` (holds nothing), then a seat or a waitlist place (an atomic counter),
 * then the enrolment confirmed or waitlisted. A crash after the counter leaves a `placing` record
 * whose seat or place the reconciler gives back, because the counters are recomputed from records.
 */
async function createEnrollment(
  ctx: RouteContext,
  openid: string,
  courseId: string,
): Promise<EnrollResult> {
  await requireCompleteProfile(ctx.db, openid)
  const id = enrollmentId(courseId, openid)
  const existing = await findEnrollment(ctx.db, id)
  // Double tap or retry after a timeout: the same enrolment, nothing changes.
  if (existing && existing.status !== 'cancelled' && existing.status !== 'placing')
    return toResult(existing)

  const course = await requireCourse(ctx.db, courseId)
  refuseIfClosed(course, ctx.now())
  await ensureCounters(ctx, course)
  const claimed = await claim(ctx, openid, course)
  if ('finished' in claimed) return toResult(claimed.finished)
  const record = claimed.claimed

  const placement = await place(ctx, course)
  if (!placement) {
    await release(ctx, record)
    refuseIfClosed(await requireCourse(ctx.db, courseId), ctx.now())
    fail('COURSE_FULL', '名额和候补都已满了，请看看同工种的其他课程')
  }
  const now = isoBeijing(ctx.now())
  const confirmed =
    (await updateCount(
      enrollments(ctx).where({ _id: id, status: 'placing', updatedAt: record.updatedAt }),
      {
        status: placement.status,
        brand: course.brand,
        occupation: course.occupation,
        updatedAt: now,
        createdAt: now,
        placingFrom: ctx._.remove(),
        waitlistPosition: placement.status === 'waitlisted' ? placement.position : ctx._.remove(),
        confirmedAt: placement.status === 'confirmed' ? now : ctx._.remove(),
        attendance: ctx._.set({}),
      },
    )) === 1
  if (!confirmed) {
    // Taken over meanwhile (only after PLACING_TIMEOUT_MS): give back what we took.
    await undo(ctx, courseId, placement)
    return toResult(await mustFind(ctx, id))
  }
  if (placement.status === 'waitlisted') {
    // A seat may have been freed between our seat attempt and joining the queue.
    await fillFromWaitlist(ctx, courseId)
    return toResult(await mustFind(ctx, id))
  }
  return { id, courseId, status: 'confirmed' }
}

async function cancelEnrollment(
  ctx: RouteContext,
  openid: string,
  id: string,
): Promise<EnrollResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const e = await findEnrollment(ctx.db, id)
    if (!e || e.openid !== openid) fail('NOT_FOUND', '没有找到这条报名记录，请刷新“我的报名”后再试')
    if (e.status === 'cancelled' || e.status === 'dropped') return toResult(e)
    if (e.status === 'completed') fail('CONFLICT', '这门课程已经结业，不能取消报名')
    const now = isoBeijing(ctx.now())
    // Quitting once training has started counts as dropped; the seat is not offered again.
    const next = e.status === 'in_training' ? 'dropped' : 'cancelled'
    const changed = await updateCount(enrollments(ctx).where({ _id: id, status: e.status }), {
      status: next,
      updatedAt: now,
    })
    if (changed !== 1) continue // promoted or changed meanwhile: look again
    if (e.status === 'waitlisted') await leaveWaitlist(ctx, e.courseId)
    if (e.status === 'confirmed') {
      await returnSeat(ctx, e.courseId)
      await fillFromWaitlist(ctx, e.courseId)
    }
    return { id, courseId: e.courseId, status: next }
  }
  fail('CONFLICT', '报名状态刚刚有变化，请刷新后再试')
}

async function retrainPrompt(ctx: RouteContext, mine: EnrollmentRecord[]): Promise<RetrainPrompt> {
  const completed = mine
    .filter((e) => e.status === 'completed' && e.completedAt)
    .sort((a, b) => toInstant(b.completedAt!) - toInstant(a.completedAt!))
  const last = completed[0]
  if (!last?.completedAt) return { due: false, suggestions: [] }
  const busy = mine.some(
    (e) => e.status === 'waitlisted' || e.status === 'confirmed' || e.status === 'in_training',
  )
  const dueAt = toBeijing(last.completedAt).add(RETRAIN_AFTER_YEARS, 'year').valueOf()
  if (busy || ctx.now().getTime() < dueAt)
    return { due: false, lastCompletedAt: last.completedAt, suggestions: [] }
  const sameOccupation = await listOpenCourses(ctx, { occupation: last.occupation }, 3)
  const suggestions =
    sameOccupation.length >= 3
      ? sameOccupation
      : [
          ...sameOccupation,
          ...(await listOpenCourses(ctx, { brand: last.brand }, 6)).filter(
            (c) => !sameOccupation.some((s) => s.id === c.id),
          ),
        ].slice(0, 3)
  return { due: true, lastCompletedAt: last.completedAt, suggestions }
}

async function myEnrollments(ctx: RouteContext, openid: string) {
  const mine = await findMany<EnrollmentRecord>(
    enrollments(ctx)
      .where({ openid, status: ctx._.neq('placing') })
      .orderBy('createdAt', 'desc')
      .limit(100),
  )
  const courseIds = [...new Set(mine.map((e) => e.courseId))]
  const courses = courseIds.length
    ? await findMany<ListRecord>(
        ctx.db
          .collection(COLLECTIONS.courses)
          .where({ _id: ctx._.in(courseIds) })
          .field(LIST_FIELDS)
          .limit(courseIds.length),
      )
    : []
  const byId = new Map(courses.map((c) => [c._id, toListItem(c)]))
  const items = await Promise.all(
    mine.map(async (e): Promise<MyEnrollment> => {
      const c = byId.get(e.courseId)
      const item: MyEnrollment = {
        id: e._id,
        courseId: e.courseId,
        status: visibleStatus(e),
        course: {
          title: c?.title ?? `${e.occupation}培训（课程已下架）`,
          brand: c?.brand ?? e.brand,
          occupation: c?.occupation ?? e.occupation,
          startAt: c?.startAt ?? '',
          providerName: c?.providerName ?? '',
          county: c?.county ?? '城中区',
          mode: c?.mode ?? 'offline',
        },
        attendanceDays: attendanceDays(e),
        createdAt: e.createdAt,
      }
      if (e.status === 'waitlisted' && e.waitlistPosition) {
        item.waitlistPosition = e.waitlistPosition
        item.waitlistAhead = await countOf(
          enrollments(ctx).where({
            courseId: e.courseId,
            status: 'waitlisted',
            waitlistPosition: ctx._.lt(e.waitlistPosition),
          }),
        )
      }
      if (e.certificate) item.certificate = e.certificate
      if (e.completedAt) item.completedAt = e.completedAt
      return item
    }),
  )
  return { items, retrain: await retrainPrompt(ctx, mine) }
}

const openidOf = (ctx: RouteContext): string => ctx.openid ?? fail('UNAUTHENTICATED', '请先登录')

export const enrollRoutes: RoutesOf<EnrollRoutes> = {
  'enroll/create': {
    access: ['worker'],
    input: z.object({ courseId: docId('课程编号') }),
    handler: ({ courseId }, ctx) => createEnrollment(ctx, openidOf(ctx), courseId),
  },
  'enroll/cancel': {
    access: ['worker'],
    input: z.object({ enrollmentId: docId('报名编号') }),
    handler: ({ enrollmentId: id }, ctx) => cancelEnrollment(ctx, openidOf(ctx), id),
  },
  'enroll/mine': {
    access: ['worker'],
    input: noInput,
    handler: (_input, ctx) => myEnrollments(ctx, openidOf(ctx)),
  },
}
