import type { Brand } from '../../../../types/catalog'
import { PLAN_TOTALS } from '../../../domain/brands'
import { percentOf } from '../../../components/progress-bar'

const HEADER = [
  '品牌',
  '培训目标（人次）',
  '已培训（人次）',
  '培训完成',
  '就业创业目标（人次）',
  '已带动就业创业（人次）',
  '就业创业完成',
  '培训目标依据',
  '就业创业目标依据',
]

/** One CSV field; quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Per-brand progress against the plan, with a 合计 row against the plan totals (2万 / 6.5万). */
export function progressCsv(brands: readonly Brand[]): string {
  const rows: (string | number)[][] = brands.map((b) => [
    b.name,
    b.targets.training.value,
    b.progress.training,
    `${percentOf(b.progress.training, b.targets.training.value)}%`,
    b.targets.employment.value,
    b.progress.employment,
    `${percentOf(b.progress.employment, b.targets.employment.value)}%`,
    b.targets.training.source,
    b.targets.employment.source,
  ])
  const trained = brands.reduce((sum, b) => sum + b.progress.training, 0)
  const employed = brands.reduce((sum, b) => sum + b.progress.employment, 0)
  rows.push([
    '合计',
    PLAN_TOTALS.training.value,
    trained,
    `${percentOf(trained, PLAN_TOTALS.training.value)}%`,
    PLAN_TOTALS.employment.value,
    employed,
    `${percentOf(employed, PLAN_TOTALS.employment.value)}%`,
    PLAN_TOTALS.training.source,
    PLAN_TOTALS.employment.source,
  ])
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
