/**
 * What the matching engine reads: trainees and openings reduced to the fields that score. Pure
 * data; the database adapters (store.ts) build these, the bench builds them synthetically.
 */
import type { BrandId, CertificateType, CountyName } from '../../../../types/catalog'
import type { Benefits, Opening } from '../../../../types/jobs'
import type { WorkPlace } from '../../../../types/profile'

/** A course a trainee is in or has finished; a completed one may carry a certificate. */
export interface TraineeCourse {
  brand: BrandId
  occupation: string
  completed: boolean
  certificate?: { type: CertificateType; level?: number }
}

/** A trainee as the engine sees them. The worker group is reduced to `priority` and never leaves. */
export interface MatchTrainee {
  /** The worker's openid. */
  id: string
  /** In a priority group (就业困难人员, 脱贫人口, 职业院校毕业生): served first, wins the last slot. */
  priority: boolean
  county?: CountyName
  wishes: { brands: BrandId[]; occupations: string[]; places: WorkPlace[]; minPay?: number }
  courses: TraineeCourse[]
  /** Openings this trainee turned down (不合适): never offered again. */
  dismissed?: readonly string[]
  /** Occupations in which the trainee holds a competition honour (技术能手) past its 公示. */
  honours?: readonly string[]
}

/** An opening as the engine sees it. */
export interface MatchOpening {
  id: string
  brand: BrandId
  occupation: string
  headcount: number
  hired: number
  payMin: number
  payMax: number
  county?: CountyName
  place: WorkPlace
  /** The certificate the employer requires, if any (level: 5 = 五级 … 1 = 一级; lower is higher). */
  certificate?: { type: CertificateType; level?: number }
  benefits: Benefits
  postedAt: string
  expiresAt: string
  status: Opening['status']
  /** The employer is verified and not on the blacklist. */
  employerOk: boolean
  /** A 粤桂劳务协作 opening: brand trainees are recommended first (四（二）4). */
  cooperation?: boolean
}

/** A scored pair: the score and the factors behind it, in plain Chinese. */
export interface Scored {
  score: number
  reasons: string[]
}

/** Points of each factor. Occupation outweighs everything, so an index by occupation finds the best. */
export const WEIGHTS = {
  occupationCompleted: 50,
  occupationTraining: 40,
  occupationWish: 30,
  brandCourse: 15,
  brandWish: 10,
  certificateMeets: 12,
  certificateMissing: -20,
  certificateHeld: 6,
  honour: 10,
  cooperationTrainee: 10,
  homeCounty: 20,
  neighbourCounty: 12,
  wishedPlace: 15,
  anywhereInLiuzhou: 8,
  payMeets: 15,
  payReachable: 8,
  payBelow: -15,
  freshnessMax: 8,
  socialInsurance: 3,
  lodging: 2,
  board: 1,
} as const

/** An opening below this score is not suitable for the trainee. */
export const MIN_SCORE = 20

/** Live recommendations the guarantee asks for per trainee (R5: at least 3). */
export const TARGET_LIVE = 3

/**
 * Live recommendations allowed per open place (headcount − hired). Bounded so that recommending
 * is a real competition and priority trainees, served first, get the last slots.
 */
export const SLOTS_PER_PLACE = 3

/** Freshness fades to nothing over this many days. */
export const FRESH_DAYS = 30

/** How many reasons a recommendation shows. */
export const MAX_REASONS = 3
