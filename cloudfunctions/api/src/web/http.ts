import type { ApiFailure, ApiResult } from '../../../../types/api'
import type { Cloud } from '../context'
import { jsonTooDeep } from '../limits'
import { dispatch } from '../router'
import { describeBrowser, describePlace, type ClientInfo } from './client-info'
import { resolveSession } from './sessions'

/**
 * The request as CloudBase's HTTP access service hands it to a function (集成请求). The local
 * runtime's HTTP face builds the same shape, so the same code runs locally and in the cloud.
 */
export interface HttpAccessEvent {
  path: string
  httpMethod: string
  headers: Record<string, string | undefined>
  queryStringParameters?: Record<string, string>
  requestContext?: Record<string, unknown>
  body?: string
  isBase64Encoded?: boolean
}

/** What the function returns for the HTTP access service to send (集成响应). */
export interface HttpAccessResponse {
  statusCode: number
  headers: Record<string, string>
  body: string
  isBase64Encoded: false
}

/** Whether an event came through HTTP access rather than from the mini-program's callFunction. */
export function isHttpAccessEvent(event: unknown): event is HttpAccessEvent {
  const e = event as Partial<HttpAccessEvent> | null
  return (
    !!e &&
    typeof e === 'object' &&
    typeof e.httpMethod === 'string' &&
    typeof e.path === 'string' &&
    !!e.headers &&
    typeof e.headers === 'object'
  )
}

const BAD_REQUEST: ApiFailure = { ok: false, code: 'INVALID_INPUT', message: '请求格式不对' }
const TOO_DEEP: ApiFailure = { ok: false, code: 'INVALID_INPUT', message: '提交的内容层级太深了' }
const SIGNED_OUT: ApiFailure = {
  ok: false,
  code: 'UNAUTHENTICATED',
  message: '登录已失效，请用微信扫码重新登录',
}
const OTHER_ORIGIN: ApiFailure = {
  ok: false,
  code: 'FORBIDDEN',
  message: '这个网页不能使用本服务',
}
const CRASHED: ApiFailure = { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' }

/** Origins other than the service's own that may call it: `WEB_ORIGINS`, comma-separated. */
function configuredOrigins(): string[] {
  return (process.env.WEB_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean)
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}

/** Header names lower-cased, as HTTP treats them. */
function lowerKeys(headers: HttpAccessEvent['headers']): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers)) if (typeof v === 'string') out[k.toLowerCase()] = v
  return out
}

/** The address the gateway saw: the last hop of x-forwarded-for (earlier ones the client may write). */
function sourceIp(event: HttpAccessEvent, headers: Record<string, string>): string | undefined {
  const forwarded = headers['x-forwarded-for']?.split(',').pop()?.trim()
  const context = event.requestContext?.sourceIp
  return forwarded || headers['x-real-ip'] || (typeof context === 'string' ? context : undefined)
}

/** An HTTP access answer with an envelope body. */
export function respond(
  statusCode: number,
  body: ApiResult<unknown> | null,
  extra: Record<string, string>,
): HttpAccessResponse {
  return {
    statusCode,
    headers: {
      ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'cache-control': 'no-store',
      ...extra,
    },
    body: body ? JSON.stringify(body) : '',
    isBase64Encoded: false,
  }
}

/**
 * Serves one HTTP call: refuses pages of other origins (unless configured), takes the caller from
 * `Authorization: Bearer <token>` (a session from scan-to-sign-in) and from nothing else in the
 * request, then runs the route like any other call. `platformOpenid` is what the platform itself
 * says; the cloud's HTTP access never gives one, the local runtime does for its test convenience.
 */
export async function serveHttp(
  event: HttpAccessEvent,
  platformOpenid: string | null,
  cloud: Cloud,
): Promise<HttpAccessResponse> {
  const headers = lowerKeys(event.headers)
  const origin = headers.origin?.replace(/\/$/, '')
  const sameOrigin = !origin || hostOf(origin) === headers.host
  if (!sameOrigin && !configuredOrigins().includes(origin!)) return respond(403, OTHER_ORIGIN, {})
  const cors: Record<string, string> = sameOrigin
    ? {}
    : {
        'access-control-allow-origin': origin!,
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-allow-methods': 'POST, OPTIONS',
        vary: 'Origin',
      }
  if (event.httpMethod === 'OPTIONS') return respond(204, null, cors)
  if (event.httpMethod !== 'POST') return respond(405, BAD_REQUEST, cors)

  let request: unknown
  try {
    const text = event.isBase64Encoded
      ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
      : (event.body ?? '')
    // Deep nesting would overflow the stack of every later step that walks it.
    if (jsonTooDeep(text)) return respond(200, TOO_DEEP, cors)
    request = JSON.parse(text)
  } catch {
    return respond(200, BAD_REQUEST, cors)
  }
  if (!request || typeof request !== 'object' || Array.isArray(request))
    return respond(200, BAD_REQUEST, cors)

  const client: ClientInfo = {
    browser: describeBrowser(headers['user-agent']),
    place: describePlace(sourceIp(event, headers)),
  }
  try {
    let openid = platformOpenid
    let sessionId: string | null = null
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')
    if (!openid && headers.authorization !== undefined) {
      const session = bearer ? await resolveSession(cloud.database(), bearer[1], Date.now()) : null
      if (!session) return respond(200, SIGNED_OUT, cors)
      openid = session.openid
      sessionId = session.sessionId
    }
    return respond(200, await dispatch(request, openid, cloud, { sessionId, client }), cors)
  } catch (err) {
    console.error('[api] http call failed:', err)
    return respond(200, CRASHED, cors)
  }
}
