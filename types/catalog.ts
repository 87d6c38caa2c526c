/** Brand lines, occupations and places: the public catalogue (R1, R2). */

export type BrandId = 'jiazheng' | 'jiangong' | 'mifen' | 'cixiu'

/** A number taken from the city's plan, with where it stands in it. */
export interface PlanTarget {
  value: number
  /** Where in 柳州市“八桂系列”劳务品牌建设实施方案 the number comes from. */
  source: string
}

/** One of the four 八桂系列 brand lines, with its plan targets and live progress. */
export interface Brand {
  id: BrandId
  name: string
  /** One line a worker can read: what the brand is. */
  tagline: string
  story: string
  /** Brand colour, a CSS hex string. */
  color: string
  occupations: string[]
  /** The featured sub-brand shown first on the home page (柳州螺蛳粉师傅 for 米粉师傅). */
  featured?: { name: string; tagline: string }
  targets: { training: PlanTarget; employment: PlanTarget }
  progress: { training: number; employment: number }
}

export interface CatalogRoutes {
  /** The four brand lines with targets and progress. Anyone may call. */
  'catalog/brands': { input: Record<string, never>; output: Brand[] }
}

/** Liuzhou's districts and counties (区县). */
export type CountyName =
  | '城中区'
  | '鱼峰区'
  | '柳南区'
  | '柳北区'
  | '柳江区'
  | '柳城县'
  | '鹿寨县'
  | '融安县'
  | '融水苗族自治县'
  | '三江侗族自治县'

/** A map point (GCJ-02, what WeChat's map and openLocation use). */
export interface GeoPoint {
  latitude: number
  longitude: number
}

export interface Venue {
  name: string
  address: string
  county: CountyName
  point: GeoPoint
}

/** An occupation in the public training list (培训清单). */
export interface TrainingListItem {
  id: string
  brand: BrandId
  occupation: string
  active: boolean
  /** When staff last added or retired it, ISO time. */
  updatedAt: string
}

/** A training provider (培训机构): technical school, training centre. */
export interface Provider {
  id: string
  name: string
  county: CountyName
  address: string
  phone: string
  /** openid of the account that manages it (the provider role). Never sent to other callers. */
  ownerOpenid?: string
}

export type CourseMode = 'offline' | 'online' | 'mixed'

/** What a course leads to (R2): 职业资格, 职业技能等级 (五级→一级), or 专项职业能力. */
export type CertificateType = 'qualification' | 'skill_level' | 'special_ability'

export interface CourseSession {
  /** ISO time with +08:00 offset. */
  startAt: string
  endAt: string
}

/** A training course (培训课程). */
export interface Course {
  id: string
  title: string
  brand: BrandId
  occupation: string
  providerId: string
  providerName: string
  mode: CourseMode
  county: CountyName
  venue: Venue
  sessions: CourseSession[]
  /** First session start and sign-up deadline, ISO time with +08:00. */
  startAt: string
  deadline: string
  capacity: number
  seatsLeft: number
  /** Waitlist length allowed beyond capacity. */
  waitlistCapacity: number
  /** Fee in CNY before subsidy; 0 means free. */
  fee: number
  /** What the subsidy covers, in plain words (e.g. 符合条件的劳动者免费). */
  subsidy: string
  certificate: { type: CertificateType; level?: 1 | 2 | 3 | 4 | 5; name: string }
  description: string
  status: 'open' | 'closed' | 'cancelled'
  demo?: boolean
}
