import type { BrandId, CertificateType, CountyName } from './catalog'
import type { Education, WorkPlace } from './profile'

/** An employer (用人单位); only `verified` and not blacklisted ones may post. */
export interface Employer {
  id: string
  name: string
  /** 统一社会信用代码, 18 characters, GB 32100 checksum. */
  uscc: string
  contact: string
  phone: string
  /** Where the employer is registered; optional at sign-up. */
  county?: CountyName
  status: 'pending' | 'verified' | 'refused'
  blacklisted: boolean
  refuseReason?: string
  ownerOpenid?: string
  /** File id of the business licence photo (营业执照), when uploaded. */
  licence?: string
  createdAt?: string
  verifiedAt?: string
  demo?: boolean
}

export interface Benefits {
  socialInsurance: boolean
  board: boolean
  lodging: boolean
}

/** A job opening (岗位). */
export interface Opening {
  id: string
  employerId: string
  employerName: string
  brand: BrandId
  occupation: string
  title: string
  headcount: number
  payMin: number
  payMax: number
  /** A Liuzhou county when the job is in Liuzhou. */
  county?: CountyName
  /** Where the job is, in words; for jobs outside Liuzhou e.g. 广东湛江. */
  place: WorkPlace
  requirements?: string
  /** The certificate the employer requires, if any (level: 5 = 五级 … 1 = 一级). */
  certificate?: { type: CertificateType; level?: 1 | 2 | 3 | 4 | 5 }
  benefits: Benefits
  shift?: string
  description: string
  expiresAt: string
  postedAt: string
  status: 'open' | 'closed' | 'taken_down'
  hired: number
  /** Why staff took it down (status `taken_down`). */
  takedownReason?: string
  /** A 粤桂劳务协作 opening (四（二）4): in 湛江 or one of its county-level cities. */
  cooperation?: Cooperation
  demo?: boolean
}

/** What the 粤桂劳务协作 with 湛江 adds to an opening: where exactly, and the services provided. */
export interface Cooperation {
  /** 湛江市区, 雷州市, 廉江市 or 吴川市. */
  city: string
  /** e.g. 柳州统一组织出行, 到岗后专人对接, 稳岗回访. */
  provides: string[]
}

/** What the employer's own page shows (审核中 / 已认证 / 未通过 / 失信). */
export type EmployerStanding = 'none' | 'pending' | 'verified' | 'refused' | 'blacklisted'

export interface EmployerMe {
  employer: Employer | null
  standing: EmployerStanding
  /** A line to show under the standing, e.g. 审核中，一般1-3个工作日. */
  message: string
}

/** A new opening; `county` for a job in Liuzhou, `place` for one outside (e.g. 广东湛江). */
export interface OpeningInput {
  brand: BrandId
  occupation: string
  title: string
  headcount: number
  payMin: number
  payMax: number
  county?: CountyName
  place?: WorkPlace
  requirements?: string
  certificate?: { type: CertificateType; level?: 1 | 2 | 3 | 4 | 5 }
  benefits?: Partial<Benefits>
  shift?: string
  description: string
  /** ISO time in the future (at most a year ahead). */
  expiresAt: string
}

export interface OpeningQuery {
  brand?: BrandId
  occupation?: string
  county?: CountyName
  /** Keyword matched against title, occupation and employer name. */
  q?: string
  /** Only 粤桂劳务协作 openings. */
  cooperation?: boolean
  /** 1-based. */
  page?: number
  /** At most 50, default 20. */
  pageSize?: number
}

export interface OpeningPage {
  items: Opening[]
  total: number
  page: number
}

/** What happened to a recommendation (R5 ledger). */
export type RecommendationOutcome = 'pending' | 'applied' | 'dismissed' | 'hired' | 'expired'

/** One line of a trainee's recommendation ledger; `id` is `${openid}:${openingId}`. */
export interface Recommendation {
  id: string
  openid: string
  openingId: string
  score: number
  /** 推荐理由 in plain Chinese, e.g. 你学过养老护理 · 离家近 · 工资符合期望. */
  reason: string
  channel: 'inbox' | 'subscribe'
  createdAt: string
  pushedAt?: string
  outcome: RecommendationOutcome
  dismissReason?: string
}

