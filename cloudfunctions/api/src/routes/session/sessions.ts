import { z } from 'zod'
import type { SessionRoutes } from '../../../../../types/session'
import { isoBeijing } from '../../../../../src/domain/time'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { noInput } from '../../validate'
import { endSession, liveSessions } from '../../web/sessions'

type SessionListRoutes = Pick<
  SessionRoutes,
  'session/sessions' | 'session/revoke' | 'session/logout'
>

/** The browsers a person is signed in on (我的 → 电脑登录), ending any, and signing out. */
export const sessionListRoutes: RoutesOf<SessionListRoutes> = {
  'session/sessions': {
    access: ['worker'],
    input: noInput,
    async handler(_input, { db, openid, sessionId, now }) {
      const docs = await liveSessions(db, openid!, now().getTime())
      return docs.map((doc) => ({
        id: doc._id,
        browser: doc.browser,
        place: doc.place,
        createdAt: isoBeijing(doc.createdAt),
        lastUsedAt: isoBeijing(doc.lastUsedAt),
        current: doc._id === sessionId,
      }))
    },
  },
  'session/revoke': {
    access: ['worker'],
    input: z.object({ sessionId: z.string({ error: '请选择要退出的登录' }).min(1).max(64) }),
    async handler({ sessionId }, { db, openid }) {
      // Another person's session id answers the same as one that does not exist.
      if (!(await endSession(db, openid!, sessionId)))
        fail('NOT_FOUND', '这个登录已经结束了，刷新看看')
      return { revoked: true as const }
    },
  },
  'session/logout': {
    access: ['anyone'],
    input: noInput,
    async handler(_input, { db, openid, sessionId }) {
      if (!openid || !sessionId) return { ended: false }
      return { ended: await endSession(db, openid, sessionId) }
    },
  },
}
