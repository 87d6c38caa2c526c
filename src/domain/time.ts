/**
 * Beijing time for everyone, whatever the phone's or the server's zone (R11).
 *
 * Why the display helpers do their arithmetic in UTC mode: dayjs keeps a zone-shifted time as a
 * *local* Date plus an offset, so `.tz()` and `.utcOffset()` read the process zone's clock and come
 * out an hour wrong (even as +07:00 or +09:00) near that zone's daylight-saving changes. Asia/Shanghai
 * has been UTC+8 without daylight saving since 1991, so shifting by 8 hours and reading UTC fields is
 * exact in every process zone.
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

/**
 * Milliseconds since the epoch. A string without a zone ('2026-12-03 09:00') is read as Beijing
 * wall time, never as the process zone's.
 */
export function toInstant(input: TimeInput): number {
  if (input instanceof Date) return input.getTime()
  if (typeof input === 'number') return input
  const ms = HAS_ZONE.test(input.trim()) ? Date.parse(input) : dayjs.tz(input, BEIJING_TZ).valueOf()
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

/** Beijing wall-clock fields of an instant, as a UTC-mode dayjs (internal: its instant is shifted). */
function wall(input: TimeInput): Dayjs {
  return dayjs.utc(toInstant(input) + OFFSET_MS)
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
  const w = wall(input)
  return {
    year: w.year(),
    month: w.month() + 1,
    day: w.date(),
    hour: w.hour(),
    minute: w.minute(),
    weekday: w.day(),
  }
}

/** ISO 8601 with the +08:00 offset, seconds precision: 2026-12-03T09:00:00+08:00. How we store times. */
export function isoBeijing(input: TimeInput = new Date()): string {
  return `${wall(input).format('YYYY-MM-DDTHH:mm:ss')}+08:00`
}

/** The Beijing calendar day, YYYY-MM-DD. */
export function beijingDate(input: TimeInput = new Date()): string {
  return wall(input).format('YYYY-MM-DD')
}

/** The Beijing calendar month, YYYY-MM (calendar pages, per-month filters). */
export function beijingMonth(input: TimeInput = new Date()): string {
  return wall(input).format('YYYY-MM')
}

/** The Beijing calendar year (per-year progress). */
export function beijingYear(input: TimeInput = new Date()): number {
  return wall(input).year()
}

/** The instant of a Beijing wall time, 'YYYY-MM-DD HH:mm', as a stored ISO string. */
export function fromBeijingWallTime(wallTime: string): string {
  return isoBeijing(dayjs.tz(wallTime, BEIJING_TZ).valueOf())
}

/** `days` Beijing calendar days after `base`'s day, at Beijing wall time `hhmm` ('09:00'), as ISO. */
export function beijingDayAt(base: TimeInput, days: number, hhmm: string): string {
  const day = wall(base).add(days, 'day').format('YYYY-MM-DD')
  return fromBeijingWallTime(`${day} ${hhmm}`)
}

/** 12月3日 周三 */
export function formatDay(input: TimeInput): string {
  const w = wall(input)
  return `${w.month() + 1}月${w.date()}日 ${WEEKDAYS[w.day()]}`
}

/** 2026年12月3日 */
export function formatDate(input: TimeInput): string {
  const w = wall(input)
  return `${w.year()}年${w.month() + 1}月${w.date()}日`
}

/** 上午9点, 下午2点30分, 中午12点, 晚上7点05分, 凌晨0点 */
export function formatClock(input: TimeInput): string {
  const w = wall(input)
  const h = w.hour()
  const m = w.minute()
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
