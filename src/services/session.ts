import Taro from '@tarojs/taro'

/** Storage key of the desktop session token (H5), from scan-to-sign-in or the demo sign-in. */
export const SESSION_TOKEN_KEY = 'web-session-token'

/** A demo user the local runtime offers on its sign-in page. */
export interface DemoUser {
  openid: string
  label: string
}

/** The H5 session token, or null when this browser is not signed in. */
export function getSessionToken(): string | null {
  const value: unknown = Taro.getStorageSync(SESSION_TOKEN_KEY)
  return typeof value === 'string' && value !== '' ? value : null
}

export function setSessionToken(token: string): void {
  Taro.setStorageSync(SESSION_TOKEN_KEY, token)
}

export function clearSessionToken(): void {
  Taro.removeStorageSync(SESSION_TOKEN_KEY)
}

/** Who this browser's data belongs to: one signed-in session, or the one WeChat user on weapp. */
export function sessionOwner(): string {
  if (process.env.TARO_ENV !== 'h5') return 'wechat-user'
  const token = getSessionToken()
  return token ? `web:${token.split('.')[0]}` : 'signed-out'
}

/** The demo users served by the local runtime (`GET /local/demo-users`); H5 in local mode only. */
export async function listDemoUsers(): Promise<DemoUser[]> {
  const res = await Taro.request<DemoUser[]>({ url: '/local/demo-users', method: 'GET' })
  if (res.statusCode !== 200 || !Array.isArray(res.data)) throw new Error('demo users unavailable')
  return res.data
}

/** Local mode: a session for a demo user, issued the way a scan issues one. Stores the token. */
export async function demoSignIn(openid: string): Promise<void> {
  const res = await Taro.request<{ ok: boolean; data?: { token: string } }>({
    url: '/local/demo-sign-in',
    method: 'POST',
    data: { openid },
  })
  const token = res.data?.ok ? res.data.data?.token : undefined
  if (res.statusCode !== 200 || !token) throw new Error('demo sign-in failed')
  setSessionToken(token)
}
