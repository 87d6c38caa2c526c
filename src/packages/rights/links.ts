import type { CaseCategory, ReportTarget } from '../../../types/rights'

/** Pages of the 维权 sub-package. */
export const RIGHTS_PAGES = {
  mine: '/packages/rights/mine/index',
  case: (id: string) => `/packages/rights/case/index?id=${encodeURIComponent(id)}`,
  blacklist: '/packages/rights/blacklist/index',
  contract: '/packages/rights/contract/index',
  /** The report form, about a target when there is one (the opening, employer or event shown). */
  report: (target?: { type: ReportTarget; id: string; name: string; category?: CaseCategory }) =>
    target
      ? `/packages/rights/report/index?targetType=${target.type}&targetId=${encodeURIComponent(target.id)}&targetName=${encodeURIComponent(target.name)}${target.category ? `&category=${target.category}` : ''}`
      : '/packages/rights/report/index',
}

/** 12333: the national human-resources and social-security hotline. */
export const HOTLINE = '12333'
