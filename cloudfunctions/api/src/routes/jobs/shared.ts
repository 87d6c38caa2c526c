/** What the jobs routes share: stored shapes, lookups of the caller's employer, page links. */
import { z } from 'zod'
import type { BrandId, CountyName } from '../../../../../types/catalog'
import type {
  Application,
  Employer,
  Interview,
  Opening,
  OpeningSummary,
  Recommendation,
} from '../../../../../types/jobs'
import { BRAND_IDS } from '../../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { COUNTY_NAMES } from '../../../../../src/domain/counties'
import { toInstant } from '../../../../../src/domain/time'
import type { Database, RouteContext } from '../../context'
import { findMany, findOne } from '../../db'
import { fail } from '../../errors'
import { fullBenefits } from '../../match/store'
import { opaqueId } from '../../opaque-id'

export type EmployerDoc = Omit<Employer, 'id'> & { _id: string; id?: string }
export type OpeningDoc = Omit<Opening, 'id'> & {
  _id: string
  id?: string
  createdBy?: string
  closedAt?: string
}
export type RecommendationDoc = Omit<Recommendation, 'id'> & { _id: string }
export type ApplicationDoc = Omit<Application, 'id'> & {
  _id: string
  openid: string
  hiredCounted?: boolean
}
export type InterviewDoc = Omit<Interview, 'id'> & {
  _id: string
  openid: string
  employerId: string
  version: number
}

export const BRAND_ENUM = z.enum(BRAND_IDS as [BrandId, ...BrandId[]])
export const COUNTY_ENUM = z.enum(COUNTY_NAMES as [CountyName, ...CountyName[]])
export const ID = z.string().trim().min(1, '缺少编号').max(128, '编号太长')
export const DEFAULT_PAGE_SIZE = 20

/** Pages the mini-program opens from a message (the jobs, employer and staff sub-packages). */
export const PAGES = {
  opening: (id: string) => `/packages/jobs/job/index?id=${encodeURIComponent(id)}`,
  recommendations: () => '/pages/jobs/index',
  interview: (id: string) =>
    `/packages/jobs/applications/index?interviewId=${encodeURIComponent(id)}`,
  candidates: (openingId: string) =>
    `/packages/employer/candidates/index?openingId=${encodeURIComponent(openingId)}`,
  employer: () => '/packages/employer/openings/index',
  contract: () => '/packages/rights/contract/index',
}

export function toEmployer(doc: EmployerDoc): Employer {
  const { _id, ...rest } = doc
  return { ...rest, id: rest.id ?? _id, blacklisted: rest.blacklisted === true }
}

export function toOpening(doc: OpeningDoc): Opening {
  const {
    _id,
    createdBy: _c,
    closedAt: _x,
    countersAt: _k,
    ...rest
  } = doc as OpeningDoc & {
    countersAt?: string
  }
  return {
    ...rest,
    id: rest.id ?? _id,
    hired: rest.hired ?? 0,
    benefits: fullBenefits(rest.benefits),
  }
}

export function toSummary(o: Opening): OpeningSummary {
  return {
    id: o.id,
    title: o.title,
    employerName: o.employerName,
    brand: o.brand,
    occupation: o.occupation,
    payMin: o.payMin,
    payMax: o.payMax,
    ...(o.county ? { county: o.county } : {}),
    place: o.place,
    benefits: o.benefits,
    ...(o.shift ? { shift: o.shift } : {}),
    expiresAt: o.expiresAt,
  }
}

export function toApplication(doc: ApplicationDoc): Application {
  const { _id, openid: _o, hiredCounted: _h, ...rest } = doc
  return { ...rest, id: _id }
}

export function toInterview(doc: InterviewDoc): Interview {
  const { _id, openid: _o, employerId: _e, version: _v, ...rest } = doc
  return { ...rest, id: _id }
}

/** Ledger id: one recommendation per worker and opening, ever. */
export function recommendationId(openid: string, openingId: string): string {
  return `${openid}:${openingId}`
}

