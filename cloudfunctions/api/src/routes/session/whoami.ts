import type { SessionRoutes } from '../../../../../types/session'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import type { RoutesOf } from '../../define'
import { noInput } from '../../validate'
import { findOne } from '../../db'

export const whoamiRoutes: RoutesOf<Pick<SessionRoutes, 'session/whoami'>> = {
  'session/whoami': {
    access: ['anyone'],
    input: noInput,
    async handler(_input, { db, openid, roles }) {
      if (!openid) return { openid: null, roles: [], name: null, profileComplete: false }
      const profile = await findOne<{ name?: string; complete?: boolean }>(
        db.collection(COLLECTIONS.profiles).where({ _id: openid }).limit(1),
      )
      return {
        openid,
        roles,
        name: profile?.name ?? null,
        profileComplete: profile?.complete === true,
      }
    },
  },
}
