import type { InstitutionKind } from '../../types/network'

export const INSTITUTION_KIND_NAMES: Record<InstitutionKind, string> = {
  training_base: '培训示范基地',
  incubation_base: '创业孵化基地',
  expert_studio: '专家工作室',
  leading_enterprise: '龙头企业',
  export_base: '劳务输出基地',
}

export const INSTITUTION_LEVEL_NAMES = { region: '自治区级', city: '市级' } as const

const GOAL = '二、主要目标：到2025年，'

/** The plan's targets for the brand network (二、主要目标), by kind and level. */
export const INSTITUTION_TARGETS: ReadonlyArray<{
  kind: InstitutionKind
  level: 'region' | 'city'
  value: number
  source: string
}> = [
  {
    kind: 'training_base',
    level: 'region',
    value: 3,
    source: `${GOAL}创建3个自治区级劳务品牌培训示范基地`,
  },
  {
    kind: 'incubation_base',
    level: 'region',
    value: 3,
    source: `${GOAL}创建3个自治区级劳务品牌创业孵化基地`,
  },
  {
    kind: 'expert_studio',
    level: 'region',
    value: 3,
    source: `${GOAL}创建3个自治区级劳务品牌专家工作室`,
  },
  {
    kind: 'leading_enterprise',
    level: 'region',
    value: 8,
    source: `${GOAL}自治区选树8个自治区级劳务品牌龙头企业`,
  },
  {
    kind: 'training_base',
    level: 'city',
    value: 8,
    source: `${GOAL}建设8个市级劳务品牌培训示范基地`,
  },
  {
    kind: 'expert_studio',
    level: 'city',
    value: 8,
    source: `${GOAL}建设8个市级劳务品牌专家工作室`,
  },
  {
    kind: 'leading_enterprise',
    level: 'city',
    value: 8,
    source: `${GOAL}建设8个市级劳务品牌龙头企业`,
  },
]
