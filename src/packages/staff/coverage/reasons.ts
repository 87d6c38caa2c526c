import type { MatchCoverage } from '../../../../types/jobs'

export type ShortReason = MatchCoverage['short'][number]['reason']

/** Why a trainee has fewer than 3 recommendations, in words staff can act on. */
export const SHORT_REASON_LABELS: Record<ShortReason, string> = {
  no_suitable_opening: '没有合适岗位',
  profile_incomplete: '资料不完整',
  awaiting_pass: '有合适岗位，等下次匹配',
}

/** What staff can do about it. */
export const SHORT_REASON_NEXT: Record<ShortReason, string> = {
  no_suitable_opening: '联系用人单位发布对口岗位，或请学员放宽求职意向',
  profile_incomplete: '请学员补全资料（求职意向、区县）',
  awaiting_pass: '回工作台点“立即匹配推送”',
}

export const SHORT_REASONS = Object.keys(SHORT_REASON_LABELS) as ShortReason[]
