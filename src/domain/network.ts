/** The brand network's words and the plan's targets for it (二、主要目标), for both sides. */
import type { InstitutionKind, InstitutionLevel } from '../../types/network'

export const INSTITUTION_KINDS: readonly InstitutionKind[] = [
  'training_base',
  'incubation_base',
  'expert_studio',
  'leading_enterprise',
  'export_base',
]

export const KIND_LABELS: Record<InstitutionKind, string> = {
  training_base: '培训示范基地',
  incubation_base: '创业孵化基地',
  expert_studio: '专家工作室',
  leading_enterprise: '龙头企业',
  export_base: '乡村振兴输出基地',
}

export const LEVELS: readonly InstitutionLevel[] = ['region', 'city']

export const LEVEL_LABELS: Record<InstitutionLevel, string> = {
  region: '自治区级',
  city: '市级',
}

/** 自治区级培训示范基地 */
export const institutionTitle = (kind: InstitutionKind, level: InstitutionLevel): string =>
  kind === 'export_base' ? KIND_LABELS[kind] : `${LEVEL_LABELS[level]}${KIND_LABELS[kind]}`

const GOAL = '二、主要目标：到2025年'

/** The plan's targets by 2025, each with its clause; the order the dashboard shows them in. */
export const NETWORK_TARGETS: ReadonlyArray<{
  kind: InstitutionKind
  level: InstitutionLevel
  target: number
  source: string
}> = [
  {
    kind: 'training_base',
    level: 'region',
    target: 3,
    source: `${GOAL}力争创建3个自治区级劳务品牌培训示范基地`,
  },
  {
    kind: 'incubation_base',
    level: 'region',
    target: 3,
    source: `${GOAL}力争创建3个自治区级劳务品牌创业孵化基地`,
  },
  {
    kind: 'expert_studio',
    level: 'region',
    target: 3,
    source: `${GOAL}力争创建3个自治区级劳务品牌专家工作室`,
  },
  {
    kind: 'leading_enterprise',
    level: 'region',
    target: 8,
    source: `${GOAL}力争取得自治区选树8个自治区级劳务品牌龙头企业`,
  },
  {
    kind: 'training_base',
    level: 'city',
    target: 8,
    source: `${GOAL}力争建设8个市级劳务品牌培训示范基地`,
  },
  {
    kind: 'expert_studio',
    level: 'city',
    target: 8,
    source: `${GOAL}力争建设8个市级劳务品牌专家工作室`,
  },
  {
    kind: 'leading_enterprise',
    level: 'city',
    target: 8,
    source: `${GOAL}力争建设8个市级劳务品牌龙头企业`,
  },
]
