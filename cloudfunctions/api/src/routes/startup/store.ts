import { createHash } from 'crypto'
import type { StartupApplication } from '../../../../../types/startup'

export type StartupDoc = Omit<StartupApplication, 'id'> & { _id: string; openid: string }

export function toApplication(doc: StartupDoc): StartupApplication {
  const { _id, openid: _o, ...rest } = doc
  return { ...rest, id: _id }
}

/** One application per worker, kind (and base): an opaque id, never the openid itself. */
export function applicationId(openid: string, key: string): string {
  return `su-${createHash('sha256').update(`${openid}:${key}`).digest('hex').slice(0, 24)}`
}
