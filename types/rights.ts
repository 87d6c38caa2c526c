/** Rights protection (R9): complaints and reports with a visible case, the blacklist (失信名单). */
import type { CaseAction, CaseCategory, CaseStatus, StaffAction } from '../src/domain/rights'

export type { CaseAction, CaseCategory, CaseStatus, StaffAction }

export type ReportTarget = 'opening' | 'employer' | 'event'

/** What the national wage-arrears form asks (拖欠工资). */
export interface WageClaim {
  employerName: string
  /** 工地 / 项目 */
  site?: string
  /** First and last month owed, YYYY-MM. */
  from: string
  to: string
  /** Yuan owed in total. */
  amount: number
  people: number
}

/** One step of a case, as the reporter and staff see it. */
export interface CaseStep {
  at: string
  action: CaseAction
  /** The state the case was in after this step. */
  status: CaseStatus
  note?: string
}

/** A case as its reporter sees it. */
export interface RightsCase {
  id: string
  caseNo: string
  category: CaseCategory
  text: string
  targetType?: ReportTarget
  targetId?: string
  /** The opening, employer or event named, as it was called when reported. */
  targetName?: string
  photos: string[]
  anonymous: boolean
  wage?: WageClaim
  status: CaseStatus
  createdAt: string
  /** Staff accept or refuse by this time. */
  acceptBy: string
  /** Set once accepted: close by this time. */
  closeBy?: string
  extended: boolean
  result?: string
  rejectReason?: string
  rating?: { score: number; comment?: string; at: string }
  /** Until when the reporter may rate or ask for review (after closing or refusing). */
  reporterUntil?: string
  timeline: CaseStep[]
}

/** A case on the staff desk: the reporter named only for a real-name complaint. */
export interface StaffCase extends RightsCase {
  reporter: { name: string; phone: string } | null
  county?: string
  /** The employer the case is about, for putting it on the 失信名单. */
  employerId?: string
  /** The deadline that runs now (acceptBy or closeBy), and working days to it. */
  dueAt?: string
  dueInWorkingDays?: number
  /** Within the warning window or past. */
  warning?: string
}

export interface StaffCasePage {
  items: StaffCase[]
  total: number
  page: number
  counts: {
    byStatus: Partial<Record<CaseStatus, number>>
    byCategory: Partial<Record<CaseCategory, number>>
    byCounty: Record<string, number>
    warnings: number
  }
}

/** An entry of the public 失信名单. */
export interface BlacklistEntry {
  employerName: string
  reason: string
  since: string
  until: string
}

export interface RightsRoutes {
  /** A complaint (real name, profile required) or an anonymous report. Worker. */
  'rights/report': {
    input: {
      category: CaseCategory
      text: string
      targetType?: ReportTarget
      targetId?: string
      photos?: string[]
      anonymous?: boolean
      wage?: WageClaim
    }
    output: { caseId: string; caseNo: string }
  }
  /** The caller's cases, newest first. Worker. */
  'rights/mine': { input: Record<string, never>; output: RightsCase[] }
  /** One of the caller's cases, with its timeline. Worker. */
  'rights/case': { input: { caseId: string }; output: RightsCase }
  /** Rate a closed case 1–5 within 3 days. Worker. */
  'rights/rate': { input: { caseId: string; score: number; comment?: string }; output: RightsCase }
  /** Ask for review of a closed or refused case within 3 days. Worker. */
  'rights/reopen': { input: { caseId: string; reason: string }; output: RightsCase }
  /** The case desk: by status and deadline, with counts by category and county. Staff. */
  'staff/rights/list': {
    input: { status?: CaseStatus; dueWithinDays?: number; page?: number }
    output: StaffCasePage
  }
  /** One case for staff. Staff. */
  'staff/rights/get': { input: { caseId: string }; output: StaffCase }
  /** Accept, refuse with a reason, note, close with the result, extend once. Staff. */
  'staff/rights/update': {
    input: { caseId: string; action: StaffAction; note: string; result?: string }
    output: StaffCase
  }
  /** Put an employer on the 失信名单 (3 years for wage arrears by default). Staff. */
  'staff/blacklist/add': {
    input: { employerId: string; reason: string; until?: string }
    output: BlacklistEntry
  }
  /** Take an employer off the list, with the reason. Staff. */
  'staff/blacklist/remove': {
    input: { employerId: string; reason: string }
    output: { removed: boolean }
  }
  /** The public 失信名单. Anyone. */
  'catalog/blacklist': { input: Record<string, never>; output: { items: BlacklistEntry[] } }
}
