/** Cloud database collection names: the one list both the functions and the seed use. */
export const COLLECTIONS = {
  users: 'users',
  brands: 'brands',
  trainingList: 'training_list',
  providers: 'providers',
  courses: 'courses',
  profiles: 'profiles',
  enrollments: 'enrollments',
  employers: 'employers',
  openings: 'openings',
  applications: 'applications',
  recommendations: 'recommendations',
  interviews: 'interviews',
  inbox: 'inbox',
  pushCredits: 'push_credits',
  outbox: 'subscribe_outbox',
  events: 'events',
  eventSignups: 'event_signups',
  booths: 'booths',
  institutions: 'institutions',
  jobState: 'job_state',
  rightsCases: 'rights_cases',
  blacklist: 'blacklist',
  rateLimits: 'rate_limits',
} as const

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]
