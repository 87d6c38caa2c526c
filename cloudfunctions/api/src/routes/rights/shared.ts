/** What the rights routes share: the stored case, its views, and messages to the reporter. */
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { RightsCase, StaffCase } from '../../../../../types/rights'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import {
  ACTION_LABELS,
  CASE_DEADLINES,
  STATUS_LABELS,
  workingDaysLeft,
  type CaseAction,
} from '../../../../../src/domain/rights'
import { beijingDate, formatDate } from '../../../../../src/domain/time'
import type { Database, RouteContext } from '../../context'
import { findOne } from '../../db'
import { fail } from '../../errors'
import { getProfile } from '../../profile-store'
import { deliver } from '../../push'

/** A case as stored: the reporter's openid never leaves the server. */
export type CaseDoc = Omit<RightsCase, 'id'> & {
  _id: string
  reporterOpenid: string
  employerId?: string
  county?: string
  /** The deadline running now, for the desk's queue. */
  dueAt?: string
  reopenCount: number
  version: number
}

export const CASE_ID = z.string().trim().min(1, '缺少案件编号').max(64, '案件编号太长')

/** An opaque case id and a case number a worker can read out on the phone (WQ20261201-7K3F9Q). */
export function newCase(now: Date): { id: string; caseNo: string } {
  const bytes = randomBytes(12)
  const id = `case-${bytes.toString('hex')}`
  const code = bytes
    .subarray(0, 5)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
    .replace(/[O0I1]/g, 'X')
    .slice(0, 6)
  return { id, caseNo: `WQ${beijingDate(now).replace(/-/g, '')}-${code}` }
}

/** The reporter's view. */
export function toCase(doc: CaseDoc): RightsCase {
  const {
    _id,
    reporterOpenid: _r,
    employerId: _e,
    county: _c,
    dueAt: _d,
    reopenCount: _n,
    version: _v,
    ...rest
  } = doc
  return { ...rest, id: _id }
}

/** The staff view: the reporter named only for a real-name complaint; never an openid. */
export async function toStaffCase(db: Database, doc: CaseDoc, now: Date): Promise<StaffCase> {
  const profile = doc.anonymous ? null : await getProfile(db, doc.reporterOpenid)
  const due = doc.dueAt
  const left = due ? workingDaysLeft(now, due) : undefined
  const warning =
    left === undefined
      ? undefined
      : left < 0
        ? `已超过${doc.status === 'submitted' || doc.status === 'reopened' ? '受理' : '办结'}期限`
        : left <= CASE_DEADLINES.warnWorkingDays
          ? `还剩${left}个工作日到期`
          : undefined
  return {
    ...toCase(doc),
    reporter: profile ? { name: profile.name, phone: profile.phone } : null,
    ...(doc.county ? { county: doc.county } : {}),
    ...(doc.employerId ? { employerId: doc.employerId } : {}),
    ...(due ? { dueAt: due, dueInWorkingDays: left } : {}),
    ...(warning ? { warning } : {}),
  }
}

export async function loadCase(db: Database, caseId: string): Promise<CaseDoc> {
  const doc = await findOne<CaseDoc>(
    db.collection(COLLECTIONS.rightsCases).where({ _id: caseId }).limit(1),
  )
  if (!doc) fail('NOT_FOUND', '没有找到这个案件')
  return doc
}

/** Mini-program pages a case message opens. */
export const RIGHTS_PAGES = {
  case: (id: string) => `/packages/rights/case/index?id=${encodeURIComponent(id)}`,
  desk: (id: string) => `/packages/casedesk/case/index?id=${encodeURIComponent(id)}`,
}

/** Tells the reporter what just happened to the case, in 消息. */
export async function tellReporter(
  ctx: Pick<RouteContext, 'db' | '_' | 'cloud' | 'now'>,
  doc: CaseDoc,
  action: CaseAction,
  body: string,
): Promise<void> {
  const status = STATUS_LABELS[doc.status]
  await deliver(ctx, {
    openid: doc.reporterOpenid,
    kind: 'rights',
    title: `${doc.anonymous ? '举报' : '投诉'}${doc.caseNo}：${action === 'submit' ? '已提交' : status}`,
    body: `${formatDate(ctx.now())} ${ACTION_LABELS[action]}。${body}`,
    link: RIGHTS_PAGES.case(doc._id),
    dedupeKey: `${doc.reporterOpenid}:rights:${doc._id}:${doc.timeline.length}`,
  })
}
