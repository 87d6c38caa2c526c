/**
 * The complaint case (投诉举报) as a workflow: its states, the actions each role may take in each
 * state, and the deadlines. The back end and the tests both read this table; no handler decides a
 * transition on its own.
 *
 * Deadlines follow 劳动保障监察条例 and 人社部《劳动保障监察投诉举报案件办理规定》: accept or refuse
 * within 5 working days, close within 60 working days of acceptance, extended once by 30 working
 * days. The reporter may rate a closed case or ask for review within 3 days.
 */
import dayjs from 'dayjs'
import { BEIJING_OFFSET_MINUTES, isoBeijing, toInstant, type TimeInput } from './time'

export type CaseCategory =
  | 'illegal_agent'
  | 'fake_posting'
  | 'fee'
  | 'wage_arrears'
  | 'no_contract'
  | 'other'

export type CaseStatus =
  | 'submitted'
  | 'accepted'
  | 'rejected'
  | 'investigating'
  | 'closed'
  | 'reopened'

export type StaffAction = 'accept' | 'reject' | 'note' | 'close' | 'extend'
export type ReporterAction = 'rate' | 'reopen'
export type CaseAction = 'submit' | StaffAction | ReporterAction

export const CATEGORY_LABELS: Record<CaseCategory, string> = {
  illegal_agent: '非法中介',
  fake_posting: '虚假招聘',
  fee: '收取费用',
  wage_arrears: '拖欠工资',
  no_contract: '未签劳动合同',
  other: '其他',
}

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as CaseCategory[]

export const STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  rejected: '不予受理',
  investigating: '调查中',
  closed: '已办结',
  reopened: '申请复核',
}

export const ACTION_LABELS: Record<CaseAction, string> = {
  submit: '提交',
  accept: '受理',
  reject: '不予受理',
  note: '调查记录',
  close: '办结',
  extend: '延期',
  rate: '评价',
  reopen: '申请复核',
}

/** In each state, what staff and the reporter may do, and the state each action leads to. */
export const CASE_WORKFLOW: Record<
  CaseStatus,
  {
    staff: Partial<Record<StaffAction, CaseStatus>>
    reporter: Partial<Record<ReporterAction, CaseStatus>>
  }
> = {
  submitted: { staff: { accept: 'accepted', reject: 'rejected' }, reporter: {} },
  reopened: { staff: { accept: 'accepted', reject: 'rejected' }, reporter: {} },
  accepted: {
    staff: { note: 'investigating', close: 'closed', extend: 'accepted' },
    reporter: {},
  },
  investigating: {
    staff: { note: 'investigating', close: 'closed', extend: 'investigating' },
    reporter: {},
  },
  closed: { staff: {}, reporter: { rate: 'closed', reopen: 'reopened' } },
  rejected: { staff: {}, reporter: { reopen: 'reopened' } },
}

/** Deadlines: working days (Monday to Friday, Beijing time) except the reporter's 3 calendar days. */
export const CASE_DEADLINES = {
  acceptWorkingDays: 5,
  closeWorkingDays: 60,
  extendWorkingDays: 30,
  /** How many times a case may be extended. */
  extensions: 1,
  reporterDays: 3,
  /** Staff are warned this many working days before a deadline passes. */
  warnWorkingDays: 3,
} as const

/** The state `action` leads to from `status` for `role`, or null when it is not allowed. */
export function nextStatus(
  status: CaseStatus,
  role: 'staff' | 'reporter',
  action: StaffAction | ReporterAction,
): CaseStatus | null {
  const row = CASE_WORKFLOW[status][role] as Partial<Record<string, CaseStatus>>
  return row[action] ?? null
}

function beijingDay(input: TimeInput) {
  return dayjs(toInstant(input)).utcOffset(BEIJING_OFFSET_MINUTES)
}

/** The end (23:59:59 Beijing) of the `days`-th working day after `from`. */
export function addWorkingDays(from: TimeInput, days: number): string {
  let day = beijingDay(from).startOf('day')
  let left = days
  while (left > 0) {
    day = day.add(1, 'day')
    if (day.day() !== 0 && day.day() !== 6) left--
  }
  return isoBeijing(day.endOf('day').valueOf())
}

/** Working days from `now` until `deadline` (0 on the day itself, negative once past). */
export function workingDaysLeft(now: TimeInput, deadline: TimeInput): number {
  const end = beijingDay(deadline).startOf('day')
  let day = beijingDay(now).startOf('day')
  if (toInstant(deadline) < toInstant(now)) {
    let n = 0
    while (day.isAfter(end)) {
      day = day.subtract(1, 'day')
      if (day.day() !== 0 && day.day() !== 6) n--
    }
    return Math.min(n, -1)
  }
  let n = 0
  while (day.isBefore(end)) {
    day = day.add(1, 'day')
    if (day.day() !== 0 && day.day() !== 6) n++
  }
  return n
}

/** The end of the reporter's window to rate or ask for review. */
export function reporterWindowEnd(from: TimeInput): string {
  return isoBeijing(toInstant(from) + CASE_DEADLINES.reporterDays * 86_400_000)
}

/** Where a worker can go when a complaint is not for this desk. */
export const ELSEWHERE =
  '劳动争议可申请劳动仲裁（柳州市劳动人事争议仲裁院），也可拨打12333咨询，或到当地法律援助中心求助'
