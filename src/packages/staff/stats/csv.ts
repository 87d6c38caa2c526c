import type { Figure, RecordColumn, StatsFilter, StatsRecord } from '../../../../types/stats'
import { sharePercent } from '../../../components/progress-bar'
import { brandName } from '../../../domain/brands'
import { csvField } from '../home/csv'

/** The filter in words, as the screen's heading and the file's first line say it. */
export function filterTitle(filter: StatsFilter): string {
  return [
    filter.year ? `${filter.year}年` : '累计',
    filter.county ?? '全市',
    filter.brand ? brandName(filter.brand) : '全部品牌',
  ].join(' · ')
}

/** 完成 as the screen writes it: one formatter for screen and file. */
export function figureShare(f: Pick<Figure, 'value' | 'target'>): string {
  return f.target ? sharePercent(f.value, f.target) : ''
}

const lines = (rows: (string | number)[][]) =>
  rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'

/** The dashboard's figures as CSV: the same numbers and shares as the screen. */
export function figuresCsv(filter: StatsFilter, figures: readonly Figure[]): string {
  return lines([
    [`范围：${filterTitle(filter)}`],
    ['指标', '数值', '单位', '目标', '完成', '依据'],
    ...figures.map((f) => [f.label, f.value, f.unit, f.target ?? '', figureShare(f), f.source]),
  ])
}

/** A figure's records as CSV, with the figure and its filter on the first line. */
export function recordsCsv(
  title: string,
  columns: readonly RecordColumn[],
  items: readonly StatsRecord[],
): string {
  return lines([
    [title],
    columns.map((c) => c.label),
    ...items.map((item) => columns.map((c) => item[c.key] ?? '')),
  ])
}
