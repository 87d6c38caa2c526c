import type { BrandId, CountyName, GeoPoint } from './catalog'

/** R7 brand network: training bases, incubation bases, expert studios, leading enterprises. */
export type InstitutionKind =
  | 'training_base'
  | 'incubation_base'
  | 'expert_studio'
  | 'leading_enterprise'
  | 'export_base'

export interface Institution {
  id: string
  kind: InstitutionKind
  level: 'region' | 'city'
  brand: BrandId
  name: string
  county: CountyName
  address: string
  point: GeoPoint
  phone: string
  description: string
  demo?: boolean
}
