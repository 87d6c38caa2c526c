/** 8000 → 8000, 15000 → 1.5万: how the plan writes its numbers. */
export function formatCount(n: number): string {
  if (n < 10000) return String(n)
  const wan = Math.round(n / 1000) / 10
  return `${wan}万`
}
