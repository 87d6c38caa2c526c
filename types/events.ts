import type { BrandId, CountyName, Venue } from './catalog'

/** A recruitment event (招聘活动): online (live/video) or offline (venue). */
export interface RecruitmentEvent {
  id: string
  title: string
  brand: BrandId
  mode: 'online' | 'offline'
  county?: CountyName
  venue?: Venue
  /** Live stream or video room link for online events. */
  link?: string
  organiser: string
  startAt: string
  endAt: string
  description: string
  status: 'draft' | 'published' | 'cancelled'
  /** Employers taking part (ids). */
  employerIds: string[]
  openingIds: string[]
  signupCount: number
  results?: { attended?: number; offers?: number }
  demo?: boolean
}

/** Routes of recruitment events (R6). */
export interface EventsRoutes {}
