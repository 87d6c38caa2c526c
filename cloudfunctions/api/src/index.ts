import cloud from 'wx-server-sdk'
import { dispatch } from './router'

// The SDK types DYNAMIC_CURRENT_ENV as a symbol but init() accepts it: it means "the calling env".
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

/** The `api` cloud function: every call from the app comes here as `{ route, input }`. */
export async function main(event: unknown) {
  const openid = cloud.getWXContext().OPENID || null
  return dispatch(event, openid, cloud)
}
