/**
 * Reads what the engine needs from the database and turns it into engine models: openings with
 * their employer's standing, trainees (profile + enrolments), the ledger. Paged by `_id` cursor,
 * within the cloud's 1000-per-get limit.
 */
import type { Benefits, Employer, Opening } from '../../../../types/jobs'
import type { EnrollmentStatus } from '../../../../types/training'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { isPriorityGroup } from '../../../../src/domain/groups'
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

export interface LedgerDoc {
  _id: string
  openid: string
  openingId: string
  score: number
  reason: string
  channel: 'inbox' | 'subscribe'
  createdAt: string
  pushedAt?: string
  outcome: 'pending' | 'applied' | 'dismissed' | 'hired' | 'expired'
  dismissReason?: string
}

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

/** Documents whose `key` is one of `values`, chunked to stay within the get limit. */
export async function readWhereIn<T extends { _id: string }>(
  db: Database,
  collection: string,
  key: string,
  values: readonly string[],
  where: Where = {},
): Promise<T[]> {
  const out: T[] = []
  const unique = [...new Set(values)]
  for (let i = 0; i < unique.length; i += 200) {
    const chunk = unique.slice(i, i + 200)
    if (key === '_id') {
      // Ids are unique: one get per chunk, no cursor (which would also filter on _id).
      out.push(
        ...(await findMany<T>(
          db
            .collection(collection)
            .where({ ...where, _id: db.command.in(chunk) })
            .limit(chunk.length),
        )),
      )
    } else {
      out.push(...(await readAll<T>(db, collection, { ...where, [key]: db.command.in(chunk) })))
    }
  }
  return out
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
  }
}

/** Every open opening (the engine drops expired and full ones and those of bad employers). */
export async function loadOpenOpenings(db: Database): Promise<MatchOpening[]> {
  const [good, docs] = await Promise.all([
    employersInGoodStanding(db),
    readAll<OpeningRecord>(db, COLLECTIONS.openings, { status: 'open' }),
  ])
  return docs.map((d) => toMatchOpening(d, good.has(d.employerId)))
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
  profile: Pick<ProfileRecord, '_id' | 'group' | 'county' | 'wishes'>,
  courses: TraineeCourse[],
  dismissed: string[] = [],
): MatchTrainee {
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

/** Live recommendations per opening (pending or applied), counted by the database. */
export async function liveCountsByOpening(db: Database): Promise<Map<string, number>> {
  const $ = db.command.aggregate
  const counts = new Map<string, number>()
  const PAGE = 1000
  for (let skip = 0; ; skip += PAGE) {
    const result = (await db
      .collection(COLLECTIONS.recommendations)
      .aggregate()
      .match({ outcome: db.command.in(LIVE_OUTCOMES) })
      .group({ _id: '$openingId', n: $.sum(1) })
      .sort({ _id: 1 })
      .skip(skip)
      .limit(PAGE)
      .end()) as { list: Array<{ _id: string; n: number }> }
    for (const row of result.list) counts.set(row._id, row.n)
    if (result.list.length < PAGE) return counts
  }
}
