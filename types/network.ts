import type { BrandId, CountyName } from './catalog'
import type { Opening } from './jobs'

/** R7 brand network: training bases, incubation bases, expert studios, leading enterprises, export bases. */
export type InstitutionKind =
  | 'training_base'
  | 'incubation_base'
  | 'expert_studio'
  | 'leading_enterprise'
  | 'export_base'

/** 自治区级 or 市级. */
export type InstitutionLevel = 'region' | 'city'

/** A map point in GCJ-02 (what WeChat's map and openLocation use). */
export interface LatLng {
  lat: number
  lng: number
}

/** One entry of the brand network directory. */
export interface Institution {
  id: string
  kind: InstitutionKind
  level: InstitutionLevel
  brand: BrandId
  name: string
  county: CountyName
  address: string
  location: LatLng
  /** Public contact number (a landline or service number, never a person's mobile). */
  phone: string
  /** Opening hours in words, e.g. 周一至周五 8:30-12:00 14:30-17:30. */
  hours: string
  /** What it offers: courses it runs, openings of a leading firm, tenants of an incubator. */
  offers: string[]
  description: string
  /** When it was recognised (认定), YYYY-MM-DD. */
  recognisedAt: string
  /** The employer account of a leading enterprise: its open openings show on its page. */
  employerId?: string
  status: 'active' | 'retired'
  retiredReason?: string
  demo?: boolean
}

/** An entry's page: the entry and, for a leading enterprise with an account, its open openings. */
export interface InstitutionPage extends Institution {
  openings: Opening[]
}

export interface NetworkQuery {
  kind?: InstitutionKind
  level?: InstitutionLevel
  brand?: BrandId
  county?: CountyName
  page?: number
  /** At most 100 (the map shows every visible entry), default 20. */
  pageSize?: number
}

/** One count against one target of the plan (二、主要目标). */
export interface NetworkProgressItem {
  kind: InstitutionKind
  level: InstitutionLevel
  /** Active entries recognised so far. */
  count: number
  target: number
  /** The clause of the plan the target comes from. */
  source: string
}

/** What staff fill in; `id` absent for a new entry. */
export interface InstitutionDraft {
  id?: string
  kind: InstitutionKind
  level: InstitutionLevel
  brand: BrandId
  name: string
  county: CountyName
  address: string
  location: LatLng
  phone: string
  hours: string
  offers: string[]
  description: string
  recognisedAt: string
  employerId?: string
}

export interface NetworkRoutes {
  /** The directory, filtered; active entries only, newest recognition first. Anyone may call. */
  'network/list': {
    input: NetworkQuery
    output: { items: Institution[]; total: number }
  }
  'network/get': { input: { id: string }; output: InstitutionPage }
  /** Counts from the directory against region 3/3/3/8 and city 8/8/8. Anyone may call. */
  'network/progress': {
    input: Record<string, never>
    output: { items: NetworkProgressItem[] }
  }
  /** Staff add or edit an entry. */
  'staff/network/save': { input: InstitutionDraft; output: Institution }
  /** Staff retire an entry (it leaves the directory and the counts), with the reason. */
  'staff/network/retire': { input: { id: string; reason: string }; output: Institution }
}
