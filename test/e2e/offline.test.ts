/**
 * Offline on H5 (issue 14): after one visit the app opens without a network, from its service
 * worker, and shows the last catalogue with the notice; a page never opened before says it needs
 * the network, and 重试 opens it once the network is back. "Offline" is the server gone.
 */
import type { Page } from 'playwright-core'
import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.goOnline()
  await app?.close()
})

const OFFLINE_TEXT = '当前没有网络，显示的是上次看到的内容'
const CANNOT_LOAD = /这一页没有打开：它需要网络/

const brandNames = (page: Page) => page.locator('.brand-card__name:visible').allTextContents()

test('after one visit the app opens offline with the last catalogue and says so; an unvisited page says it needs the network and 重试 opens it', async () => {
  const page = await app.newPage()
  await signIn(page, '劳动者（已填资料）')
  await page.locator('.brand-card__name').first().waitFor()
  const online = await brandNames(page)
  expect(online).toHaveLength(4)
  // The service worker has taken over and kept the shell.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null)
  expect(await page.evaluate(() => caches.keys())).toEqual(
    expect.arrayContaining([expect.stringMatching(/precache/)]),
  )

  await app.goOffline()
  await page.reload()
  await page.getByText(OFFLINE_TEXT).first().waitFor()
  expect(await brandNames(page)).toEqual(online)
  await page.screenshot({ path: 'test-results/offline-home.png' })

  // Never opened: the events calendar's code is not on the phone.
  await page.goto(`${app.url}/#/packages/events/list/index`)
  await page.getByText(CANNOT_LOAD).waitFor()
  await page.screenshot({ path: 'test-results/offline-unvisited.png' })

  await app.goOnline()
  await page.getByRole('button', { name: '重试' }).click()
  await page.locator('.month-calendar__title').first().waitFor()
  expect(await page.getByText(CANNOT_LOAD).count()).toBe(0)
})
