import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A fresh random secret, URL-safe (32 bytes unless told). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/** What is stored in place of a secret: its SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}

/** Whether `secret` hashes to `hash`, in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex')
  const b = Buffer.from(hash, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * A session token is `<sessionId>.<secret>`: the id finds the stored session in one read, the
 * secret proves the holder (only its hash is stored).
 */
export function sessionToken(sessionId: string, secret: string): string {
  return `${sessionId}.${secret}`
}

export function parseSessionToken(token: string): { sessionId: string; secret: string } | null {
  const match = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{32,128})$/.exec(token)
  return match ? { sessionId: match[1], secret: match[2] } : null
}
