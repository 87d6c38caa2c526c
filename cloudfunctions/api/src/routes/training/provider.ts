import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { Course, Provider } from '../../../../../types/catalog'
import type {
  Certificate,
  CourseEnrollees,
  CourseInput,
  Enrollee,
  TrainingRoutes,
} from '../../../../../types/training'
import { BRAND_LINES } from '../../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { completionCheck } from '../../../../../src/domain/completion'
import { maskPhone } from '../../../../../src/domain/phone'
import { beijingDate, isoBeijing, toInstant } from '../../../../../src/domain/time'
import type { RouteContext } from '../../context'
import { bump, counterStamp } from '../../counters'
import { findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { getProfiles } from '../../profile-store'
import { noInput } from '../../validate'
import {
  brandId,
  certificateType,
  countyName,
  courseMode,
  docId,
  isoTime,
  skillLevel,
  ymd,
} from './schemas'
import { fillFromWaitlist } from './seats'
import type { CourseRecord, EnrollmentRecord, ListRecord } from './store'
import {
  LIST_FIELDS,
  attendanceDays,
  certificateName,
  findEnrollment,
  requireCourse,
  toCourse,
  toListItem,
  updateCount,
  visibleStatus,
} from './store'

type ProviderRoutes = Pick<
  TrainingRoutes,
  | 'provider/course/save'
  | 'provider/courses'
  | 'provider/enrollments'
  | 'provider/attendance'
  | 'provider/complete'
>

const MAX_CAPACITY = 1000
const STATUS_ORDER = ['in_training', 'confirmed', 'completed', 'waitlisted', 'dropped', 'cancelled']

/** The provider the caller manages, from their `users` document; never from the request. */
async function myProvider(ctx: RouteContext): Promise<Provider & { _id: string }> {
  const user = await findOne<{ providerId?: string }>(
    ctx.db.collection(COLLECTIONS.users).where({ _id: ctx.openid }).limit(1),
  )
  if (!user?.providerId) fail('FORBIDDEN', '你的账号还没有绑定培训机构，请联系人社局工作人员开通')
  const provider = await findOne<Provider & { _id: string }>(
    ctx.db.collection(COLLECTIONS.providers).where({ _id: user.providerId }).limit(1),
  )
  if (!provider) fail('FORBIDDEN', '你绑定的培训机构不存在或已注销，请联系人社局工作人员')
  return provider
}

/** One of the caller's own courses; another provider's course is FORBIDDEN. */
async function myCourse(ctx: RouteContext, courseId: string) {
  const provider = await myProvider(ctx)
  const course = await requireCourse(ctx.db, courseId)
  if (course.providerId !== provider._id) fail('FORBIDDEN', '这是其他机构的课程，你不能查看或修改')
  return { provider, course }
}

/** An enrolment on one of the caller's own courses. */
async function myEnrollment(ctx: RouteContext, enrollmentId: string) {
  const enrollment = await findEnrollment(ctx.db, enrollmentId)
  if (!enrollment) fail('NOT_FOUND', '没有找到这条报名记录，请刷新学员名单后再试')
  const { course } = await myCourse(ctx, enrollment.courseId)
  return { enrollment, course }
}

const courseInput = z
  .object({
    id: docId('课程编号').optional(),
    title: z
      .string()
      .trim()
      .min(4, { error: '课程名称至少4个字' })
      .max(40, { error: '课程名称最多40个字' }),
    brand: brandId,
    occupation: z
      .string()
      .trim()
      .min(1, { error: '请选择工种' })
      .max(20, { error: '工种名称太长' }),
    mode: courseMode,
    venue: z.object({
      name: z
        .string()
        .trim()
        .min(2, { error: '请填写上课地点名称' })
        .max(40, { error: '地点名称太长' }),
      address: z.string().trim().min(4, { error: '请填写详细地址' }).max(80, { error: '地址太长' }),
      county: countyName,
      point: z.object(
        {
          latitude: z.number().min(23.5).max(26.5),
          longitude: z.number().min(108.5).max(110.5),
        },
        { error: '请在地图上选择上课地点' },
      ),
    }),
    sessions: z
      .array(z.object({ startAt: isoTime, endAt: isoTime }), { error: '请添加上课时间' })
      .min(1, { error: '请至少添加一次上课时间' })
      .max(60, { error: '上课时间最多60次' }),
    deadline: isoTime,
    capacity: z
      .number({ error: '名额请填数字' })
      .int({ error: '名额请填整数' })
      .min(1, { error: '名额至少1人' })
      .max(MAX_CAPACITY, { error: `名额最多${MAX_CAPACITY}人` }),
    waitlistCapacity: z
      .number({ error: '候补人数请填数字' })
      .int({ error: '候补人数请填整数' })
      .min(0, { error: '候补人数不能是负数' })
      .max(MAX_CAPACITY, { error: `候补最多${MAX_CAPACITY}人` })
      .optional(),
    fee: z
      .number({ error: '费用请填数字' })
      .min(0, { error: '费用不能是负数' })
      .max(100000, { error: '费用太高了，请核对' }),
    subsidy: z.string().trim().max(100, { error: '补贴说明最多100个字' }),
    certificate: z.object({
      type: certificateType,
      level: skillLevel.optional(),
      name: z
        .string()
        .trim()
        .min(2, { error: '请填写证书名称' })
        .max(40, { error: '证书名称最多40个字' }),
    }),
    description: z.string().trim().max(2000, { error: '课程介绍最多2000个字' }),
    status: z.enum(['open', 'closed', 'cancelled'], { error: '课程状态不对' }).optional(),
  })
  .superRefine((c, issue) => {
    // Runs even when a field above failed, so every value is checked before use.
    const add = (path: (string | number)[], message: string) =>
      issue.addIssue({ code: 'custom', path, message })
    if (c.certificate?.type === 'skill_level' && !c.certificate.level) {
      add(['certificate', 'level'], '职业技能等级证书请选择等级（五级到一级）')
    }
    const sessions = Array.isArray(c.sessions) ? c.sessions : []
    sessions.forEach((s, i) => {
      if (Date.parse(s?.endAt) <= Date.parse(s?.startAt))
        add(['sessions', i], `第${i + 1}次课的结束时间要晚于开始时间`)
    })
    const firstStart = Math.min(...sessions.map((s) => Date.parse(s?.startAt)))
    if (Date.parse(c.deadline) > firstStart) add(['deadline'], '报名截止时间不能晚于第一次上课时间')
  })

type CourseForm = z.output<typeof courseInput>

/** The occupation must be one of the brand's (the plan's list, or one staff added to the training list). */
async function checkOccupation(ctx: RouteContext, c: CourseForm): Promise<void> {
  if (BRAND_LINES.find((b) => b.id === c.brand)?.occupations.includes(c.occupation)) return
  const listed = await findOne(
    ctx.db
      .collection(COLLECTIONS.trainingList)
      .where({ brand: c.brand, occupation: c.occupation })
      .limit(1),
  )
  if (!listed) fail('INVALID_INPUT', `“${c.occupation}”不是这个品牌的工种，请从工种列表里选择`)
}

/** The stored fields a form sets (everything but ids, counters and bookkeeping). */
function courseFields(c: CourseForm, providerName: string) {
  const sessions = c.sessions
    .map((s) => ({ startAt: isoBeijing(s.startAt), endAt: isoBeijing(s.endAt) }))
    .sort((a, b) => toInstant(a.startAt) - toInstant(b.startAt))
  const certificate: Course['certificate'] = { type: c.certificate.type, name: c.certificate.name }
  if (c.certificate.type === 'skill_level' && c.certificate.level)
    certificate.level = c.certificate.level
  return {
    title: c.title,
    brand: c.brand,
    occupation: c.occupation,
    providerName,
    mode: c.mode,
    county: c.venue.county,
    venue: c.venue,
    sessions,
    startAt: sessions[0].startAt,
    deadline: isoBeijing(c.deadline),
    fee: c.fee,
    subsidy: c.subsidy,
    certificate,
    description: c.description,
  }
}

async function saveCourse(ctx: RouteContext, c: CourseForm): Promise<Course> {
  await checkOccupation(ctx, c)
  const now = ctx.now()
  const stamp = isoBeijing(now)
  const courses = ctx.db.collection(COLLECTIONS.courses)
  if (!c.id) {
    const provider = await myProvider(ctx)
    if (toInstant(c.deadline) <= now.getTime()) fail('INVALID_INPUT', '报名截止时间要晚于现在')
    const id = `c${now.getTime().toString(36)}${randomBytes(4).toString('hex')}`
    const record: CourseRecord = {
      _id: id,
      id,
      ...courseFields(c, provider.name),
      providerId: provider._id,
      capacity: c.capacity,
      seatsLeft: c.capacity,
      waitlistCapacity: c.waitlistCapacity ?? c.capacity,
      waitlistLength: 0,
      waitlistLog: [],
      status: c.status ?? 'open',
      createdAt: stamp,
      updatedAt: stamp,
    }
    await courses.add({ data: record })
    return toCourse(record)
  }

  const { provider, course } = await myCourse(ctx, c.id)
  const taken = course.capacity - course.seatsLeft
  if (c.capacity < taken) fail('CONFLICT', `已有${taken}人确认报名，名额不能少于${taken}人`)
  const waitlistCapacity = c.waitlistCapacity ?? course.waitlistCapacity
  const { venue, sessions, certificate, ...plain } = courseFields(c, provider.name)
  // Guarded by the capacity and seats read above: if someone signed up meanwhile, nothing changes.
  const changed = await updateCount(
    courses.where({
      _id: course._id,
      providerId: provider._id,
      capacity: course.capacity,
      seatsLeft: course.seatsLeft,
    }),
    {
      ...plain,
      venue: ctx._.set(venue),
      sessions: ctx._.set(sessions),
      certificate: ctx._.set(certificate),
      capacity: c.capacity,
      seatsLeft: ctx._.inc(c.capacity - course.capacity),
      waitlistCapacity,
      status: c.status ?? course.status,
      updatedAt: stamp,
      ...counterStamp(ctx),
    },
  )
  if (changed !== 1) {
    // Nothing changed: either the form equals what is stored, or the counters moved meanwhile.
    const fresh = await requireCourse(ctx.db, course._id)
    if (fresh.capacity !== course.capacity || fresh.seatsLeft !== course.seatsLeft) {
      fail('CONFLICT', '刚刚有人报名或取消，名额有变化，请刷新后再保存')
    }
  }
  if (c.capacity > course.capacity)
    await fillFromWaitlist(ctx, course._id, c.capacity - course.capacity)
  return toCourse(await requireCourse(ctx.db, course._id))
}

async function courseEnrollees(ctx: RouteContext, courseId: string): Promise<CourseEnrollees> {
  const { course } = await myCourse(ctx, courseId)
  const rows = await findMany<EnrollmentRecord>(
    ctx.db
      .collection(COLLECTIONS.enrollments)
      .where({ courseId, status: ctx._.neq('placing') })
      .limit(1000),
  )
  const profiles = await getProfiles(
    ctx.db,
    rows.map((r) => r.openid),
  )
  rows.sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
      toInstant(a.createdAt) - toInstant(b.createdAt),
  )
  const items = rows.map((r): Enrollee => {
    const p = profiles.get(r.openid)
    // Masked on purpose: a provider needs to recognise a trainee, not to copy their ID or number.
    const item: Enrollee = {
      enrollmentId: r._id,
      name: p?.name ?? '（未填写）',
      idNumberMasked: p?.idNumberMasked ?? '',
      phoneMasked: p ? maskPhone(p.phone) : '',
      status: visibleStatus(r),
      attendanceDays: attendanceDays(r),
    }
    if (r.status === 'waitlisted' && r.waitlistPosition) item.waitlistPosition = r.waitlistPosition
    if (r.certificate) item.certificate = r.certificate
    return item
  })
  return {
    course: {
      id: course._id,
      title: course.title,
      capacity: course.capacity,
      seatsLeft: course.seatsLeft,
      waitlistLength: course.waitlistLength ?? 0,
    },
    items,
  }
}

