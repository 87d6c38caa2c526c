/**
 * H5 navigation: a sub-page reached from each tab shows its title in the bar and goes back with
 * one tap to the tab, whose tab bar is there again; a sub-page opened directly (a shared link)
 * offers 首页 instead. Titles are the pages' own (the weapp build's page configs).
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
    // The page's own title, or the one it sets once loaded (a brand page names its brand).
    await page.waitForFunction(() => {
      const title = document.querySelector('.taro-navigation-bar-show .taro-navigation-bar-title')
      return (title?.textContent ?? '').trim().length > 1
    })
    await page.locator('.taro-tabbar__tabbar').waitFor({ state: 'hidden' })
    const back = bar(page).locator('.taro-navigation-bar-back')
    await back.waitFor()
    await back.click()
    await page.waitForFunction((t) => window.location.hash.includes(t), tab)
    await page.locator('.taro-tabbar__tabbar').waitFor()
  }
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
