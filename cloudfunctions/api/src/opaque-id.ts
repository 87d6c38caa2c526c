/**
 * Ids that another caller sees (an application shown to an employer, an enrolment shown to a
 * provider, a message) must not contain an openid. The same inputs always give the same id, so
 * "one per worker and opening" is still kept by the `_id`, but the id is a keyed hash: nothing in it
 * can be read back. The key comes from the function's environment (OPAQUE_ID_KEY); the local default
 * only serves demo data.
 */
import { createHmac } from 'node:crypto'

const LOCAL_KEY = 'liuzhou-local-opaque-id-key'

/** `kind-` and 22 characters of HMAC-SHA256 over the parts. */
export function opaqueId(kind: string, ...parts: string[]): string {
  const key = process.env.OPAQUE_ID_KEY || LOCAL_KEY
  const digest = createHmac('sha256', key).update(parts.join('\u0000')).digest('base64url')
  return `${kind}-${digest.slice(0, 22)}`
}
