import type { NetworkRoutes } from '../../../../types/network'
import type { RoutesOf } from '../define'
import { publicNetworkRoutes } from './network/public'
import { staffNetworkRoutes } from './network/staff'

/** The brand network directory (R7): list, entry, progress against the plan; staff keep it. */
export const networkRoutes: RoutesOf<NetworkRoutes> = {
  ...publicNetworkRoutes,
  ...staffNetworkRoutes,
}
