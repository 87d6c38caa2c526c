/**
 * When a trainee may be completed (结业) and counted toward the plan's training figure: the
 * course's last session has begun, and the trainee was present on at least 80% of its session
 * days. Attendance is kept per Beijing date; only the course's own session days count.
 */
import { beijingDate, formatDateTime, toInstant, type TimeInput } from './time'

/** Share of session days a trainee must attend to complete. */
export const MIN_ATTENDANCE = 0.8

export type CompletionCheck =
  | { ok: true; attended: number; days: number }
  | { ok: false; reason: string; attended: number; days: number }

/** Whether completing now is allowed, and the reason in plain Chinese when it is not. */
export function completionCheck(
  sessions: ReadonlyArray<{ startAt: string }>,
  attendance: Readonly<Record<string, boolean>> | undefined,
  now: TimeInput,
): CompletionCheck {
  const days = [...new Set(sessions.map((s) => beijingDate(s.startAt)))]
  const attended = days.filter((d) => attendance?.[d] === true).length
  const last = sessions.reduce(
    (latest, s) => (toInstant(s.startAt) > toInstant(latest) ? s.startAt : latest),
    sessions[0]?.startAt ?? '',
  )
  if (!last || toInstant(now) < toInstant(last))
    return {
      ok: false,
      attended,
      days: days.length,
      reason: `最后一次课（${last ? formatDateTime(last) : '未排课'}）开始以后才能结业`,
    }
  const needed = Math.ceil(days.length * MIN_ATTENDANCE)
  if (attended < needed)
    return {
      ok: false,
      attended,
      days: days.length,
      reason: `出勤不够：${days.length}天课只到了${attended}天，至少要到${needed}天（80%）才能结业`,
    }
  return { ok: true, attended, days: days.length }
}
