import Taro from '@tarojs/taro'

/** Storage key of the demo user picked on the H5 local sign-in page. */
export const LOCAL_OPENID_KEY = 'local-openid'

/** A demo user the local runtime offers on its sign-in page. */
export interface DemoUser {
  openid: string
  label: string
}

/** The openid chosen on the local sign-in page (H5 only), or null. */
export function getLocalOpenid(): string | null {
  const value: unknown = Taro.getStorageSync(LOCAL_OPENID_KEY)
  return typeof value === 'string' && value !== '' ? value : null
}

export function setLocalOpenid(openid: string): void {
  Taro.setStorageSync(LOCAL_OPENID_KEY, openid)
}

export function clearLocalOpenid(): void {
  Taro.removeStorageSync(LOCAL_OPENID_KEY)
}

/** The demo users served by the local runtime (`GET /local/demo-users`); H5 only. */
export async function listDemoUsers(): Promise<DemoUser[]> {
  const res = await Taro.request<DemoUser[]>({ url: '/local/demo-users', method: 'GET' })
  if (res.statusCode !== 200 || !Array.isArray(res.data)) throw new Error('demo users unavailable')
  return res.data
}
