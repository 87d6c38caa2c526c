import Taro from '@tarojs/taro'
import type { ApiResult, ErrorCode, RouteInput, RouteName, RouteOutput } from '../../types/api'
import { clearSessionToken, getSessionToken } from './session'

/** Error codes a caller may see: the server's, plus NETWORK when the call never got an answer. */
export type ClientErrorCode = ErrorCode | 'NETWORK'

export const NETWORK_MESSAGE = '网络不太好，请检查网络后重试'
const INTERNAL_MESSAGE = '系统开小差了，请稍后再试'

/** A failed call: `code` to branch on, `message` in Chinese to show the worker as is. */
export class ApiError extends Error {
  readonly code: ClientErrorCode

  constructor(code: ClientErrorCode, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    // Compiled to ES5, a subclass of Error loses its prototype; instanceof needs it back.
    Object.setPrototypeOf(this, ApiError.prototype)
  }
}

export interface CallOptions {
  /** Retry network failures a few times. Only for reads: a retried write could happen twice. */
  retry?: boolean
}

const RETRY_DELAYS_MS = [400, 1200]

/** Calls one route of the `api` cloud function and returns its data, or throws ApiError. */
export async function callApi<K extends RouteName>(
  route: K,
  input: RouteInput<K>,
  options: CallOptions = {},
): Promise<RouteOutput<K>> {
  const delays = options.retry ? RETRY_DELAYS_MS : []
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await send(route, input)
      if (result.ok) return result.data as RouteOutput<K>
      throw new ApiError(result.code, result.message)
    } catch (err) {
      const apiError = toApiError(err)
      if (apiError.code !== 'NETWORK' || attempt >= delays.length) throw apiError
      await sleep(delays[attempt])
    }
  }
}

/** Where the H5 build reaches the `api` function: the HTTP access path, `/fn/api` locally. */
const API_URL = process.env.TARO_APP_API_URL || '/fn/api'
export const SIGN_IN_PAGE = '/pages/login/index'

async function send(route: RouteName, input: unknown): Promise<ApiResult<unknown>> {
  const data = { route, input }
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.cloud.callFunction({ name: 'api', data })
    return envelopeOf(res.result)
  }
  // At a desk the caller is the session from scan-to-sign-in, named by its token and nothing else.
  const token = getSessionToken()
  const res = await Taro.request({
    url: API_URL,
    method: 'POST',
    data,
    header: token ? { authorization: `Bearer ${token}` } : {},
  })
  if (res.statusCode >= 502 && res.statusCode <= 504) throw networkError()
  const result = envelopeOf(res.data)
  if (token && !result.ok && result.code === 'UNAUTHENTICATED') sessionEnded()
  return result
}

/** The session ran out or was ended elsewhere: forget it and go to the sign-in page. */
function sessionEnded() {
  clearSessionToken()
  Taro.reLaunch({ url: SIGN_IN_PAGE }).catch(() => undefined)
}

function envelopeOf(body: unknown): ApiResult<unknown> {
  if (body && typeof body === 'object' && typeof (body as { ok?: unknown }).ok === 'boolean') {
    return body as ApiResult<unknown>
  }
  throw new ApiError('INTERNAL', INTERNAL_MESSAGE)
}

// The weapp cloud reports a function that crashed as errCode -504002; anything else that
// rejects (timeout, no signal) never reached an answer.
const FUNCTION_FAILED = -504002

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  if ((err as { errCode?: unknown } | null)?.errCode === FUNCTION_FAILED) {
    return new ApiError('INTERNAL', INTERNAL_MESSAGE)
  }
  return networkError()
}

function networkError(): ApiError {
  return new ApiError('NETWORK', NETWORK_MESSAGE)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
