import type { EventsRoutes } from '../../../../types/events'
import type { RoutesOf } from '../define'
import { attendRoutes } from './events/attend'
import { boothRoutes } from './events/booths'
import { publicEventRoutes } from './events/public'
import { staffEventRoutes } from './events/staff'

/** Recruitment events (R6): calendar, sign-up, QR check-in, booths, staff publishing. */
export const eventsRoutes: RoutesOf<EventsRoutes> = {
  ...publicEventRoutes,
  ...attendRoutes,
  ...boothRoutes,
  ...staffEventRoutes,
}