/** An opening as a recommendation card shows it. */
export interface OpeningSummary {
  id: string
  title: string
  employerName: string
  brand: BrandId
  occupation: string
  payMin: number
  payMax: number
  county?: CountyName
  place: WorkPlace
  benefits: Benefits
  shift?: string
  expiresAt: string
}

/** A live recommendation for the trainee (match/mine). */
export interface MyRecommendation {
  openingId: string
  score: number
  reason: string
  outcome: Extract<RecommendationOutcome, 'pending' | 'applied'>
  createdAt: string
  opening: OpeningSummary
}

export type ApplicationStatus = 'applied' | 'interview' | 'hired' | 'rejected'

/** A trainee's application; `id` is `${openingId}:${openid}` (one per worker and opening). */
export interface Application {
  id: string
  openingId: string
  openingTitle: string
  employerId: string
  employerName: string
  brand: BrandId
  status: ApplicationStatus
  createdAt: string
  updatedAt: string
  hiredAt?: string
}

/** An interview the employer proposed; the worker books one of the slots. */
export interface Interview {
  id: string
  applicationId: string
  openingId: string
  openingTitle: string
  employerName: string
  /** ISO times the employer offers. */
  slots: string[]
  mode: 'video' | 'onsite'
  /** Video room link (video) or where to go (onsite). */
  link?: string
  /** What the employer tells the worker (bring, ask for, where to wait); screened like a posting. */
  note?: string
  status: 'proposed' | 'booked'
  bookedSlot?: string
  createdAt: string
  updatedAt: string
}

/**
 * A candidate as the employer sees them. Name and phone are masked (张**, 138****5678) unless the
 * worker applied. Never carries the worker's group.
 */
export interface Candidate {
  /** Set when the worker applied; the employer uses it to propose interviews and record outcomes. */
  applicationId?: string
  applied: boolean
  name: string
  phone: string
  county?: CountyName
  education?: Education
  /** Courses and certificates, e.g. 养老护理员（已结业，职业技能等级证书（四级））. */
  training: string[]
  score: number
  /** Why this worker fits, in the employer's words (学过养老护理 · 就住在本地). */
  reason: string
  status?: ApplicationStatus
  interview?: Pick<Interview, 'id' | 'status' | 'slots' | 'bookedSlot' | 'mode'>
}

export interface CandidateList {
  opening: OpeningSummary & { headcount: number; hired: number; status: Opening['status'] }
  /** Workers who applied, best match first. */
  applicants: Candidate[]
  /** Suitable trainees who have not applied, best first (at most 20). */
  recommended: Candidate[]
}

export type InboxKind =
  | 'recommendation'
  | 'application'
  | 'interview'
  | 'outcome'
  | 'employer'
  | 'posting'
  | 'rights'
  | 'event'
  | 'training'
  | 'startup'
  | 'contest'
  | 'system'

/** A message in the worker's in-app inbox (站内消息). */
export interface InboxMessage {
  id: string
  kind: InboxKind
  title: string
  body: string
  /** Mini-program page to open. */
  link?: string
  createdAt: string
  read: boolean
}

/** Recommendation coverage for staff (R5: every trainee recommended at least 3 times). */
export interface MatchCoverage {
  /** Workers with at least one course enrolment (not cancelled or dropped). */
  trainees: number
  withThreeOrMore: number
  /** Trainees below 3 live recommendations and why (at most 500, listed by name for staff). */
  short: Array<{
    openid: string
    name: string
    /** awaiting_pass: suitable openings exist; the next matching pass will recommend them. */
    reason: 'no_suitable_opening' | 'profile_incomplete' | 'awaiting_pass'
    /** Live recommendations now. */
    live: number
    /** Suitable openings that exist for them now (up to 3). */
    suitable: number
  }>
}

/** What a matching pass did. */
export interface MatchRunResult {
  trainees: number
  recommendations: number
  /** Recommendations delivered to inboxes. */
  pushed: number
  /** Of those, also sent as WeChat subscribe messages (one credit each). */
  subscribed: number
  /** False when the pass stopped for the time limit; the timer resumes it. */
  complete: boolean
}

