import type { BrandId, CountyName } from './catalog'

/** Groups the plan names (R3); the first three are pushed first (R5) and never shown to employers. */
export type WorkerGroup =
  | 'poverty_alleviated' // 脱贫人口
  | 'monitored' // 防止返贫监测对象
  | 'hard_to_employ' // 就业困难人员
  | 'vocational_graduate' // 职业院校毕业生
  | 'relocated' // 易地扶贫搬迁
  | 'rural_labor' // 农村劳动力
  | 'other'

export type Education = 'primary' | 'junior' | 'senior' | 'vocational' | 'college' | 'bachelor'

/** Where a worker is willing to work: a Liuzhou county, or outside (广东湛江 and others). */
export type WorkPlace = CountyName | '柳州市内均可' | '广东湛江' | '广东其他' | '区外其他'

export interface JobWishes {
  brands: BrandId[]
  occupations: string[]
  places: WorkPlace[]
  /** Lowest acceptable monthly pay, CNY. */
  minPay?: number
}

/** A worker's profile as its owner (and staff) sees it. The ID number is masked elsewhere. */
export interface Profile {
  name: string
  phone: string
  /** Masked (4502**********1234) for everyone but the owner and staff. */
  idNumberMasked: string
  birthDate: string
  gender: 'male' | 'female'
  county: CountyName
  township?: string
  group: WorkerGroup
  education?: Education
  wishes: JobWishes
  consentAt: string
  complete: boolean
}