async function markAttendance(
  ctx: RouteContext,
  input: { enrollmentId: string; date: string; present: boolean },
) {
  const { enrollment, course } = await myEnrollment(ctx, input.enrollmentId)
  if (enrollment.status !== 'confirmed' && enrollment.status !== 'in_training') {
    fail('CONFLICT', '只有已确认或在训的学员可以记考勤')
  }
  if (input.date > beijingDate(ctx.now())) fail('INVALID_INPUT', '不能给今天以后的日子记考勤')
  if (input.date < beijingDate(course.startAt))
    fail('INVALID_INPUT', '这一天课程还没开始，不能记考勤')
  const enrollments = ctx.db.collection(COLLECTIONS.enrollments)
  const stamp = isoBeijing(ctx.now())
  const active = { _id: enrollment._id, status: ctx._.in(['confirmed', 'in_training']) }
  // Keyed by date, so marking the same day again just overwrites it (and may change nothing).
  await updateCount(enrollments.where(active), {
    [`attendance.${input.date}`]: input.present,
    updatedAt: stamp,
  })
  if (input.present) {
    await updateCount(enrollments.where({ _id: enrollment._id, status: 'confirmed' }), {
      status: 'in_training',
    })
  }
  const now = await findEnrollment(ctx.db, enrollment._id)
  if (!now || now.attendance?.[input.date] !== input.present) {
    fail('CONFLICT', '学员的报名状态刚刚有变化，请刷新学员名单后再试')
  }
  return {
    enrollmentId: now._id,
    status: visibleStatus(now),
    attendanceDays: attendanceDays(now),
  }
}

