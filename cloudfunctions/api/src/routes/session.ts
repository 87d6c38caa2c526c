import type { SessionRoutes } from '../../../../types/session'
import { COLLECTIONS } from '../../../../src/domain/collections'
import type { RoutesOf } from '../define'
import { noInput } from '../validate'

export const sessionRoutes: RoutesOf<SessionRoutes> = {
  'session/whoami': {
    access: ['anyone'],
    input: noInput,
    async handler(_input, { db, openid, roles }) {
      if (!openid) return { openid: null, roles: [], name: null, profileComplete: false }
      const { data } = await db.collection(COLLECTIONS.profiles).where({ _id: openid }).limit(1).get()
      const profile = data[0] as { name?: string; complete?: boolean } | undefined
      return { openid, roles, name: profile?.name ?? null, profileComplete: profile?.complete === true }
    },
  },
}
