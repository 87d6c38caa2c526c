import type { SessionRoutes } from '../../../../../types/session'
import type { RoutesOf } from '../../define'
import { sessionListRoutes } from './sessions'
import { webLoginRoutes } from './web-login'
import { whoamiRoutes } from './whoami'

/** Who is calling, and scan-to-sign-in for browsers at a desk. */
export const sessionRoutes: RoutesOf<SessionRoutes> = {
  ...whoamiRoutes,
  ...webLoginRoutes,
  ...sessionListRoutes,
}
