/** One cell of a month grid: a day of the month, or null for the blanks before the 1st and after the last. */
export type GridCell = number | null

/** The weeks of a month, Sunday first, as the wall calendar shows it (month is YYYY-MM). */
export function monthGrid(month: string): GridCell[][] {
  const [year, m] = month.split('-').map(Number)
  // Calendar arithmetic on UTC dates: a calendar day has no time zone.
  const firstWeekday = new Date(Date.UTC(year, m - 1, 1)).getUTCDay()
  const length = new Date(Date.UTC(year, m, 0)).getUTCDate()
  const cells: GridCell[] = [
    ...Array.from({ length: firstWeekday }, () => null),
    ...Array.from({ length }, (_, i) => i + 1),
  ]
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: GridCell[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** The month `delta` months after `month` (YYYY-MM). */
export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(year, m - 1 + delta, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/** 2026年11月 */
export function monthTitle(month: string): string {
  const [year, m] = month.split('-').map(Number)
  return `${year}年${m}月`
}
