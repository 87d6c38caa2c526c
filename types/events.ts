import type { BrandId, CountyName, Venue } from './catalog'

export type EventMode = 'online' | 'offline'

/** A recruitment event (招聘活动): online (live/video) or offline (venue). */
export interface RecruitmentEvent {
  id: string
  title: string
  brand: BrandId
  mode: EventMode
  county?: CountyName
  venue?: Venue
  /** Live stream or video room link for online events. */
  link?: string
  organiser: string
  /** ISO time with +08:00 offset (Beijing time). */
  startAt: string
  endAt: string
  description: string
  status: 'draft' | 'published' | 'cancelled'
  /** Employers taking part (ids). */
  employerIds: string[]
  openingIds: string[]
  signupCount: number
  /** Workers checked in by QR code at the venue. */
  checkedInCount?: number
  /** Recorded by staff; `attended` falls back to `checkedInCount` in what routes return. */
  results?: { attended?: number; offers?: number }
  cancelReason?: string
  publishedAt?: string
  demo?: boolean
}

/** An event in lists and on the calendar. */
export interface EventListItem extends RecruitmentEvent {
  employerCount: number
  openingCount: number
  /** Ended before now: shown greyed, with results when recorded. */
  past: boolean
}

/** An opening shown on an event page; links to the job page by id. */
export interface EventOpening {
  id: string
  title: string
  occupation: string
  payMin: number
  payMax: number
}

export interface EventEmployer {
  id: string
  name: string
  /** The employer's open openings at this event. */
  openings: EventOpening[]
}

/** An event page: who takes part, with their open openings, and the caller's own state. */
export interface EventDetail extends EventListItem {
  employers: EventEmployer[]
  signedUp: boolean
  checkedIn: boolean
}

/** A worker's sign-up; `_id` is `${eventId}:${openid}`, so there is only ever one per worker. */
export interface EventSignup {
  id: string
  eventId: string
  openid: string
  status: 'signed_up' | 'cancelled'
  signedUpAt: string
  cancelledAt?: string
  checkedInAt?: string
}

/** An entry of 我的活动. */
export interface MyEvent {
  event: EventListItem
  signedUpAt: string
  checkedInAt?: string
}

/** An employer's booth at an event; `_id` is `${eventId}:${employerId}`. */
export interface Booth {
  id: string
  eventId: string
  eventTitle: string
  employerId: string
  employerName: string
  openingIds: string[]
  /** What the employer says at its booth; screened like a posting. */
  intro?: string
  status: 'pending' | 'approved' | 'refused'
  requestedAt: string
  decidedAt?: string
  reason?: string
}

/** What staff fill in to create or edit an event; it stays a draft until published. */
export interface EventDraft {
  /** Absent to create a new event. */
  id?: string
  title: string
  brand: BrandId
  mode: EventMode
  /** Required for offline events; its county becomes the event's county. */
  venue?: Venue
  /** Required for online events. */
  link?: string
  organiser: string
  startAt: string
  endAt: string
  description: string
}

/** Published brand events this Beijing year against the plan's target of 15. */
export interface EventProgress {
  year: number
  target: number
  /** Where the target stands in the plan. */
  source: string
  total: number
  perBrand: { brand: BrandId; name: string; count: number }[]
}

export interface EventListInput {
  /** `YYYY-MM`, a Beijing calendar month. */
  month?: string
  brand?: BrandId
  county?: CountyName
  mode?: EventMode
  page?: number
  pageSize?: number
}

/** Routes of recruitment events (R6). */
export interface EventsRoutes {
  /** Published and cancelled events, soonest first; `days` are the month's days with events. */
  'events/list': {
    input: EventListInput
    output: { items: EventListItem[]; total: number; days?: number[] }
  }
  'events/get': { input: { id: string }; output: EventDetail }
  /** One tap, profile required; a second tap changes nothing. */
  'events/signup': { input: { eventId: string }; output: { signedUp: true; signupCount: number } }
  'events/cancel': { input: { eventId: string }; output: { signedUp: false; signupCount: number } }
  /** 我的活动: the caller's signed-up events, upcoming first. */
  'events/mine': { input: Record<string, never>; output: MyEvent[] }
  /** Staff: the rotating signed QR code for the venue. */
  'events/checkinCode': { input: { eventId: string }; output: { code: string; expiresAt: string } }
  /** The worker scanned the code; a second check-in returns the first one's result. */
  'events/checkin': {
    input: { eventId: string; code: string }
    output: { checkedIn: true; checkedInAt: string; eventTitle: string }
  }
  /** An employer books a booth and attaches its own open openings; staff approve. */
  'employer/booth': {
    input: { eventId: string; openingIds: string[]; intro?: string }
    output: Booth
  }
  /** The employer's own booth bookings. */
  'employer/booths': { input: Record<string, never>; output: Booth[] }
  'staff/booths/list': {
    input: { eventId?: string; status?: Booth['status'] }
    output: Booth[]
  }
  'staff/booth/approve': {
    input: { boothId: string; approve: boolean; reason?: string }
    output: Booth
  }
  /** Staff: every event including drafts, latest first. */
  'staff/events/list': {
    input: { status?: RecruitmentEvent['status']; page?: number; pageSize?: number }
    output: { items: EventListItem[]; total: number }
  }
  'staff/event/save': { input: EventDraft; output: RecruitmentEvent }
  'staff/event/publish': { input: { id: string }; output: RecruitmentEvent }
  /** Cancels and tells everyone signed up (inbox, and a subscribe message where they agreed). */
  'staff/event/cancel': {
    input: { id: string; reason: string }
    output: { event: RecruitmentEvent; notified: number }
  }
  'staff/event/results': {
    input: { id: string; attended?: number; offers?: number }
    output: RecruitmentEvent
  }
  'staff/events/progress': { input: Record<string, never>; output: EventProgress }
}
