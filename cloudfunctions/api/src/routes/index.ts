import type { RouteTable } from '../define'
import { catalogRoutes } from './catalog'
import { sessionRoutes } from './session'

/** Every route of the `api` function, one module per domain. */
export const routes: RouteTable = {
  ...catalogRoutes,
  ...sessionRoutes,
}
