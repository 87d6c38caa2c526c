import cloud from 'wx-server-sdk'
import { dispatch } from './router'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

/** The `api` cloud function: every call from the app comes here as `{ route, input }`. */
export async function main(event: unknown) {
  const openid = cloud.getWXContext().OPENID || null
  return dispatch(event, openid, cloud)
}
