import cloud from 'wx-server-sdk'
import { dispatch } from './router'
import { logSecretProblems, secretProblems } from './secrets'
import { isHttpAccessEvent, respond, serveHttp } from './web/http'

// The SDK types DYNAMIC_CURRENT_ENV as a symbol but init() accepts it: it means "the calling env".
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

/**
 * The `api` cloud function. From the mini-program the event is `{ route, input }` and the caller is
 * the OPENID WeChat gives; over HTTP access (the H5 build at a desk) the event is the HTTP request
 * and the caller is the session its bearer token names.
 */
export async function main(event: unknown) {
  // Without its secrets the function would store ID numbers and sign codes with nothing: refuse.
  const problems = secretProblems()
  if (problems.length) {
    logSecretProblems(problems)
    const refused = { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' } as const
    return isHttpAccessEvent(event) ? respond(500, refused, {}) : refused
  }
  const openid = cloud.getWXContext().OPENID || null
  if (isHttpAccessEvent(event)) return serveHttp(event, openid, cloud)
  return dispatch(event, openid, cloud)
}
