/**
 * The contract between the mini-program and the `api` cloud function: every route, its input and
 * its output. Type-only: the client imports it with `import type`, the server types its handler
 * table against it, so a route without a handler does not compile.
 */
import type { CatalogRoutes } from './catalog'
import type { ContestsRoutes } from './contests'
import type { EventsRoutes } from './events'
import type { JobsRoutes } from './jobs'
import type { RightsRoutes } from './rights'
import type { SessionRoutes } from './session'
import type { StatsRoutes } from './stats'
import type { NetworkRoutes } from './network'
import type { StartupRoutes } from './startup'
import type { TrainingRoutes } from './training'

export type {
  ApiRequest,
  ApiResult,
  ApiSuccess,
  ApiFailure,
  ErrorCode,
  Role,
  Access,
} from './api/envelope'

export interface ApiRoutes
  extends CatalogRoutes,
    SessionRoutes,
    TrainingRoutes,
    JobsRoutes,
    EventsRoutes,
    RightsRoutes,
    StatsRoutes,
    NetworkRoutes,
    StartupRoutes,
    ContestsRoutes {}

export type RouteName = keyof ApiRoutes
export type RouteInput<K extends RouteName> = ApiRoutes[K]['input']
export type RouteOutput<K extends RouteName> = ApiRoutes[K]['output']
