import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * Encryption of resident ID numbers at rest: AES-256-GCM with the key from the function's
 * environment (`ID_NUMBER_KEY`, 64 hex characters = 32 bytes). Stored as `v1:<iv>:<tag>:<data>`
 * (base64), so a later key or scheme can be told apart.
 */

/** Used only when `ID_NUMBER_KEY` is unset (local runtime, tests). Never use it in the cloud. */
const DEV_ONLY_ID_NUMBER_KEY = createHash('sha256')
  .update('liuzhou-labor-brands local dev only, not a secret')
  .digest()

const VERSION = 'v1'

function key(): Buffer {
  const configured = process.env.ID_NUMBER_KEY
  if (!configured) return DEV_ONLY_ID_NUMBER_KEY
  const bytes = Buffer.from(configured, 'hex')
  if (bytes.length !== 32) throw new Error('ID_NUMBER_KEY must be 64 hex characters (32 bytes)')
  return bytes
}

/** Encrypts an ID number for storage. */
export function encryptIdNumber(idNumber: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const data = Buffer.concat([cipher.update(idNumber, 'utf8'), cipher.final()])
  return [
    VERSION,
    iv.toString('base64'),
    cipher.getAuthTag().toString('base64'),
    data.toString('base64'),
  ].join(':')
}

/** Decrypts a stored ID number; throws when the value was tampered with or the key is wrong. */
export function decryptIdNumber(stored: string): string {
  const [version, iv, tag, data] = stored.split(':')
  if (version !== VERSION || !iv || !tag || !data) throw new Error('not an encrypted ID number')
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64'))
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString(
    'utf8',
  )
}