/**
 * 结业: the enrolment (the record) becomes completed with its certificate, then the brand's
 * training progress counts it with an atomic `_.inc` outside any transaction (many providers
 * complete trainees of one brand at once). Only the call that completed the enrolment counts it;
 * a crash before the count is repaired by the reconciler, which counts completed enrolments.
 */
async function complete(
  ctx: RouteContext,
  input: {
    enrollmentId: string
    certificate: { type: Certificate['type']; level?: Certificate['level']; number: string }
  },
) {
  const { enrollment, course } = await myEnrollment(ctx, input.enrollmentId)
  if (enrollment.status === 'completed') return alreadyCompleted(enrollment, input.certificate)
  if (enrollment.status !== 'confirmed' && enrollment.status !== 'in_training') {
    fail('CONFLICT', '只有已确认或在训的学员可以结业')
  }
  // A completion counts toward the plan: only after the course has run and the trainee attended it.
  const earned = completionCheck(course.sessions, enrollment.attendance, ctx.now())
  if (!earned.ok) fail('CONFLICT', earned.reason)
  const stamp = isoBeijing(ctx.now())
  const certificate: Certificate = {
    type: input.certificate.type,
    number: input.certificate.number,
    name: certificateName(course, input.certificate),
    issuedAt: stamp,
  }
  if (input.certificate.type === 'skill_level' && input.certificate.level)
    certificate.level = input.certificate.level

  const completed = await updateCount(
    ctx.db.collection(COLLECTIONS.enrollments).where({
      _id: enrollment._id,
      status: ctx._.in(['confirmed', 'in_training']),
    }),
    {
      status: 'completed',
      certificate: ctx._.set(certificate),
      completedAt: stamp,
      updatedAt: stamp,
    },
  )
  if (completed === 1) {
    await bump(ctx, COLLECTIONS.brands, { _id: course.brand }, { 'progress.training': 1 })
    return { enrollmentId: enrollment._id, status: 'completed' as const, certificate }
  }
  // Changed meanwhile: completed by a parallel call, or cancelled.
  const now = await findEnrollment(ctx.db, enrollment._id)
  if (now?.status !== 'completed') fail('CONFLICT', '只有已确认或在训的学员可以结业')
  return alreadyCompleted(now, input.certificate)
}

