/**
 * From candidate to hire (R5): the employer's ranked candidates (contact details only for those who
 * applied, never anyone's group), interview proposals and bookings, and the outcome, which counts
 * a hire once toward the brand's employment target.
 */
import { z } from 'zod'
import type { Candidate, JobsRoutes } from '../../../../../types/jobs'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { certificateLabel } from '../../../../../src/domain/groups'
import { maskPhone } from '../../../../../src/domain/phone'
import { formatDateTime, isoBeijing, toInstant } from '../../../../../src/domain/time'
import type { RouteContext } from '../../context'
import { bump } from '../../counters'
import { findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { TraineeIndex } from '../../match/engine'
import {
  EXCLUDED,
  compileOpening,
  compileTrainee,
  joinReasons,
  lastFactors,
  reasonsOf,
  score,
} from '../../match/score'
import {
  coursesOf,
  readAll,
  toMatchOpening,
  toMatchTrainee,
  type LedgerDoc,
} from '../../match/store'
import type { TraineeCourse } from '../../match/model'
import { getProfiles, type ProfileRecord } from '../../profile-store'
import { deliver } from '../../push'
import { requireCleanText } from '../../screening'
import { updateCount } from '../training/store'
import { noInput } from '../../validate'
import {
  ID,
  PAGES,
  loadOpening,
  loadOwnApplication,
  recommendationId,
  requireOwnEmployer,
  toApplication,
  toInterview,
  toOpening,
  toSummary,
  type ApplicationDoc,
  type EmployerDoc,
  type InterviewDoc,
  type OpeningDoc,
} from './shared'

type HiringRoutes = Pick<
  JobsRoutes,
  | 'employer/candidates'
  | 'employer/interview'
  | 'employer/outcome'
  | 'match/interviews'
  | 'match/interview/confirm'
>

/** Recommended (not applied) candidates shown per opening. */
const RECOMMENDED_LIMIT = 20
/** Workers considered for the recommended list, from wishes, courses and the ledger. */
const POOL_LIMIT = 1000

/** 张** : the family name and a star per other character. */
export function maskName(name: string): string {
  const chars = [...(name || '')]
  if (chars.length === 0) return '**'
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`
}

function trainingLines(courses: TraineeCourse[]): string[] {
  return courses.map((c) => {
    const state = c.completed ? '已结业' : '在培训'
    const cert = c.certificate
      ? `，${certificateLabel({ type: c.certificate.type, ...(c.certificate.level ? { level: c.certificate.level as 1 } : {}) })}证书`
      : ''
    return `${c.occupation}（${state}${cert}）`
  })
}

/**
 * A candidate as the employer may see them. Built field by field from the profile, so nothing
 * else (the group above all) can slip through.
 */
function toCandidate(
  profile: ProfileRecord,
  courses: TraineeCourse[],
  scored: { score: number; reason: string },
  application?: ApplicationDoc,
  interview?: InterviewDoc,
): Candidate {
  const applied = application !== undefined
  return {
    ...(application ? { applicationId: application._id, status: application.status } : {}),
    applied,
    name: applied ? profile.name : maskName(profile.name),
    phone: applied ? profile.phone : maskPhone(profile.phone ?? ''),
    ...(profile.county ? { county: profile.county } : {}),
    ...(profile.education ? { education: profile.education } : {}),
    training: trainingLines(courses),
    score: scored.score,
    reason: scored.reason,
    ...(interview
      ? {
          interview: {
            id: interview._id,
            status: interview.status,
            slots: interview.slots,
            mode: interview.mode,
            ...(interview.bookedSlot ? { bookedSlot: interview.bookedSlot } : {}),
          },
        }
      : {}),
  }
}

async function ownerOf(ctx: RouteContext, employerId: string): Promise<string | undefined> {
  const employer = await findOne<EmployerDoc>(
    ctx.db.collection(COLLECTIONS.employers).where({ _id: employerId }).limit(1),
  )
  return employer?.ownerOpenid
}

const slotsInput = z
  .array(z.iso.datetime({ offset: true, error: '面试时间格式不对' }), { error: '请给出面试时间' })
  .min(1, '请至少给出1个面试时间')
  .max(5, '最多给出5个面试时间')

export const hiringRoutes: RoutesOf<HiringRoutes> = {
  'employer/candidates': {
    access: ['employer'],
    input: z.object({ openingId: ID }).strict(),
    async handler({ openingId }, ctx) {
      const employer = await requireOwnEmployer(ctx)
      const doc = await loadOpening(ctx.db, openingId)
      if (doc.employerId !== employer._id) fail('FORBIDDEN', '这不是你单位发布的岗位')
      const opening = toOpening(doc)
      const now = ctx.now()
      const target = toMatchOpening(doc as OpeningDoc, true)
      const _ = ctx._

      const [applications, interviews, ledger, byWish, byCourse] = await Promise.all([
        findMany<ApplicationDoc>(
          ctx.db
            .collection(COLLECTIONS.applications)
            .where({ openingId })
            .orderBy('createdAt', 'asc')
            .limit(500),
        ),
        findMany<InterviewDoc>(
          ctx.db.collection(COLLECTIONS.interviews).where({ openingId }).limit(500),
        ),
        readAll<LedgerDoc>(
          ctx.db,
          COLLECTIONS.recommendations,
          { openingId },
          { openid: true, outcome: true },
        ),
        findMany<{ _id: string }>(
          ctx.db
            .collection(COLLECTIONS.profiles)
            .where(
              _.and([
                { complete: true },
                _.or([
                  { 'wishes.occupations': opening.occupation },
                  { 'wishes.brands': opening.brand },
                ]),
              ]),
            )
            .field({ _id: true })
            .limit(POOL_LIMIT),
        ),
        findMany<{ openid: string }>(
          ctx.db
            .collection(COLLECTIONS.enrollments)
            .where({ occupation: opening.occupation, status: _.nin(['cancelled', 'dropped']) })
            .field({ openid: true })
            .limit(POOL_LIMIT),
        ),
      ])
      const applicantIds = new Set(applications.map((a) => a.openid))
      const dismissed = new Set(
        ledger.filter((l) => l.outcome === 'dismissed').map((l) => l.openid),
      )
      const pool = [
        ...new Set([
          ...ledger
            .filter((l) => l.outcome === 'pending' || l.outcome === 'expired')
            .map((l) => l.openid),
          ...byCourse.map((e) => e.openid),
          ...byWish.map((p) => p._id),
        ]),
      ]
        .filter((id) => !applicantIds.has(id) && !dismissed.has(id))
        .slice(0, POOL_LIMIT * 2)
      const everyone = [...applicantIds, ...pool]
      const [profiles, courses] = await Promise.all([
        getProfiles(ctx.db, everyone),
        coursesOf(ctx.db, everyone),
      ])

      // Applicants: scored for the ranking, shown with contact details.
      const compiled = compileOpening(target, 0, now.getTime())
      const interviewOf = new Map(interviews.map((i) => [i.applicationId, i]))
      const applicants: Candidate[] = []
      for (const app of applications) {
        const profile = profiles.get(app.openid)
        if (!profile) continue
        const mine = courses.get(app.openid) ?? []
        const s = score(compileTrainee(toMatchTrainee(profile, mine)), compiled)
        const scored =
          s === EXCLUDED
            ? { score: 0, reason: '主动申请' }
            : {
                score: s,
                reason: joinReasons(reasonsOf(lastFactors(), target, 'employer', 3)) || '主动申请',
              }
        applicants.push(toCandidate(profile, mine, scored, app, interviewOf.get(app._id)))
      }
      applicants.sort((a, b) => b.score - a.score)

      // Recommended: trainees (complete profile, in or through a course) ranked by the engine.
      const trainees = pool
        .filter((id) => profiles.get(id)?.complete && courses.get(id)?.length)
        .map((id) => toMatchTrainee(profiles.get(id) as ProfileRecord, courses.get(id) ?? []))
      const ranked = new TraineeIndex(trainees).rank(target, RECOMMENDED_LIMIT, now, 'employer')
      const recommended = ranked.map((r) =>
        toCandidate(profiles.get(r.traineeId) as ProfileRecord, courses.get(r.traineeId) ?? [], {
          score: r.score,
          reason: joinReasons(r.reasons),
        }),
      )
      return {
        opening: {
          ...toSummary(opening),
          headcount: opening.headcount,
          hired: opening.hired,
          status: opening.status,
        },
        applicants,
        recommended,
      }
    },
  },

  'employer/interview': {
    access: ['employer'],
    input: z
      .object({
        applicationId: ID,
        slots: slotsInput,
        mode: z.enum(['video', 'onsite'], { error: '请选择视频面试或现场面试' }),
        link: z.string().trim().max(300, '链接或地址太长').optional(),
        note: z.string().trim().max(200, '面试说明不超过200个字').optional(),
      })
      .strict()
      .refine((v) => v.mode !== 'video' || (v.link && v.link.length > 0), {
        error: '视频面试请填写视频会议链接或会议号',
        path: ['link'],
      }),
    async handler({ applicationId, slots, mode, link, note }, ctx) {
      const { application, employer } = await loadOwnApplication(ctx, applicationId)
      // The worker reads the note and opens the link: an invitation that asks for money never arrives.
      await requireCleanText(
        ctx,
        [
          { label: '面试说明', text: note },
          { label: mode === 'video' ? '视频会议链接' : '面试地点', text: link },
        ],
        '发送',
      )
      if (application.status === 'hired' || application.status === 'rejected') {
        fail('CONFLICT', '这份申请已经有结果了，不能再约面试')
      }
      const now = ctx.now()
      const times = [...new Set(slots.map((s) => isoBeijing(s)))].sort()
      if (times.some((t) => toInstant(t) <= now.getTime()))
        fail('INVALID_INPUT', '面试时间要选在现在以后')

      const id = `${applicationId}:interview`
      const at = isoBeijing(now)
      const interviews = ctx.db.collection(COLLECTIONS.interviews)
      const current = await findOne<InterviewDoc>(interviews.where({ _id: id }).limit(1))
      if (current?.status === 'booked') {
        fail(
          'CONFLICT',
          `对方已经预约了${formatDateTime(current.bookedSlot as string)}的面试；如要改时间，请先电话联系对方`,
        )
      }
      const doc: InterviewDoc = {
        _id: id,
        applicationId,
        openid: application.openid,
        employerId: employer._id,
        openingId: application.openingId,
        openingTitle: application.openingTitle,
        employerName: application.employerName,
        slots: times,
        mode,
        ...(link ? { link } : {}),
        ...(note ? { note } : {}),
        status: 'proposed',
        createdAt: current?.createdAt ?? at,
        updatedAt: at,
        version: (current?.version ?? 0) + 1,
      }
      const { _id, ...data } = doc
      await interviews.doc(_id).set({ data })
      await ctx.db
        .collection(COLLECTIONS.applications)
        .where({ _id: applicationId, status: 'applied' })
        .update({ data: { status: 'interview', updatedAt: at } })
      await deliver(ctx, {
        openid: application.openid,
        kind: 'interview',
        title: `面试邀请：${application.openingTitle}`,
        body: `${application.employerName}邀请你${mode === 'video' ? '视频面试' : '到现场面试'}，给了${times.length}个时间可选（最早${formatDateTime(times[0])}），请打开选一个。${note ? `说明：${note}` : ''}`,
        link: PAGES.interview(id),
        dedupeKey: `${application.openid}:interview:${id}:${doc.version}`,
        template: 'interview',
      })
      return toInterview(doc)
    },
  },

  'employer/outcome': {
    access: ['employer'],
    input: z
      .object({ applicationId: ID, hired: z.boolean({ error: '请选择录用或不录用' }) })
      .strict(),
    async handler({ applicationId, hired }, ctx) {
      const { application } = await loadOwnApplication(ctx, applicationId)
      const outcome = await recordOutcome(ctx, application, hired)
      if (!outcome.changed) {
        if (!hired) fail('CONFLICT', '这位求职者已经录用了，不能改成不录用')
        return toApplication(outcome.doc)
      }
      if (hired) {
        await ctx.db
          .collection(COLLECTIONS.recommendations)
          .where({ _id: recommendationId(application.openid, application.openingId) })
          .update({ data: { outcome: 'hired' } })
      }
      await deliver(ctx, {
        openid: application.openid,
        kind: 'outcome',
        title: hired
          ? `恭喜你被录用：${application.openingTitle}`
          : `面试结果：${application.openingTitle}`,
        body: hired
          ? `${application.employerName}决定录用你，请留意对方电话，按约定时间去报到，记得签劳动合同（点开看劳动合同示范文本）。`
          : `${application.employerName}这次没有录用你。别灰心，看看其他推荐的岗位吧。`,
        link: hired ? PAGES.contract() : PAGES.recommendations(),
        dedupeKey: `${application.openid}:outcome:${applicationId}:${hired ? 'hired' : 'rejected'}`,
      })
      return toApplication(outcome.doc)
    },
  },

  'match/interviews': {
    access: ['worker'],
    input: noInput,
    async handler(_input, ctx) {
      const docs = await findMany<InterviewDoc>(
        ctx.db
          .collection(COLLECTIONS.interviews)
          .where({ openid: ctx.openid as string })
          .orderBy('updatedAt', 'desc')
          .limit(50),
      )
      return docs.map(toInterview)
    },
  },

  'match/interview/confirm': {
    access: ['worker'],
    input: z
      .object({
        interviewId: ID,
        slot: z.iso.datetime({ offset: true, error: '面试时间格式不对' }),
      })
      .strict(),
    async handler({ interviewId, slot }, ctx) {
      const interviews = ctx.db.collection(COLLECTIONS.interviews)
      const current = await findOne<InterviewDoc>(
        interviews.where({ _id: interviewId, openid: ctx.openid as string }).limit(1),
      )
      if (!current) fail('NOT_FOUND', '没有找到这个面试邀请')
      const chosen = isoBeijing(slot)
      if (current.status === 'booked') {
        if (current.bookedSlot === chosen) return toInterview(current)
        fail(
          'CONFLICT',
          `你已经预约了${formatDateTime(current.bookedSlot as string)}；如要改时间，请联系用人单位`,
        )
      }
      if (!current.slots.includes(chosen)) fail('INVALID_INPUT', '请从用人单位给出的时间里选一个')
      if (toInstant(chosen) <= ctx.now().getTime())
        fail('CONFLICT', '这个时间已经过了，请选其他时间或联系用人单位')
      const at = isoBeijing(ctx.now())
      const booked = (await interviews
        .where({ _id: interviewId, status: 'proposed', version: current.version })
        .update({ data: { status: 'booked', bookedSlot: chosen, updatedAt: at } })) as {
        stats: { updated: number }
      }
      if (booked.stats.updated === 0) fail('CONFLICT', '面试安排刚刚有变化，请刷新后再选')
      const next: InterviewDoc = { ...current, status: 'booked', bookedSlot: chosen, updatedAt: at }
      // Answering the invitation is reading it: its messages no longer wait in 消息 as 未读.
      await ctx.db
        .collection(COLLECTIONS.inbox)
        .where({ openid: ctx.openid as string, link: PAGES.interview(interviewId), read: false })
        .update({ data: { read: true } })
      const owner = await ownerOf(ctx, current.employerId)
      if (owner) {
        await deliver(ctx, {
          openid: owner,
          kind: 'interview',
          title: `面试已预约：${current.openingTitle}`,
          body: `求职者选了${formatDateTime(chosen)}${current.mode === 'video' ? '视频面试' : '到现场面试'}，请按时安排。`,
          link: PAGES.candidates(current.openingId),
          dedupeKey: `${owner}:interview-booked:${interviewId}:${current.version}`,
        })
      }
      return toInterview(next)
    },
  },
}

/**
 * 录用 / 未录用. A hire first takes one of the opening's places with an atomic `_.inc` conditional on
 * one being left, so that no number of hires at once passes the headcount; then the application
 * (the record) becomes hired, conditional on it not being hired yet (if it already was, the place
 * is given back); then the brand's employment progress counts it. All outside any transaction (an
 * employer hires many at once; a brand's document is shared by every employer). A crash after the
 * place is taken leaves the opening counting one too many, which the reconciler repairs from the
 * hired applications; a hire is never recorded without its place.
 */
async function recordOutcome(
  ctx: RouteContext,
  application: ApplicationDoc,
  hired: boolean,
): Promise<{ changed: boolean; doc: ApplicationDoc }> {
  if (application.status === 'hired') return { changed: false, doc: application }
  const at = isoBeijing(ctx.now())
  const patch = hired
    ? { status: 'hired' as const, hiredAt: at, updatedAt: at }
    : { status: 'rejected' as const, updatedAt: at }
  const openingWhere = { _id: application.openingId }
  if (hired) {
    const opening = await loadOpening(ctx.db, application.openingId)
    const place = await bump(
      ctx,
      COLLECTIONS.openings,
      { ...openingWhere, hired: ctx._.lt(opening.headcount) },
      { hired: 1 },
    )
    if (!place)
      fail(
        'CONFLICT',
        `“${opening.title}”招${opening.headcount}人，已经录用满${opening.headcount}人了，不能再录用`,
      )
  }
  const changed = await updateCount(
    ctx.db
      .collection(COLLECTIONS.applications)
      .where({ _id: application._id, status: ctx._.neq('hired') }),
    patch,
  )
  if (changed !== 1) {
    if (hired) await bump(ctx, COLLECTIONS.openings, openingWhere, { hired: -1 })
    const now = await findOne<ApplicationDoc>(
      ctx.db.collection(COLLECTIONS.applications).where({ _id: application._id }).limit(1),
    )
    if (now?.status === 'hired') return { changed: false, doc: now }
    return { changed: false, doc: { ...application, ...patch } }
  }
  if (hired)
    await bump(ctx, COLLECTIONS.brands, { _id: application.brand }, { 'progress.employment': 1 })
  return { changed: true, doc: { ...application, ...patch } }
}
