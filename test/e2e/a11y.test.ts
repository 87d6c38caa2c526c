/**
 * axe-core over the main screens of each role, in normal and 关怀模式 (issue 14): no serious or
 * critical violation (missing labels, too little contrast, nameless buttons …).
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

const go = (page: Page, route: string) => page.goto(`${page.url().split('#')[0]}#${route}`)

/** Waits for Taro's page slide to end and the page's content to be there. */
async function shown(page: Page, selector: string) {
  await page.locator(`${selector}:visible`).first().waitFor()
  await page.waitForFunction(() => {
    const lefts = Array.from(document.querySelectorAll('.taro_page'))
      .filter((p) => getComputedStyle(p).display !== 'none')
      .map((p) => p.getBoundingClientRect().left)
    return lefts.includes(0) && lefts.every((left) => left === 0 || left >= window.innerWidth)
  })
}

/** Serious and critical violations on the page shown now, as `rule: where` lines. */
async function problems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .exclude('.taro_page[style*="display: none"]')
    .analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .filter((n) => !n.target.join(' ').includes('display: none'))
        .map(
          (n) =>
            `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`,
        ),
    )
}

interface Screen {
  route: string
  /** What shows once the screen has its content. */
  ready: string
}

const ROLES: Array<{ role: string; user: string; screens: Screen[] }> = [
  {
    role: '劳动者',
    user: '劳动者（已填资料）',
    screens: [
      { route: '/pages/home/index', ready: '.brand-card' },
      { route: '/pages/courses/index', ready: '.course-card' },
      { route: '/pages/jobs/index', ready: '.job-card' },
      { route: '/pages/me/index', ready: '.me-entry__title' },
      { route: '/packages/training/profile/index', ready: '.form-field__input' },
    ],
  },
  {
    role: '用人单位',
    user: '用人单位（已认证）',
    screens: [
      { route: '/packages/employer/openings/index', ready: '.openings__item' },
      { route: '/packages/employer/post/index', ready: '.form-field__input' },
    ],
  },
  {
    role: '培训机构',
    user: '培训机构',
    screens: [
      { route: '/packages/provider/courses/index', ready: '.card' },
      { route: '/packages/provider/course-edit/index', ready: '.form-field__input' },
    ],
  },
  {
    role: '人社局',
    user: '人社局工作人员',
    screens: [
      { route: '/packages/staff/home/index', ready: '.staff-home__brand' },
      { route: '/packages/staff/event-edit/index', ready: '.form-field__input' },
    ],
  },
]

describe.each(ROLES)('axe: $role', ({ user, screens }) => {
  test.each([false, true])(
    'main screens, care mode %s: no serious or critical violation',
    async (care) => {
      const page = await app.newPage()
      await signIn(page, user)
      if (care) {
        await go(page, '/pages/me/index')
        await page.getByText('关怀模式', { exact: true }).first().click()
        await page.getByText('已打开').first().waitFor()
      }
      const found: string[] = []
      for (const screen of screens) {
        await go(page, screen.route)
        await shown(page, screen.ready)
        found.push(...(await problems(page)).map((p) => `${screen.route} ${p}`))
      }
      expect(found).toEqual([])
      await page.context().close()
    },
  )
})
