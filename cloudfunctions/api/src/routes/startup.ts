import type { StartupRoutes } from '../../../../types/startup'
import type { RoutesOf } from '../define'
import { publicStartupRoutes } from './startup/public'
import { staffStartupRoutes } from './startup/staff'

/** Entrepreneurship (R8): the loan and subsidy check, applications, staff review and rules. */
export const startupRoutes: RoutesOf<StartupRoutes> = {
  ...publicStartupRoutes,
  ...staffStartupRoutes,
}
