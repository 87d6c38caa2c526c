/**
 * Gives the `@tarojs/taro` stand-in a back end: `Taro.request` to `/fn/api` is handed to the real
 * `api` function over a seeded in-memory local runtime in the shape the HTTP access service (and
 * the local HTTP server) gives it, so the bearer token names the caller exactly as in a browser.
 */
import Taro from '@tarojs/taro'
import { hashSecret, randomSecret, sessionToken } from '../../cloudfunctions/api/src/web/tokens'
import { SESSION_TOKEN_KEY } from '../../src/services/session'
import { COLLECTIONS } from '../../src/domain/collections'
import { testRuntime, type TestRuntime } from '../helpers/runtime'

type RequestOptions = { url: string; data?: unknown; header?: Record<string, string> }

const request = Taro.request as unknown as jest.Mock
let current: TestRuntime | null = null

/** Starts the runtime and routes H5 requests to it; `offline()` makes every request fail. */
export async function connectBackend() {
  process.env.TARO_ENV = 'h5'
  const rt: TestRuntime = await testRuntime()
  current = rt
  const online = () =>
    request.mockImplementation(async ({ url, data, header }: RequestOptions) => {
      if (url !== '/fn/api') return { statusCode: 404, data: 'not found' }
      const event = {
        path: '/fn/api',
        httpMethod: 'POST',
        headers: { host: '127.0.0.1:8787', 'content-type': 'application/json', ...header },
        body: JSON.stringify(data),
        isBase64Encoded: false,
      }
      const answer = (await rt.raw(null, event)) as { statusCode: number; body: string }
      return { statusCode: answer.statusCode, data: JSON.parse(answer.body) }
    })
  const offline = () =>
    request.mockImplementation(() => Promise.reject({ errMsg: 'request:fail timeout' }))
  online()
  return { rt, online, offline, request }
}

/**
 * Signs this test's browser in as `openid`: a session stored as scan-to-sign-in stores it, and its
 * token in Taro storage where the sign-in page puts it.
 */
export function signInAs(openid: string): void {
  if (!current) throw new Error('connectBackend() first')
  const sessionId = randomSecret(18)
  const secret = randomSecret(32)
  const now = Date.now()
  current.runtime.store.insertMany(COLLECTIONS.webSessions, [
    {
      _id: sessionId,
      secretHash: hashSecret(secret),
      openid,
      browser: 'Chrome 131 · Linux',
      place: '本机（127.0.0.1）',
      createdAt: now,
      lastUsedAt: now,
    },
  ])
  Taro.setStorageSync(SESSION_TOKEN_KEY, sessionToken(sessionId, secret))
}
