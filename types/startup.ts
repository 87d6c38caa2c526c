/** R8 entrepreneurship: the start-up guaranteed loan check, subsidies, applications to staff. */

/** The ten groups who may borrow a 创业担保贷款, written as the policy writes them. */
export type StartupGroup =
  | '城镇登记失业人员'
  | '就业困难人员 含残疾人'
  | '退役军人'
  | '高校毕业生'
  | '化解过剩产能企业职工和失业人员'
  | '返乡创业农民工'
  | '网络商户'
  | '脱贫人口'
  | '农村自主创业农民'
  | '刑满释放人员'

export type LoanKind =
  | '助学贷款'
  | '脱贫人口小额信贷'
  | '住房贷款'
  | '购车贷款'
  | '消费贷款'
  | '经营贷款'
  | '其他贷款'

/** What a worker answers in the check; all but `who` optional (a missing answer is said so). */
export interface StartupCheckInput {
  who: 'person' | 'firm'
  group?: StartupGroup
  /** Loans the applicant has now. */
  otherLoans?: LoanKind[]
  /** Loans the applicant's spouse has now. */
  spouseLoans?: LoanKind[]
  /** What is still owed on consumer loans (applicant and spouse together), yuan. */
  consumerLoanBalance?: number
  /** People starting the business together, the applicant included (合伙创业). */
  partners?: number
  /** 创业担保贷款 the applicant (or firm) had before. */
  previousLoans?: number
  /** Firms: staff on the payroll now. */
  staff?: number
  /** Firms: qualifying people hired this year. */
  newHires?: number
  /** Firms: those hires have contracts of at least a year. */
  contractsOneYear?: boolean
  /** Firms: any wage arrears or unpaid social insurance. */
  arrears?: boolean
  /** Subsidy: the business is registered at township (乡镇) level or below. */
  township?: boolean
  /** Subsidy: months the business has been operating. */
  monthsOperating?: number
  /** Subsidy: people employed at least half a year at ≥ 1,000 元/month. */
  employees?: number
  /** Subsidy: the person received this or another start-up subsidy before. */
  hadStartupSubsidy?: boolean
}

export interface LoanAnswer {
  eligible: boolean
  /** Yuan; 0 when not eligible. */
  maxAmount: number
  years: number
  reasons: string[]
  sources: string[]
}

export interface SubsidyAnswer {
  name: string
  /** Yuan. */
  amount: number
  eligible: boolean
  reasons: string[]
  source: string
}

export interface StartupCheckResult {
  loan: LoanAnswer
  subsidies: SubsidyAnswer[]
  /** Who decides: the bank and the guarantee fund, never this check. */
  notice: string
  /** Where to apply. */
  apply: string
  /** The year of the rules that answered. */
  rulesYear: number
}

/** A rule value with where it comes from and the year it applies. */
export interface Sourced<T> {
  value: T
  source: string
  year: number
}

/** The loan and subsidy rules, kept as data staff can update when the province changes them. */
export interface StartupRules {
  groups: Sourced<StartupGroup[]>
  /** Loans that do not stop an applicant (consumer loans only below the cap). */
  allowedLoans: Sourced<LoanKind[]>
  consumerLoanCap: Sourced<number>
  personMax: Sourced<number>
  firmMax: Sourced<number>
  /** Extra share on the combined amount of partners (0.1 = 10%). */
  partnerUplift: Sourced<number>
  personYears: Sourced<number>
  firmYears: Sourced<number>
  maxLoans: Sourced<number>
  /** The borrower pays the part of the rate up to LPR minus this many basis points. */
  borrowerRateBelowLprBp: Sourced<number>
  /** Firms: new qualifying hires as a share of staff; a lower share above `largeFirmStaff`. */
  hiringShare: Sourced<number>
  hiringShareLarge: Sourced<number>
  largeFirmStaff: Sourced<number>
  /** 返乡入乡创业补贴. */
  returnSubsidy: Sourced<{ amount: number; months: number; employees: number; minPay: number }>
  /** Where a worker applies. */
  apply: string
  updatedAt?: string
}

export type StartupKind = 'incubation' | 'loan' | 'subsidy'

/** Where an application stands; staff move it along (see STARTUP_WORKFLOW). */
export type StartupStatus = 'submitted' | 'reviewing' | 'need_more' | 'approved' | 'refused'

export type StartupAction = 'accept' | 'ask' | 'approve' | 'refuse'

export interface IncubationRequest {
  /** The incubation base applied to (an `incubation_base` of the directory). */
  baseId: string
  project: string
  /** Who is in the team, in words (3 人：我、爱人、表弟). */
  team: string
  stage: 'idea' | 'preparing' | 'operating'
  phone: string
}

export type StartupApplyInput =
  | ({ kind: 'incubation' } & IncubationRequest)
  | { kind: 'loan' | 'subsidy'; check: StartupCheckInput; phone: string; note?: string }

export interface StartupMessage {
  from: 'worker' | 'staff'
  text: string
  at: string
}

export interface StartupApplication {
  id: string
  kind: StartupKind
  status: StartupStatus
  /** Name from the applicant's profile. */
  name: string
  phone: string
  incubation?: IncubationRequest & { baseName: string }
  check?: StartupCheckInput
  /** The check's answer when it was sent (the server's own, not the client's). */
  result?: StartupCheckResult
  note?: string
  messages: StartupMessage[]
  createdAt: string
  updatedAt: string
}

export interface StartupRoutes {
  /** The 创业担保贷款 and 返乡入乡创业补贴 check. Anyone may call; nothing is stored. */
  'startup/check': { input: StartupCheckInput; output: StartupCheckResult }
  /** The rules the check uses, with sources and years. Anyone may call. */
  'startup/rules': { input: Record<string, never>; output: StartupRules }
  'startup/apply': { input: StartupApplyInput; output: StartupApplication }
  'startup/mine': { input: Record<string, never>; output: StartupApplication[] }
  'staff/startup/list': {
    input: { status?: StartupStatus; kind?: StartupKind; page?: number; pageSize?: number }
    output: { items: StartupApplication[]; total: number }
  }
  'staff/startup/review': {
    input: { id: string; action: StartupAction; message: string }
    output: StartupApplication
  }
  /** Staff update the rules when the province changes them. */
  'staff/startup/rules': { input: StartupRules; output: StartupRules }
}
