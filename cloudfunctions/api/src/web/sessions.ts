import { COLLECTIONS } from '../../../../src/domain/collections'
import type { Database } from '../context'
import { findMany, findOne } from '../db'
import type { ClientInfo } from './client-info'
import { parseSessionToken, randomSecret, hashSecret, secretMatches, sessionToken } from './tokens'

/** A session ends after 12 hours without a call… */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000
/** …and 7 days after it began, whatever happens. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000
/** lastUsedAt is written at most this often, so a busy page does not write on every call. */
const TOUCH_EVERY_MS = 60 * 1000

/** A browser signed in by scanning with the mini-program; the token's secret is stored hashed. */
export interface SessionDoc {
  _id: string
  secretHash: string
  openid: string
  browser: string
  place: string
  /** Epoch milliseconds. */
  createdAt: number
  lastUsedAt: number
}

const sessions = (db: Database) => db.collection(COLLECTIONS.webSessions)

/** Whether a stored session has run out at `now` (idle too long, or past its 7 days). */
export function sessionExpired(doc: Pick<SessionDoc, 'createdAt' | 'lastUsedAt'>, now: number) {
  return now - doc.lastUsedAt > SESSION_IDLE_MS || now - doc.createdAt > SESSION_MAX_MS
}

/** Starts a session for `openid` and returns its token (the only time the secret exists whole). */
export async function createSession(
  db: Database,
  openid: string,
  client: ClientInfo,
  now: number,
): Promise<string> {
  const sessionId = randomSecret(18)
  const secret = randomSecret(32)
  const doc: Omit<SessionDoc, '_id'> = {
    secretHash: hashSecret(secret),
    openid,
    browser: client.browser,
    place: client.place,
    createdAt: now,
    lastUsedAt: now,
  }
  await sessions(db).doc(sessionId).set({ data: doc })
  return sessionToken(sessionId, secret)
}

/** The live session a token names, or null (made up, revoked, expired). Marks it used. */
export async function resolveSession(
  db: Database,
  token: string,
  now: number,
): Promise<{ sessionId: string; openid: string } | null> {
  const parsed = parseSessionToken(token)
  if (!parsed) return null
  const doc = await findOne<SessionDoc>(sessions(db).where({ _id: parsed.sessionId }).limit(1))
  if (!doc || !secretMatches(parsed.secret, doc.secretHash)) return null
  if (sessionExpired(doc, now)) {
    await sessions(db).doc(doc._id).remove()
    return null
  }
  if (now - doc.lastUsedAt >= TOUCH_EVERY_MS) {
    await sessions(db)
      .doc(doc._id)
      .update({ data: { lastUsedAt: now } })
  }
  return { sessionId: doc._id, openid: doc.openid }
}

/** Ends the session `sessionId` of `openid`; false when there was none (or not theirs). */
export async function endSession(db: Database, openid: string, sessionId: string) {
  const result = (await sessions(db).where({ _id: sessionId, openid }).remove()) as {
    stats: { removed: number }
  }
  return result.stats.removed > 0
}

/** The caller's sessions that are still alive, newest use first. */
export async function liveSessions(db: Database, openid: string, now: number) {
  const docs = await findMany<SessionDoc>(sessions(db).where({ openid }).limit(100))
  return docs.filter((doc) => !sessionExpired(doc, now)).sort((a, b) => b.lastUsedAt - a.lastUsedAt)
}
