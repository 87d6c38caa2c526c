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

export interface SessionRoutes {
  'session/whoami': { input: Record<string, never>; output: WhoAmI }
}
