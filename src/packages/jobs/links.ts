/** Where a message's link leads: a tab page, another page, or this inbox (interviews). */
export type MessageTarget = { url: string; tab: boolean } | { inbox: true } | null

const TABS = ['/pages/home/index', '/pages/courses/index', '/pages/jobs/index', '/pages/me/index']

/**
 * The page to open for a message. Some links the back end writes name pages by their purpose
 * (jobs/detail, jobs/interview, jobs/recommendations, employer/home); they map onto the pages that exist.
 */
export function targetOf(link?: string): MessageTarget {
  if (!link) return null
  const url = link.startsWith('/') ? link : `/${link}`
  const [path, query] = url.split('?')
  const withQuery = (p: string) => (query ? `${p}?${query}` : p)
  if (TABS.includes(path)) return { url: path, tab: true }
  switch (path) {
    case '/packages/jobs/detail/index':
      return { url: withQuery('/packages/jobs/job/index'), tab: false }
    case '/packages/jobs/interview/index':
    case '/packages/jobs/inbox/index':
      return { inbox: true }
    case '/packages/jobs/recommendations/index':
      return { url: '/pages/jobs/index', tab: true }
    case '/packages/employer/home/index':
      return { url: '/packages/employer/register/index', tab: false }
    default:
      return { url, tab: false }
  }
}