/** Application id: one per opening and worker, opaque (the employer sees it). */
export function applicationId(openingId: string, openid: string): string {
  return opaqueId('app', openingId, openid)
}

/** Whether an opening may be applied to and shown in lists at `now`. */
export function isOpen(
  o: Pick<Opening, 'status' | 'expiresAt' | 'hired' | 'headcount'>,
  now: Date,
): boolean {
  return (
    o.status === 'open' && toInstant(o.expiresAt) > now.getTime() && (o.hired ?? 0) < o.headcount
  )
}

/** The employer the caller owns, or null. */
export async function findOwnEmployer(db: Database, openid: string): Promise<EmployerDoc | null> {
  return findOne<EmployerDoc>(
    db.collection(COLLECTIONS.employers).where({ ownerOpenid: openid }).limit(1),
  )
}

/** The caller's employer for employer routes; refuses when there is none or it is not verified. */
export async function requireOwnEmployer(
  ctx: Pick<RouteContext, 'db' | 'openid'>,
): Promise<EmployerDoc> {
  const employer = ctx.openid ? await findOwnEmployer(ctx.db, ctx.openid) : null
  if (!employer) fail('EMPLOYER_NOT_VERIFIED', '请先在“用人单位”里登记你的单位，审核通过后再来')
  if (employer.blacklisted)
    fail(
      'FORBIDDEN',
      '你的单位已被列入失信名单：不能发布岗位、查看候选人、约面试或录用；如有异议请联系人社局',
    )
  if (employer.status !== 'verified')
    fail('EMPLOYER_NOT_VERIFIED', '你的单位还没有通过审核，通过后才能使用')
  return employer
}

export async function loadOpening(db: Database, id: string): Promise<OpeningDoc> {
  const doc = await findOne<OpeningDoc>(
    db.collection(COLLECTIONS.openings).where({ _id: id }).limit(1),
  )
  if (!doc) fail('NOT_FOUND', '没有找到这个岗位，可能已被删除')
  return doc
}

/** An opening of the caller's employer; staff may act on any. */
export async function loadOwnOpening(
  ctx: RouteContext,
  id: string,
): Promise<{ opening: OpeningDoc; employer: EmployerDoc | null }> {
  const opening = await loadOpening(ctx.db, id)
  const employer = ctx.openid ? await findOwnEmployer(ctx.db, ctx.openid) : null
  const owns = employer !== null && opening.employerId === employer._id
  if (!owns && !ctx.roles.includes('staff')) fail('FORBIDDEN', '这不是你单位发布的岗位')
  return { opening, employer: owns ? employer : null }
}

/** An application to one of the caller's openings. */
export async function loadOwnApplication(
  ctx: RouteContext,
  id: string,
): Promise<{ application: ApplicationDoc; employer: EmployerDoc }> {
  const employer = await requireOwnEmployer(ctx)
  const application = await findOne<ApplicationDoc>(
    ctx.db.collection(COLLECTIONS.applications).where({ _id: id }).limit(1),
  )
  if (!application) fail('NOT_FOUND', '没有找到这份申请')
  if (application.employerId !== employer._id) fail('FORBIDDEN', '这份申请不是投给你单位的岗位')
  return { application, employer }
}

/** Ids of employers whose openings must not be shown: not verified, or blacklisted. */
export async function hiddenEmployerIds(db: Database): Promise<string[]> {
  const _ = db.command
  const docs = await findMany<EmployerDoc>(
    db
      .collection(COLLECTIONS.employers)
      .where(_.or([{ status: _.neq('verified') }, { blacklisted: true }]))
      .field({ _id: true })
      .limit(1000),
  )
  return docs.map((d) => d._id)
}

type Collection = ReturnType<Database['collection']>

/** Adds a document with a chosen `_id`; false when one with that id exists (then nothing changes). */
export async function insertOnce(
  collection: Collection,
  doc: { _id: string } & Record<string, unknown>,
): Promise<boolean> {
  try {
    await collection.add({ data: doc })
    return true
  } catch (err) {
    if (await findOne(collection.where({ _id: doc._id }).limit(1))) return false
    throw err
  }
}
