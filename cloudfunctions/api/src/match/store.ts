/**
 * Reads what the engine needs from the database and turns it into engine models: openings with
 * their employer's standing, trainees (profile + enrolments), the ledger. Paged by `_id` cursor,
 * within the cloud's 1000-per-get limit.
 */
import type { Benefits, Employer, Opening } from '../../../../types/jobs'
import type { EnrollmentStatus } from '../../../../types/training'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { isPriorityGroup } from '../../../../src/domain/groups'
import { chunks, inParallel } from '../batch'
import type { Database } from '../context'
import { findMany } from '../db'
import type { ProfileRecord } from '../profile-store'
import type { MatchOpening, MatchTrainee, TraineeCourse } from './model'

/** The cloud returns at most 1000 documents per get. */
export const GET_LIMIT = 1000

/** Enrolments that make a worker a trainee: any but cancelled or dropped. */
const NOT_TRAINING: EnrollmentStatus[] = ['cancelled', 'dropped']

export interface EnrollmentDoc {
  _id: string
  openid: string
  courseId: string
  brand: Opening['brand']
  occupation: string
  status: EnrollmentStatus
  certificate?: { type: NonNullable<TraineeCourse['certificate']>['type']; level?: number }
}

/**
 * One recommendation (or a dismissal of an opening never recommended: no `pushedAt`). The entry is
 * also the worker's inbox message: `pushedAt` says when it reached the inbox, `channel` whether a
 * subscribe message went with it, `read` whether the worker has opened it.
 */
export interface LedgerDoc {
  _id: string
  openid: string
  openingId: string
  score: number
  reason: string
  channel: 'inbox' | 'subscribe'
  createdAt: string
  pushedAt?: string
  read?: boolean
  outcome: 'pending' | 'applied' | 'dismissed' | 'hired' | 'expired'
  dismissReason?: string
}

/** Requests of one kind a pass sends at once (reads of a page, writes of a batch). */
export const READ_WIDTH = 10

type Where = Record<string, unknown>

/** Every document matching `where`, read in `_id` order one page at a time. */
export async function readAll<T extends { _id: string }>(
  db: Database,
  collection: string,
  where: Where,
  field?: Record<string, boolean>,
): Promise<T[]> {
  const _ = db.command
  const out: T[] = []
  let after = ''
  for (;;) {
    let query = db
      .collection(collection)
      .where({ ...where, _id: _.gt(after) })
      .orderBy('_id', 'asc')
    if (field) query = query.field({ ...field, _id: true })
    const page = await findMany<T>(query.limit(GET_LIMIT))
    out.push(...page)
    if (page.length < GET_LIMIT) return out
    after = page[page.length - 1]._id
  }
}

/**
 * Documents whose `key` is one of `values`: chunks of 200 values, up to READ_WIDTH read at once
 * (each chunk paged within the get limit).
 */
export async function readWhereIn<T extends { _id: string }>(
  db: Database,
  collection: string,
  key: string,
  values: readonly string[],
  where: Where = {},
): Promise<T[]> {
  const pages = await inParallel(chunks([...new Set(values)], 200), READ_WIDTH, (chunk) =>
    key === '_id'
      ? // Ids are unique: one get per chunk, no cursor (which would also filter on _id).
        findMany<T>(
          db
            .collection(collection)
            .where({ ...where, _id: db.command.in(chunk) })
            .limit(chunk.length),
        )
      : readAll<T>(db, collection, { ...where, [key]: db.command.in(chunk) }),
  )
  return pages.flat()
}

/** Employers in good standing (verified and not blacklisted), by id. */
export async function employersInGoodStanding(db: Database): Promise<Set<string>> {
  const docs = await readAll<Pick<Employer, 'status' | 'blacklisted'> & { _id: string }>(
    db,
    COLLECTIONS.employers,
    { status: 'verified' },
    { status: true, blacklisted: true },
  )
  return new Set(docs.filter((d) => d.blacklisted !== true).map((d) => d._id))
}

export type OpeningRecord = Omit<Opening, 'id'> & { _id: string }

/** Benefits with every flag present (older documents may lack some). */
export function fullBenefits(b?: Partial<Benefits>): Benefits {
  return {
    socialInsurance: b?.socialInsurance === true,
    board: b?.board === true,
    lodging: b?.lodging === true,
  }
}

/** An opening document as the engine sees it. */
export function toMatchOpening(doc: OpeningRecord, employerOk: boolean): MatchOpening {
  return {
    id: doc._id,
    brand: doc.brand,
    occupation: doc.occupation,
    headcount: doc.headcount,
    hired: doc.hired ?? 0,
    payMin: doc.payMin,
    payMax: doc.payMax,
    ...(doc.county ? { county: doc.county } : {}),
    place: doc.place ?? doc.county,
    ...(doc.certificate ? { certificate: doc.certificate } : {}),
    benefits: fullBenefits(doc.benefits),
    postedAt: doc.postedAt,
    expiresAt: doc.expiresAt,
    status: doc.status,
    employerOk,
    ...(doc.cooperation ? { cooperation: true } : {}),
  }
}

