import type cloudSdk from 'wx-server-sdk'
import type { Role } from '../../../types/api'
import type { ClientInfo } from './web/client-info'

export type Cloud = typeof cloudSdk
export type Database = ReturnType<Cloud['database']>

/** What a handler gets besides its input: who is calling (from the platform) and the database. */
export interface RouteContext {
  /** From `cloud.getWXContext().OPENID`; never from the request. null when there is none. */
  openid: string | null
  roles: Role[]
  db: Database
  _: Database['command']
  cloud: Cloud
  now: () => Date
  /** The desktop session (scan-to-sign-in) this call came with; null from the mini-program. */
  sessionId: string | null
  /** Browser and place of an HTTP call; null from the mini-program. */
  client: ClientInfo | null
}
