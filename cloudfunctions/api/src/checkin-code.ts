import { createHmac, timingSafeEqual } from 'crypto'
import { checkinSecret } from './secrets'

/** The QR code on the staff phone changes every 60 seconds (issue 5). */
export const CHECKIN_WINDOW_MS = 60_000

const PREFIX = 'LZC1'

/** The 60-second window a moment falls in (a whole number counted from the epoch). */
export function windowOf(at: Date): number {
  return Math.floor(at.getTime() / CHECKIN_WINDOW_MS)
}

function signature(eventId: string, window: number, secret: string): Buffer {
  return createHmac('sha256', secret).update(`${eventId}.${window}`).digest()
}

/**
 * The code staff show as a QR: `LZC1.<eventId>.<window>.<HMAC-SHA256 base64url>`. It names the
 * event so a wrong-event scan can be told apart from a forgery. `expiresAt` is when the staff page
 * should fetch the next one; a code is still accepted during the following window, to allow for
 * the time a worker takes to scan.
 */
export function issueCheckinCode(
  eventId: string,
  at: Date,
  secret: string = checkinSecret(),
): { code: string; expiresAt: string } {
  const window = windowOf(at)
  const sig = signature(eventId, window, secret).toString('base64url')
  return {
    code: `${PREFIX}.${eventId}.${window}.${sig}`,
    expiresAt: new Date((window + 1) * CHECKIN_WINDOW_MS).toISOString(),
  }
}

export type CheckinVerdict = { ok: true } | { ok: false; reason: string }

const FORGED = '签到码无效，请对准工作人员手机上的签到二维码重新扫码'
const OTHER_EVENT = '这是另一场活动的签到码，请扫本场活动工作人员出示的二维码'
const EXPIRED = '签到码已过期，请让工作人员刷新二维码后重新扫码'

/**
 * Checks a scanned code for `eventId` at `at`: the signature first (constant-time), then the event,
 * then the window (the current or the previous one; the next one too, for clock skew between
 * function instances).
 */
export function verifyCheckinCode(
  code: string,
  eventId: string,
  at: Date,
  secret: string = checkinSecret(),
): CheckinVerdict {
  const parts = code.trim().split('.')
  if (parts.length < 4 || parts[0] !== PREFIX) return { ok: false, reason: FORGED }
  const sigText = parts[parts.length - 1]
  const windowText = parts[parts.length - 2]
  const codeEventId = parts.slice(1, -2).join('.')
  if (!/^\d{1,15}$/.test(windowText) || !/^[A-Za-z0-9_-]{43}$/.test(sigText) || !codeEventId) {
    return { ok: false, reason: FORGED }
  }
  const window = Number(windowText)
  const given = Buffer.from(sigText, 'base64url')
  const expected = signature(codeEventId, window, secret)
  // Re-encoding catches a changed last character that decodes to the same bytes.
  if (
    given.length !== expected.length ||
    !timingSafeEqual(given, expected) ||
    given.toString('base64url') !== sigText
  ) {
    return { ok: false, reason: FORGED }
  }
  if (codeEventId !== eventId) return { ok: false, reason: OTHER_EVENT }
  const current = windowOf(at)
  if (window < current - 1) return { ok: false, reason: EXPIRED }
  if (window > current + 1) return { ok: false, reason: FORGED }
  return { ok: true }
}
