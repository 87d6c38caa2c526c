import { z } from 'zod'
import type { LoanKind, StartupCheckInput, StartupGroup } from '../../../../../types/startup'
import { STARTUP_GROUPS } from './rules'

type NonEmpty<T> = [T, ...T[]]

export const LOAN_KINDS: readonly LoanKind[] = [
  '助学贷款',
  '脱贫人口小额信贷',
  '住房贷款',
  '购车贷款',
  '消费贷款',
  '经营贷款',
  '其他贷款',
]

const group = z.enum(STARTUP_GROUPS as unknown as NonEmpty<StartupGroup>, {
  error: '请从列表里选择你属于哪一类人员',
})
const loanKind = z.enum(LOAN_KINDS as unknown as NonEmpty<LoanKind>, {
  error: '请从列表里选择贷款种类',
})
const loans = z.array(loanKind).max(7, '贷款种类最多7项')
const count = (what: string, max: number) =>
  z
    .number({ error: `请填写${what}` })
    .int(`${what}请填整数`)
    .min(0, `${what}不能是负数`)
    .max(max, `${what}太大，请核对`)

export const checkInput: z.ZodType<StartupCheckInput> = z
  .object({
    who: z.enum(['person', 'firm'], { error: '请选择个人创业还是小微企业' }),
    group: group.optional(),
    otherLoans: loans.optional(),
    spouseLoans: loans.optional(),
    consumerLoanBalance: count('消费贷款余额', 100_000_000).optional(),
    partners: count('合伙人数', 100).min(1, '合伙人数至少1人').optional(),
    previousLoans: count('贷过的次数', 100).optional(),
    staff: count('职工人数', 100_000).optional(),
    newHires: count('新招用人数', 100_000).optional(),
    contractsOneYear: z.boolean().optional(),
    arrears: z.boolean().optional(),
    township: z.boolean().optional(),
    monthsOperating: count('经营月数', 1200).optional(),
    employees: count('带动就业人数', 100_000).optional(),
    hadStartupSubsidy: z.boolean().optional(),
  })
  .strict()
  .refine((i) => i.newHires === undefined || i.staff === undefined || i.newHires <= i.staff, {
    error: '新招用人数不能多于职工总人数',
  })
