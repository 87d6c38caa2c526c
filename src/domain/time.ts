/**
 * Beijing time for everyone, whatever the phone's or the server's zone (R11).
 *
 * Why the helpers shift by 8 hours and read UTC fields instead of using dayjs's zone objects: dayjs
 * keeps a zone-shifted time as a *local* Date plus an offset, so `.tz()` and `.utcOffset()` read the
 * process zone's clock and come out an hour wrong (even as +07:00 or +09:00) near that zone's
 * daylight-saving changes. Asia/Shanghai has been UTC+8 without daylight saving since 1991, so the
 * shift is exact in every process zone (and about a hundred times faster than zone lookups).
 */
import dayjs, { type Dayjs } from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import 'dayjs/locale/zh-cn'

dayjs.extend(utc)
dayjs.extend(timezone)

export const BEIJING_TZ = 'Asia/Shanghai'

/** Minutes east of UTC; constant for Asia/Shanghai since 1991. */
export const BEIJING_OFFSET_MINUTES = 480

export type TimeInput = Date | string | number

const OFFSET_MS = BEIJING_OFFSET_MINUTES * 60_000
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i

/** 2026-12-03 09:00, 2026-12-03T09:00:00, 2026-12-03 (a wall time without a zone). */
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/

/**
 * Milliseconds since the epoch. A string without a zone ('2026-12-03 09:00') is read as Beijing
 * wall time, never as the process zone's.
 */
export function toInstant(input: TimeInput): number {
  if (input instanceof Date) return input.getTime()
  if (typeof input === 'number') return input
  const s = input.trim()
  const wallTime = WALL.exec(s)
  const ms = wallTime
    ? Date.UTC(
        +wallTime[1],
        +wallTime[2] - 1,
        +wallTime[3],
        +(wallTime[4] ?? 0),
        +(wallTime[5] ?? 0),
        +(wallTime[6] ?? 0),
      ) - OFFSET_MS
    : HAS_ZONE.test(s)
      ? Date.parse(s)
      : dayjs.tz(s, BEIJING_TZ).valueOf()
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${input}`)
  return ms
}

/**
 * A dayjs in Asia/Shanghai (zh-cn locale) for arithmetic and custom formats. Exact when the process
 * zone has no daylight-saving change near the instant (phones in China, the cloud's UTC); within an
 * hour or so of such a change dayjs itself is off by an hour. For what people read and what is
 * stored, use the helpers below (`beijingParts`, `formatX`, `isoBeijing`), which are exact everywhere.
 */
export function toBeijing(input: TimeInput): Dayjs {
  return dayjs(toInstant(input)).tz(BEIJING_TZ).locale('zh-cn')
}

/** The instant shifted by +8 h, so its UTC fields are the Beijing wall clock (internal). */
function shifted(input: TimeInput): Date {
  return new Date(toInstant(input) + OFFSET_MS)
}

export interface BeijingParts {
  year: number
  /** 1-12 */
  month: number
  day: number
  hour: number
  minute: number
  /** 0 = Sunday … 6 = Saturday */
  weekday: number
}

/** The Beijing wall-clock fields of an instant (calendar grids, custom displays). */
export function beijingParts(input: TimeInput): BeijingParts {
  const w = shifted(input)
  return {
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    weekday: w.getUTCDay(),
  }
}

/** ISO 8601 with the +08:00 offset, seconds precision: 2026-12-03T09:00:00+08:00. How we store times. */
export function isoBeijing(input: TimeInput = new Date()): string {
  return `${shifted(input).toISOString().slice(0, 19)}+08:00`
}

/** The Beijing calendar day, YYYY-MM-DD. */
export function beijingDate(input: TimeInput = new Date()): string {
  return shifted(input).toISOString().slice(0, 10)
}

/** The Beijing calendar month, YYYY-MM (calendar pages, per-month filters). */
export function beijingMonth(input: TimeInput = new Date()): string {
  return shifted(input).toISOString().slice(0, 7)
}

/** The Beijing calendar year (per-year progress). */
export function beijingYear(input: TimeInput = new Date()): number {
  return shifted(input).getUTCFullYear()
}

/** The instant of a Beijing wall time, 'YYYY-MM-DD HH:mm', as a stored ISO string. */
export function fromBeijingWallTime(wallTime: string): string {
  if (!WALL.test(wallTime.trim())) throw new RangeError(`not a wall time: ${wallTime}`)
  return isoBeijing(toInstant(wallTime))
}

/** `days` Beijing calendar days after `base`'s day, at Beijing wall time `hhmm` ('09:00'), as ISO. */
export function beijingDayAt(base: TimeInput, days: number, hhmm: string): string {
  const { year, month, day } = beijingParts(base)
  const [h, m] = hhmm.split(':').map(Number)
  return isoBeijing(Date.UTC(year, month - 1, day + days, h, m) - OFFSET_MS)
}

/** 12月3日 周三 */
export function formatDay(input: TimeInput): string {
  const p = beijingParts(input)
  return `${p.month}月${p.day}日 ${WEEKDAYS[p.weekday]}`
}

/** 2026年12月3日 */
export function formatDate(input: TimeInput): string {
  const p = beijingParts(input)
  return `${p.year}年${p.month}月${p.day}日`
}

/** 上午9点, 下午2点30分, 中午12点, 晚上7点05分, 凌晨0点 */
export function formatClock(input: TimeInput): string {
  const { hour: h, minute: m } = beijingParts(input)
  const period = h < 6 ? '凌晨' : h < 12 ? '上午' : h < 13 ? '中午' : h < 18 ? '下午' : '晚上'
  const h12 = h <= 12 ? h : h - 12
  return `${period}${h12}点${m === 0 ? '' : `${String(m).padStart(2, '0')}分`}`
}

/** 12月3日 周三 上午9点 */
export function formatDateTime(input: TimeInput): string {
  return `${formatDay(input)} ${formatClock(input)}`
}

/** 12月3日 周三 上午9点至下午5点; across days: 12月3日 周三 上午9点 至 12月5日 周五 下午5点 */
export function formatRange(start: TimeInput, end: TimeInput): string {
  if (beijingDate(start) === beijingDate(end))
    return `${formatDateTime(start)}至${formatClock(end)}`
  return `${formatDateTime(start)} 至 ${formatDateTime(end)}`
}
