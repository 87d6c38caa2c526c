import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { FunctionEnv } from '../cloudfunctions/api/src/secrets'

/** Fresh random secrets, as a city IT office would generate them for the cloud console. */
export function randomSecrets(): Record<'ID_NUMBER_KEY' | 'CHECKIN_SECRET', string> {
  return {
    ID_NUMBER_KEY: randomBytes(32).toString('hex'),
    CHECKIN_SECRET: randomBytes(32).toString('base64url'),
  }
}

/** Where a durable store keeps its secrets: beside it, `<store>.secrets.json`. */
export const secretsFileOf = (storeFile: string) => `${storeFile}.secrets.json`

/**
 * The function environment of a local runtime: for an in-memory store, random secrets for this
 * runtime; for a store file, the secrets kept beside it, generated on first start (readable by
 * the owner only). `created` says they were made just now.
 */
export function localEnvironment(storeFile: string): { env: FunctionEnv; created: boolean } {
  if (storeFile === ':memory:') return { env: randomSecrets(), created: true }
  const file = secretsFileOf(storeFile)
  if (existsSync(file)) return { env: JSON.parse(readFileSync(file, 'utf8')), created: false }
  const env = randomSecrets()
  writeFileSync(file, `${JSON.stringify(env, null, 2)}\n`, { mode: 0o600 })
  return { env, created: true }
}
