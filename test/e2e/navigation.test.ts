/**
 * H5 navigation: a sub-page reached from each tab, and every page 我的 opens for each role, shows
 * its title in the bar and goes back with one tap to the tab, whose tab bar is there again; every
 * sub-page of the app opened directly (a shared link) shows its title and offers 首页 instead.
 * Titles are the pages' own (the weapp build's page configs).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { pagesOf } from '../../scripts/lib/wechat-schemas'
import { signIn, startApp, type E2eApp } from './harness'

const weapp = join(__dirname, '..', '..', 'dist', 'weapp')
const app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'))
const tabs: string[] = app.tabBar.list.map((t: { pagePath: string }) => t.pagePath)
const subPages = pagesOf(app).filter((p) => !tabs.includes(p))
const titleOf = (page: string): string =>
  JSON.parse(readFileSync(join(weapp, `${page}.json`), 'utf8')).navigationBarTitleText

let e2e: E2eApp
beforeAll(async () => {
  e2e = await startApp()
})
afterAll(async () => {
  await e2e?.close()
})

const bar = (page: Page) => page.locator('.taro-navigation-bar-show')

/** A tap on a tab page that opens a sub-page, and the sub-page it opens. */
const LINKS: { tab: string; tap: (page: Page) => ReturnType<Page['locator']>; sub: string }[] = [
  {
    tab: 'pages/home/index',
    tap: (p) => p.locator('.brand-card').first(),
    sub: 'packages/training/brand/index',
  },
  {
    tab: 'pages/courses/index',
    tap: (p) => p.locator('.course-card').first(),
    sub: 'packages/training/course/index',
  },
  {
    tab: 'pages/jobs/index',
    tap: (p) => p.locator('.job-card').first(),
    sub: 'packages/jobs/job/index',
  },
  {
    tab: 'pages/me/index',
    tap: (p) => p.getByText('我的报名').first(),
    sub: 'packages/training/enrollments/index',
  },
]

test('sub-pages reached from each tab show their title and go back with one tap', async () => {
  expect(subPages).toEqual(expect.arrayContaining(LINKS.map((l) => l.sub)))
  const page = await e2e.newPage()
  await signIn(page, '学员')
  for (const { tab, tap, sub } of LINKS) {
    await page.goto(`${e2e.url}/#/${tab}`)
    await page.locator('.taro-tabbar__tabbar').waitFor()
    await tap(page).click()
    await page.waitForFunction((p) => window.location.hash.includes(p), sub)
    await titled(page)
    await page.locator('.taro-tabbar__tabbar').waitFor({ state: 'hidden' })
    await settled(page)
    await bar(page).locator('.taro-navigation-bar-back').click()
    await page.waitForFunction((t) => window.location.hash.includes(t), tab)
    await page.locator('.taro-tabbar__tabbar').waitFor()
  }
})

/**
 * The newest page has slid in and the one it covers is hidden: a person taps back after that
 * (Taro's H5 router hides both pages when back is tapped while the new one is still sliding in).
 */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))
    const shown = pages.filter((p) => getComputedStyle(p).display !== 'none')
    // The newest page is the one shown, in place, alone.
    return (
      shown.length === 1 &&
      shown[0] === pages[pages.length - 1] &&
      Math.abs(shown[0].getBoundingClientRect().left) < 2
    )
  })
}

/** The title bar shows a title of its own (a page may set it once loaded, e.g. a brand's name). */
async function titled(page: Page) {
  await page.waitForFunction(() => {
    const title = document.querySelector('.taro-navigation-bar-show .taro-navigation-bar-title')
    return (title?.textContent ?? '').trim().length > 1
  })
}

// Entries that do not open a sub-page: signing out and the scan (a phone camera) stay put.
const NOT_PAGES = new Set(['退出登录', '扫码登录电脑版'])

for (const role of ['学员', '用人单位（已认证）', '培训机构', '人社局工作人员']) {
  test(`every page 我的 opens for ${role} shows its title and goes back with one tap`, async () => {
    const page = await e2e.newPage()
    await signIn(page, role)
    await page.goto(`${e2e.url}/#/pages/me/index`)
    await page.locator('.me-entry').first().waitFor()
    const titles = (await page.locator('.me-entry__title').allInnerTexts()).filter(
      (t) => !NOT_PAGES.has(t),
    )
    expect(titles.length).toBeGreaterThan(5)
    for (const title of titles) {
      await page
        .locator('.me-entry:visible')
        .filter({ has: page.getByText(title, { exact: true }) })
        .first()
        .click()
      await page.waitForFunction(() => window.location.hash.includes('packages/'))
      await titled(page)
      await page.locator('.taro-tabbar__tabbar').waitFor({ state: 'hidden' })
      await settled(page)
      await bar(page).locator('.taro-navigation-bar-back').click()
      await page.waitForFunction(() => window.location.hash.includes('pages/me/index'))
      // Back on 我的, which shows its entries again.
      await page.locator('.me-entry:visible').first().waitFor()
      await page.locator('.taro-tabbar__tabbar').waitFor()
      await settled(page)
    }
    await page.close()
  })
}

test('every sub-page opened directly shows its title and offers 首页', async () => {
  expect(subPages.length).toBeGreaterThan(20)
  const page = await e2e.newPage()
  await signIn(page, '人社局工作人员')
  const untitled: string[] = []
  for (const sub of subPages) {
    await page.goto(`${e2e.url}/#/${sub}`)
    await page.waitForFunction((p) => window.location.hash.includes(p), sub)
    await bar(page).locator('.taro-navigation-bar-home').waitFor()
    await titled(page).catch(() => untitled.push(sub))
  }
  expect(untitled).toEqual([])
  await page.close()
})

test('a sub-page opened from a shared link offers 首页, which opens the home tab', async () => {
  const page = await e2e.newPage()
  await page.goto(`${e2e.url}/#/packages/events/list/index`)
  await bar(page)
    .locator('.taro-navigation-bar-title', { hasText: titleOf('packages/events/list/index') })
    .waitFor()
  const home = bar(page).locator('.taro-navigation-bar-home')
  await home.waitFor()
  await home.click()
  await page.waitForFunction(() => window.location.hash.includes('pages/home/index'))
  await page.locator('.taro-tabbar__tabbar').waitFor()
})
