import type { z } from 'zod'
import type { Access, RouteInput, RouteName, RouteOutput } from '../../../types/api'
import type { RouteContext } from './context'

/** One route: who may call it, the schema its input must pass, and the handler. */
export interface RouteDef<K extends RouteName> {
  access: readonly Access[]
  input: z.ZodType<RouteInput<K>>
  handler: (input: RouteInput<K>, ctx: RouteContext) => Promise<RouteOutput<K>>
}

/** The handler table for a slice of the route map (one domain's routes). */
export type RoutesOf<Slice> = { [K in keyof Slice & RouteName]: RouteDef<K> }

/** The full handler table: a route in `ApiRoutes` without a handler is a compile error. */
export type RouteTable = RoutesOf<Record<RouteName, unknown>>
