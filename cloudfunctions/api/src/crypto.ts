import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { idNumberKey } from './secrets'

/**
 * Encryption of resident ID numbers at rest: AES-256-GCM with the key from the function's
 * environment (`ID_NUMBER_KEY`, 64 hex characters = 32 bytes). Stored as `v1:<iv>:<tag>:<data>`
 * (base64), so a later key or scheme can be told apart.
 */

const VERSION = 'v1'

/** Encrypts an ID number for storage (with the function's key unless given one). */
export function encryptIdNumber(idNumber: string, key: Buffer = idNumberKey()): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
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
  const decipher = createDecipheriv('aes-256-gcm', idNumberKey(), Buffer.from(iv, 'base64'))
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString(
    'utf8',
  )
}
