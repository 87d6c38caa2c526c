import { beijingDate, formatDay, toInstant } from '../../domain/time'

/** One choice of a picker: what is stored and what the person reads. */
export interface PickerOption<T extends string | number> {
  value: T
  label: string
}

/** Value-label pairs as picker options. */
export const optionsOf = <T extends string | number>(
  pairs: readonly (readonly [T, string])[],
): PickerOption<T>[] => pairs.map(([value, label]) => ({ value, label }))

/** Options whose label is the value itself (区县, 工种). */
export const plainOptions = <T extends string>(values: readonly T[]): PickerOption<T>[] =>
  values.map((value) => ({ value, label: value }))

const DAY = 86_400_000

/**
 * Calendar days as picker options, 'YYYY-MM-DD' read as 12月3日 周三: `days` days from `from`
 * (Beijing), plus `keep` (a date already chosen) when it falls outside them.
 */
export function dateOptions(from: string, days: number, keep?: string): PickerOption<string>[] {
  const start = toInstant(`${from} 12:00`)
  const dates = Array.from({ length: days }, (_, i) => beijingDate(start + i * DAY))
  if (keep && !dates.includes(keep)) dates.unshift(keep)
  return dates.map((d) => ({ value: d, label: `${formatDay(`${d} 12:00`)}（${d.slice(0, 4)}年）` }))
}

/** 上午9点30分 for '09:30'. */
export function clockLabel(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number)
  const period = h < 6 ? '凌晨' : h < 12 ? '上午' : h < 13 ? '中午' : h < 18 ? '下午' : '晚上'
  const h12 = h <= 12 ? h : h - 12
  return `${period}${h12}点${m === 0 ? '' : `${String(m).padStart(2, '0')}分`}`
}

/** Times of day every `step` minutes from 06:00 to 22:00, plus `keep` when it is off the grid. */
export function timeOptions(step = 30, keep?: string): PickerOption<string>[] {
  const times: string[] = []
  for (let min = 6 * 60; min <= 22 * 60; min += step) {
    times.push(
      `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`,
    )
  }
  if (keep && !times.includes(keep)) times.push(keep)
  times.sort()
  return times.map((t) => ({ value: t, label: `${clockLabel(t)}（${t}）` }))
}
