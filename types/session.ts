import type { Role } from './api/envelope'

/** Who the caller is, as the platform says, and what they may do. */
export interface WhoAmI {
  /** null when the platform gave no identity (H5 not signed in). */
  openid: string | null
  roles: Role[]
  /** Display name from the profile, when there is one. */
  name: string | null
  profileComplete: boolean
}

/** A desktop sign-in waiting to be confirmed by scanning its QR code with the mini-program. */
export interface WebLoginTicket {
  /** Secret of the QR code: whoever holds it may poll for the session once it is confirmed. */
  ticket: string
  /** ISO time in Beijing after which the ticket is dead (2 minutes after start). */
  expiresAt: string
}

/** What the mini-program shows before the person confirms a desktop sign-in. */
export interface WebLoginRequest {
  /** e.g. "Chrome 131 · Windows" */
  browser: string
  /** Where the request came from, e.g. "IP 10.2.3.4" */
  place: string
  expiresAt: string
}

export type WebLoginStatus = 'waiting' | 'confirmed' | 'expired'

export interface WebLoginPoll {
  status: WebLoginStatus
  /** Given exactly once, with the first 'confirmed' answer. */
  token?: string
}

/** One signed-in browser of the caller. */
export interface WebSession {
  id: string
  browser: string
  place: string
  createdAt: string
  lastUsedAt: string
  /** The session this very call came with. */
  current: boolean
}

export interface SessionRoutes {
  'session/whoami': { input: Record<string, never>; output: WhoAmI }
  'session/webLogin/start': { input: Record<string, never>; output: WebLoginTicket }
  'session/webLogin/inspect': { input: { ticket: string }; output: WebLoginRequest }
  'session/webLogin/confirm': { input: { ticket: string }; output: { confirmed: true } }
  'session/webLogin/poll': { input: { ticket: string }; output: WebLoginPoll }
  'session/sessions': { input: Record<string, never>; output: WebSession[] }
  'session/revoke': { input: { sessionId: string }; output: { revoked: true } }
  'session/logout': { input: Record<string, never>; output: { ended: boolean } }
}
