/** Skill competitions (技能竞赛, 四（三）2) and typical cases (典型案例, 四（三）3). */
import type { BrandId } from './catalog'

/** An honour awarded at a competition; public (and used in matching) from `publicFrom`. */
export interface Honour {
  /** 技术能手 (the plan's title for the top places). */
  title: string
  contestId: string
  contestTitle: string
  brand: BrandId
  occupation: string
  rank: number
  awardedAt: string
  /** End of the 公示 period, ISO time. */
  publicFrom: string
}

/** One line of published results; the name masked (韦*梅) so a stranger learns only what is public. */
export interface ContestResult {
  rank: number
  name: string
  score?: number
  honour?: string
}

export interface Contest {
  id: string
  title: string
  brand: BrandId
  occupation: string
  /** ISO times with +08:00. */
  startAt: string
  endAt: string
  signupDeadline: string
  place: string
  rules: string
  /** Days results stay in 公示 before honours are public. */
  publicityDays: number
  status: 'published' | 'finished'
  signupCount: number
  /** When results were recorded, and when the 公示 period ends. */
  resultsAt?: string
  publicFrom?: string
  /** Results: during 公示 with the notice, after it final. */
  results?: ContestResult[]
  demo?: boolean
}

export interface ContestPage extends Contest {
  /** The caller signed up. */
  signedUp: boolean
  /** 公示中 (results shown, honours not yet final) or 已公示. */
  publicity: 'none' | 'in_publicity' | 'public'
}

export interface ContestDraft {
  id?: string
  title: string
  brand: BrandId
  occupation: string
  startAt: string
  endAt: string
  signupDeadline: string
  place: string
  rules: string
  publicityDays?: number
}

/** A sign-up as staff see it when they record results. */
export interface ContestSignup {
  id: string
  contestId: string
  name: string
  phone: string
  signedUpAt: string
  rank?: number
  score?: number
  honour?: string
}

export type StoryKind = 'person' | 'firm' | 'base'

/** A short illustrated story (典型案例) of a brand: a person, a firm or a base. */
export interface Story {
  id: string
  brand: BrandId
  kind: StoryKind
  title: string
  summary: string
  body: string
  /** A picture's file id or URL; without one the card shows the brand colour and the kind. */
  image?: string
  publishedAt: string
  demo?: boolean
}

export interface StoryDraft {
  id?: string
  brand: BrandId
  kind: StoryKind
  title: string
  summary: string
  body: string
  image?: string
}

export interface ContestsRoutes {
  'contests/list': { input: { brand?: BrandId }; output: { items: Contest[] } }
  'contests/get': { input: { id: string }; output: ContestPage }
  /** One tap; needs a complete profile; once per person. Worker. */
  'contests/signup': {
    input: { contestId: string }
    output: { signedUp: true; signupCount: number }
  }
  /** The caller's honours that are past 公示, and their sign-ups. Worker. */
  'contests/mine': {
    input: Record<string, never>
    output: { honours: Honour[]; contestIds: string[] }
  }
  'staff/contest/save': { input: ContestDraft; output: Contest }
  'staff/contest/signups': { input: { contestId: string }; output: ContestSignup[] }
  'staff/contest/results': {
    input: {
      contestId: string
      results: Array<{ signupId: string; rank: number; score?: number; honour?: string }>
    }
    output: Contest
  }
  'stories/list': { input: { brand?: BrandId }; output: { items: Story[] } }
  'stories/get': { input: { id: string }; output: Story }
  'staff/story/save': { input: StoryDraft; output: Story }
}
