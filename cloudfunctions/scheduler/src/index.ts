import cloud from 'wx-server-sdk'
import type { ApiFailure } from '../../../types/api'
import { runDueTasks } from '../../api/src/tasks/schedule'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

const REFUSED: ApiFailure = {
  ok: false,
  code: 'FORBIDDEN',
  message: '定时任务只由云平台的定时触发器启动',
}

/** A call from the mini-program carries its user: in `getWXContext()` and in `event.userInfo`. */
function hasCaller(event: unknown): boolean {
  if (cloud.getWXContext().OPENID) return true
  const userInfo = (event as { userInfo?: { openId?: unknown } } | null)?.userInfo
  return Boolean(userInfo?.openId)
}

/**
 * The `scheduler` cloud function: its one timer trigger runs whichever tasks are due (matching
 * pass, event reminders). The platform's alone: any client of the environment could call it, so a
 * call with a caller identity is refused, and "now" is the function's own clock, never the event's.
 */
export async function main(event: unknown = {}) {
  if (hasCaller(event)) {
    console.warn('[scheduler] refused a call that carries a caller identity')
    return REFUSED
  }
  const db = cloud.database()
  return runDueTasks({ db, _: db.command, cloud, now: () => new Date() })
}
