import type { JobsRoutes } from '../../../../types/jobs'
import type { RoutesOf } from '../define'

export const jobsRoutes: RoutesOf<JobsRoutes> = {}
