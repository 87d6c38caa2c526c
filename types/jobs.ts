import type { BrandId, CountyName } from './catalog'
import type { WorkPlace } from './profile'

/** An employer (用人单位); only `verified` and not blacklisted ones may post. */
export interface Employer {
  id: string
  name: string
  /** 统一社会信用代码, 18 characters, GB 32100 checksum. */
  uscc: string
  contact: string
  phone: string
  county: CountyName
  status: 'pending' | 'verified' | 'refused'
  blacklisted: boolean
  refuseReason?: string
  ownerOpenid?: string
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
  benefits: Benefits
  shift?: string
  description: string
  expiresAt: string
  postedAt: string
  status: 'open' | 'closed' | 'taken_down'
  hired: number
  demo?: boolean
}

/** Routes of employers, openings, matching and push (R4, R5). */
export interface JobsRoutes {}
