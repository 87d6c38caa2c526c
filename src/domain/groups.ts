/** Labels for the plan's worker groups, education, certificates and course modes (what people read). */
import type { CertificateType, CourseMode } from '../../types/catalog'
import type { Education, WorkerGroup } from '../../types/profile'

export const GROUP_LABELS: Record<WorkerGroup, string> = {
  poverty_alleviated: '脱贫人口',
  monitored: '防止返贫监测对象',
  hard_to_employ: '就业困难人员',
  vocational_graduate: '职业院校毕业生',
  relocated: '易地扶贫搬迁',
  rural_labor: '农村劳动力',
  other: '其他',
}

/** Picker order for the group field. */
export const WORKER_GROUPS = Object.keys(GROUP_LABELS) as WorkerGroup[]

/**
 * Pushed first (四（二）1: 优先向就业困难人员、脱贫人口和职业院校毕业生推送岗位信息), in that order.
 * Never shown or sent to employers.
 */
export const PRIORITY_GROUPS: readonly WorkerGroup[] = [
  'hard_to_employ',
  'poverty_alleviated',
  'vocational_graduate',
]

export function isPriorityGroup(group: WorkerGroup): boolean {
  return PRIORITY_GROUPS.includes(group)
}

export const EDUCATION_LABELS: Record<Education, string> = {
  primary: '小学及以下',
  junior: '初中',
  senior: '高中',
  vocational: '中专/技校/职高',
  college: '大专',
  bachelor: '本科及以上',
}

export const EDUCATION_LEVELS = Object.keys(EDUCATION_LABELS) as Education[]

export const CERTIFICATE_TYPE_LABELS: Record<CertificateType, string> = {
  qualification: '职业资格',
  skill_level: '职业技能等级',
  special_ability: '专项职业能力',
}

export type SkillLevel = 1 | 2 | 3 | 4 | 5

/** 职业技能等级: 五级 is the entry level, 一级 the highest. */
export const SKILL_LEVEL_LABELS: Record<SkillLevel, string> = {
  5: '五级/初级工',
  4: '四级/中级工',
  3: '三级/高级工',
  2: '二级/技师',
  1: '一级/高级技师',
}

/** 职业技能等级（四级/中级工）, 专项职业能力, 职业资格 */
export function certificateLabel(cert: { type: CertificateType; level?: SkillLevel }): string {
  const type = CERTIFICATE_TYPE_LABELS[cert.type]
  return cert.type === 'skill_level' && cert.level
    ? `${type}（${SKILL_LEVEL_LABELS[cert.level]}）`
    : type
}

export const COURSE_MODE_LABELS: Record<CourseMode, string> = {
  offline: '线下',
  online: '线上',
  mixed: '线上线下结合',
}
