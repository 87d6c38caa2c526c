import type { RouteTable } from '../define'
import { catalogRoutes } from './catalog'
import { contestsRoutes } from './contests'
import { eventsRoutes } from './events'
import { jobsRoutes } from './jobs'
import { rightsRoutes } from './rights'
import { sessionRoutes } from './session'
import { statsRoutes } from './stats'
import { networkRoutes } from './network'
import { startupRoutes } from './startup'
import { trainingRoutes } from './training'

/** Every route of the `api` function, one module per domain. */
export const routes: RouteTable = {
  ...catalogRoutes,
  ...sessionRoutes,
  ...trainingRoutes,
  ...jobsRoutes,
  ...eventsRoutes,
  ...rightsRoutes,
  ...statsRoutes,
  ...networkRoutes,
  ...startupRoutes,
  ...contestsRoutes,
}
