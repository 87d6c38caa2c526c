import type { EventsRoutes } from '../../../../types/events'
import type { RoutesOf } from '../define'

export const eventsRoutes: RoutesOf<EventsRoutes> = {}
