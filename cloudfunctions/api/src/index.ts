import cloud from 'wx-server-sdk'
import { dispatch } from './router'
import { isHttpAccessEvent, serveHttp } from './web/http'

// The SDK types DYNAMIC_CURRENT_ENV as a symbol but init() accepts it: it means "the calling env".
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

/**
 * The `api` cloud function. From the mini-program the event is `{ route, input }` and the caller is
 * the OPENID WeChat gives; over HTTP access (the H5 build at a desk) the event is the HTTP request
 * and the caller is the session its bearer token names.
 */
export async function main(event: unknown) {
  const openid = cloud.getWXContext().OPENID || null
  if (isHttpAccessEvent(event)) return serveHttp(event, openid, cloud)
  return dispatch(event, openid, cloud)
}
