import type { LoanKind, StartupGroup } from '../../../../types/startup'
import { optionsOf, plainOptions } from '../../../components/option-picker'

/** The ten groups exactly as the policy writes them (the server checks the same list). */
export const GROUP_OPTIONS = plainOptions<StartupGroup>([
  '城镇登记失业人员',
  '就业困难人员 含残疾人',
  '退役军人',
  '高校毕业生',
  '化解过剩产能企业职工和失业人员',
  '返乡创业农民工',
  '网络商户',
  '脱贫人口',
  '农村自主创业农民',
  '刑满释放人员',
])

export const LOAN_OPTIONS = plainOptions<LoanKind>([
  '助学贷款',
  '脱贫人口小额信贷',
  '住房贷款',
  '购车贷款',
  '消费贷款',
  '经营贷款',
  '其他贷款',
])

export const WHO_OPTIONS = optionsOf<'person' | 'firm'>([
  ['person', '个人创业'],
  ['firm', '小微企业'],
])

export const YES_NO = optionsOf<'yes' | 'no'>([
  ['yes', '是'],
  ['no', '否'],
])

export const COUNT_OPTIONS = optionsOf<number>(
  Array.from({ length: 10 }, (_, i) => [i + 1, `${i + 1}人`] as const),
)

export const TIMES_OPTIONS = optionsOf<number>([
  [0, '没有贷过'],
  [1, '1次'],
  [2, '2次'],
  [3, '3次或以上'],
])

export const MONTH_OPTIONS = optionsOf<number>(
  [1, 3, 5, 6, 7, 12, 24].map((m) => [m, m >= 24 ? '2年以上' : `${m}个月`] as const),
)

export const EMPLOYEE_OPTIONS = optionsOf<number>(
  [0, 1, 2, 3, 4, 5, 10].map((n) => [n, n >= 10 ? '10人以上' : `${n}人`] as const),
)

export const yesNo = (v: 'yes' | 'no' | undefined) => (v === undefined ? undefined : v === 'yes')
