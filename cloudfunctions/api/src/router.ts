import type { Access, ApiResult, RouteName, Role } from '../../../types/api'
import type { Cloud, RouteContext } from './context'
import type { RouteDef } from './define'
import { AppError } from './errors'
import { loadRoles } from './auth'
import { BUSY_MESSAGE, isTransactionConflict } from './conflict'
import { outOfBounds } from './limits'
import { parseInput } from './validate'
import { routes } from './routes'

const failure = (code: AppError['code'], message: string): ApiResult<never> => ({
  ok: false,
  code,
  message,
})

function mayCall(access: readonly Access[], roles: Role[]): boolean {
  return access.includes('anyone') || access.some((a) => roles.includes(a as Role))
}

/**
 * Runs one request: bounds its shape, finds the route, checks the caller's role, validates the
 * input, runs the handler, and always answers the envelope. Identity comes from `openid`, given by
 * the platform. A transaction conflict that outlived its retries is CONFLICT, not INTERNAL.
 */
export async function dispatch(
  request: unknown,
  openid: string | null,
  cloud: Cloud,
  web: Pick<RouteContext, 'sessionId' | 'client'> = { sessionId: null, client: null },
): Promise<ApiResult<unknown>> {
  const tooBig = outOfBounds(request)
  if (tooBig) return failure('INVALID_INPUT', tooBig)
  const name = (request as { route?: unknown } | null)?.route
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(routes, name)) {
    return failure('NOT_FOUND', '没有这个功能，请更新小程序后再试')
  }
  const def = routes[name as RouteName] as unknown as RouteDef<RouteName>
  try {
    const db = cloud.database()
    const roles = await loadRoles(db, openid)
    if (!mayCall(def.access, roles)) {
      return openid
        ? failure('FORBIDDEN', '你没有权限做这件事')
        : failure('UNAUTHENTICATED', '请先登录')
    }
    const parsed = parseInput(def.input, (request as { input?: unknown }).input)
    if (!parsed.ok) return failure('INVALID_INPUT', parsed.message)
    const ctx: RouteContext = {
      openid,
      roles,
      db,
      _: db.command,
      cloud,
      now: () => new Date(),
      ...web,
    }
    return { ok: true, data: await def.handler(parsed.value, ctx) }
  } catch (err) {
    if (err instanceof AppError) return failure(err.code, err.message)
    if (isTransactionConflict(err)) {
      console.warn(`[api] ${name}: transaction conflict after retries`)
      return failure('CONFLICT', BUSY_MESSAGE)
    }
    console.error(`[api] ${name} failed:`, err)
    return failure('INTERNAL', '系统开小差了，请稍后再试')
  }
}