/** A second 结业 for the same trainee: the same answer with the same number, else CONFLICT. */
function alreadyCompleted(done: EnrollmentRecord, asked: { number: string }) {
  if (!done.certificate || done.certificate.number !== asked.number) {
    fail(
      'CONFLICT',
      `这位学员已经结业，证书编号是${done.certificate?.number ?? '（未登记）'}，不能重复登记`,
    )
  }
  return { enrollmentId: done._id, status: visibleStatus(done), certificate: done.certificate }
}

export const providerRoutes: RoutesOf<ProviderRoutes> = {
  'provider/course/save': {
    access: ['provider'],
    input: courseInput satisfies z.ZodType<CourseInput>,
    handler: (input, ctx) => saveCourse(ctx, input),
  },
  'provider/courses': {
    access: ['provider'],
    input: noInput,
    async handler(_input, ctx) {
      const provider = await myProvider(ctx)
      const docs = await findMany<ListRecord>(
        ctx.db
          .collection(COLLECTIONS.courses)
          .where({ providerId: provider._id })
          .orderBy('startAt', 'desc')
          .field(LIST_FIELDS)
          .limit(200),
      )
      return docs.map(toListItem)
    },
  },
  'provider/enrollments': {
    access: ['provider'],
    input: z.object({ courseId: docId('课程编号') }),
    handler: ({ courseId }, ctx) => courseEnrollees(ctx, courseId),
  },
  'provider/attendance': {
    access: ['provider'],
    input: z.object({
      enrollmentId: docId('报名编号'),
      date: ymd,
      present: z.boolean({ error: '请选择到课或缺课' }),
    }),
    handler: (input, ctx) => markAttendance(ctx, input),
  },
  'provider/complete': {
    access: ['provider'],
    input: z.object({
      enrollmentId: docId('报名编号'),
      certificate: z
        .object({
          type: certificateType,
          level: skillLevel.optional(),
          number: z
            .string({ error: '请填写证书编号' })
            .trim()
            .min(4, { error: '证书编号至少4位' })
            .max(40, { error: '证书编号最多40位' }),
        })
        .refine((c) => c.type !== 'skill_level' || c.level !== undefined, {
          error: '职业技能等级证书请选择等级（五级到一级）',
          path: ['level'],
        }),
    }),
    handler: (input, ctx) => complete(ctx, input),
  },
}
