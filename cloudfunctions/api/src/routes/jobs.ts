import type { JobsRoutes } from '../../../../types/jobs'
import type { RoutesOf } from '../define'
import { employerRoutes } from './jobs/employers'
import { hiringRoutes } from './jobs/hiring'
import { inboxRoutes } from './jobs/inbox'
import { matchRoutes } from './jobs/match'
import { openingRoutes } from './jobs/openings'

/** Employers, openings, matching, applications and interviews, inbox and push (R4, R5). */
export const jobsRoutes: RoutesOf<JobsRoutes> = {
  ...employerRoutes,
  ...openingRoutes,
  ...matchRoutes,
  ...hiringRoutes,
  ...inboxRoutes,
}