/**
 * Every open opening as the engine sees it (the engine drops expired and full ones and those of
 * employers not in good standing), with the documents themselves (titles for messages).
 */
export async function loadOpenings(
  db: Database,
): Promise<{ openings: MatchOpening[]; records: OpeningRecord[] }> {
  const [good, records] = await Promise.all([
    employersInGoodStanding(db),
    readAll<OpeningRecord>(db, COLLECTIONS.openings, { status: 'open' }),
  ])
  return { openings: records.map((d) => toMatchOpening(d, good.has(d.employerId))), records }
}

/** Every open opening as the engine sees it. */
export async function loadOpenOpenings(db: Database): Promise<MatchOpening[]> {
  return (await loadOpenings(db)).openings
}

/** Whether an enrolment makes its worker a trainee. */
export function isTrainingEnrollment(e: Pick<EnrollmentDoc, 'status'>): boolean {
  return !NOT_TRAINING.includes(e.status)
}

/** Courses of trainees, by openid, from their enrolments (cancelled and dropped ones left out). */
export async function coursesOf(
  db: Database,
  openids: readonly string[],
): Promise<Map<string, TraineeCourse[]>> {
  const docs = await readWhereIn<EnrollmentDoc>(db, COLLECTIONS.enrollments, 'openid', openids, {
    status: db.command.nin(NOT_TRAINING),
  })
  return groupCourses(docs)
}

export function groupCourses(docs: readonly EnrollmentDoc[]): Map<string, TraineeCourse[]> {
  const byOpenid = new Map<string, TraineeCourse[]>()
  for (const e of docs) {
    if (!isTrainingEnrollment(e)) continue
    const course: TraineeCourse = {
      brand: e.brand,
      occupation: e.occupation,
      completed: e.status === 'completed',
    }
    if (e.status === 'completed' && e.certificate) {
      course.certificate = {
        type: e.certificate.type,
        ...(e.certificate.level ? { level: e.certificate.level } : {}),
      }
    }
    const list = byOpenid.get(e.openid) ?? []
    list.push(course)
    byOpenid.set(e.openid, list)
  }
  return byOpenid
}

/** A trainee for the engine: the group becomes a priority flag and goes no further. */
export function toMatchTrainee(
  profile: Pick<ProfileRecord, '_id' | 'group' | 'county' | 'wishes' | 'honours'>,
  courses: TraineeCourse[],
  dismissed: string[] = [],
  now: Date = new Date(),
): MatchTrainee {
  // Only honours past their 公示 period count.
  const honours = (profile.honours ?? [])
    .filter((h) => Date.parse(h.publicFrom) <= now.getTime())
    .map((h) => h.occupation)
  const wishes = profile.wishes ?? { brands: [], occupations: [], places: [] }
  return {
    id: profile._id,
    priority: profile.group ? isPriorityGroup(profile.group) : false,
    ...(profile.county ? { county: profile.county } : {}),
    wishes: {
      brands: wishes.brands ?? [],
      occupations: wishes.occupations ?? [],
      places: wishes.places ?? [],
      ...(wishes.minPay ? { minPay: wishes.minPay } : {}),
    },
    courses,
    dismissed,
    ...(honours.length ? { honours } : {}),
  }
}

/** Ledger entries of some trainees, by openid. */
export async function ledgerOf(
  db: Database,
  openids: readonly string[],
): Promise<Map<string, LedgerDoc[]>> {
  const docs = await readWhereIn<LedgerDoc>(db, COLLECTIONS.recommendations, 'openid', openids)
  const byOpenid = new Map<string, LedgerDoc[]>()
  for (const d of docs) {
    const list = byOpenid.get(d.openid) ?? []
    list.push(d)
    byOpenid.set(d.openid, list)
  }
  return byOpenid
}

export const LIVE_OUTCOMES: LedgerDoc['outcome'][] = ['pending', 'applied']

/**
 * Live recommendations per opening (pending or applied), counted by the database along the
 * `outcome_openingId` index. `openings` (how many there may be) sizes the pages read at once.
 */
export async function liveCountsByOpening(
  db: Database,
  openings = 0,
): Promise<Map<string, number>> {
  const $ = db.command.aggregate
  const counts = new Map<string, number>()
  const PAGE = 1000
  const page = (skip: number) =>
    db
      .collection(COLLECTIONS.recommendations)
      .aggregate()
      .match({ outcome: db.command.in(LIVE_OUTCOMES) })
      .group({ _id: '$openingId', n: $.sum(1) })
      .sort({ _id: 1 })
      .skip(skip)
      .limit(PAGE)
      .end() as Promise<{ list: Array<{ _id: string; n: number }> }>
  // Every page that can hold an opening at once, then any beyond one at a time.
  const first = Math.floor(openings / PAGE) + 1
  let skip = 0
  let last: Array<{ _id: string; n: number }> = []
  for (let at = first; ; at = 1) {
    const results = await inParallel(
      Array.from({ length: at }, (_, i) => skip + i * PAGE),
      READ_WIDTH,
      page,
    )
    for (const { list } of results) for (const row of list) counts.set(row._id, row.n)
    last = results[results.length - 1].list
    skip += at * PAGE
    if (last.length < PAGE) return counts
  }
}