/** Routes of employers, openings, matching and push (R4, R5). */
export interface JobsRoutes {
  /** Sign up an employer (用人单位) for staff review. Any worker; one per 统一社会信用代码 and per owner. */
  'employer/register': {
    input: {
      name: string
      uscc: string
      contact: string
      phone: string
      county?: CountyName
      licence?: string
    }
    output: Employer
  }
  /** The caller's own employer record and where it stands. Any worker. */
  'employer/me': { input: Record<string, never>; output: EmployerMe }
  /** The caller's employer's openings, newest first (all statuses). Employer. */
  'employer/openings': { input: Record<string, never>; output: Opening[] }
  /** Ranked applicants and recommended trainees for one of the caller's openings. Employer. */
  'employer/candidates': { input: { openingId: string }; output: CandidateList }
  /** Propose interview slots to an applicant; the worker gets an inbox message. Employer. */
  'employer/interview': {
    input: {
      applicationId: string
      slots: string[]
      mode: 'video' | 'onsite'
      link?: string
      note?: string
    }
    output: Interview
  }
  /** Record hired / not hired; a hire counts once toward the brand's employment progress. Employer. */
  'employer/outcome': { input: { applicationId: string; hired: boolean }; output: Application }
  /** Employers to review, pending first. Staff. */
  'staff/employer/list': {
    input: { status?: Employer['status'] }
    output: Employer[]
  }
  /** Verify (grants the employer role) or refuse with a reason. Staff. */
  'staff/employer/verify': {
    input: { employerId: string; approve: boolean; reason?: string }
    output: Employer
  }
  /** Post an opening: verified, not blacklisted, screened for fees and fraud. Any worker who owns an employer. */
  'jobs/post': { input: OpeningInput; output: Opening }
  /** Open, unexpired openings of verified employers, newest first. Anyone. */
  'jobs/list': { input: OpeningQuery; output: OpeningPage }
  /** One opening. Anyone (taken-down ones only for their employer and staff). */
  'jobs/get': { input: { id: string }; output: Opening }
  /** The employer closes its own opening; staff take any opening down (reason required). */
  'jobs/close': { input: { id: string; reason?: string }; output: Opening }
  /** The caller's live recommendations with their reasons. Worker. */
  'match/mine': { input: Record<string, never>; output: MyRecommendation[] }
  /** Apply (感兴趣) to an opening; repeating it changes nothing. Worker. */
  'match/apply': { input: { openingId: string }; output: Application }
  /** 不合适 with a reason; never offered again. Worker. */
  'match/dismiss': {
    input: { openingId: string; reason: string }
    output: { openingId: string; outcome: 'dismissed' }
  }
  /** The caller's applications, newest first. Worker. */
  'match/applications': { input: Record<string, never>; output: Application[] }
  /** The caller's interviews, soonest first. Worker. */
  'match/interviews': { input: Record<string, never>; output: Interview[] }
  /** Book one of the proposed slots. Worker. */
  'match/interview/confirm': { input: { interviewId: string; slot: string }; output: Interview }
  /** The caller's inbox, newest first, with the unread count. Worker. */
  'inbox/list': {
    input: { page?: number; pageSize?: number }
    output: { items: InboxMessage[]; unread: number; total: number; page: number }
  }
  /** Mark messages read; answers the unread count left. Worker. */
  'inbox/read': { input: { ids: string[] }; output: { unread: number } }
  /** Subscribe-message template ids to ask for with requestSubscribeMessage. Anyone. */
  'push/templates': {
    input: Record<string, never>
    output: { recommendation: string; interview: string; event: string }
  }
  /** Record credits the worker granted on a tap (+1 per accepted template). Worker. */
  'push/credits': { input: { templates: string[] }; output: { credits: Record<string, number> } }
  /** Run a full matching pass now. Staff. */
  'staff/match/run': { input: Record<string, never>; output: MatchRunResult }
  /** Who has at least 3 live recommendations, and who does not and why. Staff. */
  'staff/match/coverage': { input: Record<string, never>; output: MatchCoverage }
}
