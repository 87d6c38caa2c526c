/** Where a message's link leads: a tab page (switchTab) or another page (navigateTo). */
export type MessageTarget = { url: string; tab: boolean } | null

const TABS = ['/pages/home/index', '/pages/courses/index', '/pages/jobs/index', '/pages/me/index']

/** The page to open for a message's link, if it has one. */
export function targetOf(link?: string): MessageTarget {
  if (!link) return null
  const url = link.startsWith('/') ? link : `/${link}`
  return { url, tab: TABS.includes(url.split('?')[0]) }
}
