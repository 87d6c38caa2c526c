import type { CaseCategory, ReportTarget } from '../../../types/rights'
import { openPage } from '../../services/navigate'

/** 12333: the national human-resources and social-security hotline, where illegal fees are reported. */
export const REPORT_HOTLINE = '12333'

/** What a 举报 link is about: the opening, employer or event on screen. */
export interface ReportAbout {
  type: ReportTarget
  id: string
  name: string
  category?: CaseCategory
}

/** The 举报 of every job card and page, employer and event: opens the report form about it. */
export function reportFee(about?: ReportAbout): void {
  const query = about
    ? `?targetType=${about.type}&targetId=${encodeURIComponent(about.id)}&targetName=${encodeURIComponent(about.name)}&category=${about.category ?? 'fee'}`
    : ''
  openPage(`/packages/rights/report/index${query}`)
}
