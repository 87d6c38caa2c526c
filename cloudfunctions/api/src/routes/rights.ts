import type { RightsRoutes } from '../../../../types/rights'
import type { RoutesOf } from '../define'
import { blacklistRoutes } from './rights/blacklist'
import { deskRoutes } from './rights/desk'
import { reportRoutes } from './rights/report'

/** Complaints and reports with a visible case, the staff case desk, the 失信名单 (R9). */
export const rightsRoutes: RoutesOf<RightsRoutes> = {
  ...reportRoutes,
  ...deskRoutes,
  ...blacklistRoutes,
}
