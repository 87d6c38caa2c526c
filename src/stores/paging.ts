/**
 * The list after "load more": the next page appended, leaving out what is already shown (a page
 * can repeat items when new ones were added in between).
 */
export function appendPage<T extends { id: string }>(shown: T[], next: T[]): T[] {
  const known = new Set(shown.map((item) => item.id))
  return [...shown, ...next.filter((item) => !known.has(item.id))]
}
