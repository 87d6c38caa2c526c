import { z } from 'zod'
import type { SessionRoutes } from '../../../../../types/session'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing } from '../../../../../src/domain/time'
import type { RouteContext } from '../../context'
import { findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { noInput } from '../../validate'
import type { ClientInfo } from '../../web/client-info'
import { createSession } from '../../web/sessions'
import { hashSecret, randomSecret } from '../../web/tokens'

/** A QR code for signing in lives 2 minutes; the page asks for a new one when it runs out. */
export const TICKET_TTL_MS = 2 * 60 * 1000

/** A desktop sign-in request. Stored under the hash of its ticket, which only the QR code holds. */
interface TicketDoc {
  _id: string
  /** waiting → confirmed (by a scan) → claimed (the browser took its session) */
  status: 'waiting' | 'confirmed' | 'claimed'
  browser: string
  place: string
  createdAt: number
  expiresAt: number
  openid?: string
}

type WebLoginRoutes = Pick<
  SessionRoutes,
  | 'session/webLogin/start'
  | 'session/webLogin/inspect'
  | 'session/webLogin/confirm'
  | 'session/webLogin/poll'
>

const UNKNOWN_CLIENT: ClientInfo = { browser: '未知浏览器', place: '未知位置' }
const EXPIRED = '这个二维码已失效，请在电脑上刷新二维码后重新扫码'
const ticketInput = z.object({
  ticket: z
    .string({ error: '请扫描电脑上的登录二维码' })
    .regex(/^[A-Za-z0-9_-]{20,64}$/, { error: '这不是登录二维码' }),
})

const tickets = (ctx: RouteContext) => ctx.db.collection(COLLECTIONS.webLoginTickets)

async function findTicket(ctx: RouteContext, ticket: string) {
  return findOne<TicketDoc>(
    tickets(ctx)
      .where({ _id: hashSecret(ticket) })
      .limit(1),
  )
}

/** A ticket the person may still confirm: waiting and not run out. */
async function openTicket(ctx: RouteContext, ticket: string): Promise<TicketDoc> {
  const doc = await findTicket(ctx, ticket)
  if (!doc || doc.status !== 'waiting' || doc.expiresAt <= ctx.now().getTime())
    fail('NOT_FOUND', EXPIRED)
  return doc
}

/** Only the mini-program (WeChat's own identity) may confirm: a browser session cannot beget more. */
function requireMiniProgram(ctx: RouteContext) {
  if (ctx.sessionId) fail('FORBIDDEN', '请用手机上的微信小程序扫码确认')
}

export const webLoginRoutes: RoutesOf<WebLoginRoutes> = {
  'session/webLogin/start': {
    access: ['anyone'],
    input: noInput,
    async handler(_input, ctx) {
      const ticket = randomSecret(24)
      const now = ctx.now().getTime()
      const client = ctx.client ?? UNKNOWN_CLIENT
      const doc: Omit<TicketDoc, '_id'> = {
        status: 'waiting',
        browser: client.browser,
        place: client.place,
        createdAt: now,
        expiresAt: now + TICKET_TTL_MS,
      }
      await tickets(ctx).doc(hashSecret(ticket)).set({ data: doc })
      return { ticket, expiresAt: isoBeijing(doc.expiresAt) }
    },
  },
  'session/webLogin/inspect': {
    access: ['worker'],
    input: ticketInput,
    async handler({ ticket }, ctx) {
      requireMiniProgram(ctx)
      const doc = await openTicket(ctx, ticket)
      return { browser: doc.browser, place: doc.place, expiresAt: isoBeijing(doc.expiresAt) }
    },
  },
  'session/webLogin/confirm': {
    access: ['worker'],
    input: ticketInput,
    async handler({ ticket }, ctx) {
      requireMiniProgram(ctx)
      const now = ctx.now().getTime()
      // One conditional write: of two confirmations at once, or one racing the expiry, one wins.
      const result = (await tickets(ctx)
        .where({ _id: hashSecret(ticket), status: 'waiting', expiresAt: ctx._.gt(now) })
        .update({ data: { status: 'confirmed', openid: ctx.openid, confirmedAt: now } })) as {
        stats: { updated: number }
      }
      if (result.stats.updated === 1) return { confirmed: true as const }
      const doc = await findTicket(ctx, ticket)
      if (doc?.status === 'confirmed' && doc.openid === ctx.openid)
        return { confirmed: true as const }
      return fail('NOT_FOUND', EXPIRED)
    },
  },
  'session/webLogin/poll': {
    access: ['anyone'],
    input: ticketInput,
    async handler({ ticket }, ctx) {
      const now = ctx.now().getTime()
      const doc = await findTicket(ctx, ticket)
      if (!doc || doc.status === 'claimed') return { status: 'expired' as const }
      if (doc.status === 'waiting')
        return { status: doc.expiresAt > now ? ('waiting' as const) : ('expired' as const) }
      // Confirmed: the first poll claims it and is the only one to receive the token.
      if (doc.expiresAt + TICKET_TTL_MS <= now || !doc.openid) return { status: 'expired' as const }
      const claimed = (await tickets(ctx)
        .where({ _id: doc._id, status: 'confirmed' })
        .update({ data: { status: 'claimed', claimedAt: now } })) as {
        stats: { updated: number }
      }
      if (claimed.stats.updated !== 1) return { status: 'expired' as const }
      const token = await createSession(ctx.db, doc.openid, doc, now)
      return { status: 'confirmed' as const, token }
    },
  },
}
