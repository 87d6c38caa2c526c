import type { Page } from 'playwright-core'
import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

/** Opens a filter's sheet and taps an option, as a person does. */
async function pick(page: Page, filter: string, option: string) {
  await page.locator('.option-picker__chip', { hasText: filter }).click()
  await page
    .locator('.option-picker__sheet .option-picker__option')
    .filter({ hasText: new RegExp(`^${option}$`) })
    .click()
  await page.locator('.option-picker__sheet').waitFor({ state: 'detached' })
}

test('a worker opens 龙头企业 of 八桂米粉师傅, filters by county, opens one, sees it on the map and taps to call', async () => {
  const page = await app.newPage()
  await signIn(page, '劳动者（已填资料）')
  await page.locator('.brand-card', { hasText: '八桂米粉师傅' }).first().click()
  await page.getByText('龙头企业（6个） ›').click()
  await page.getByText('共 6 个').waitFor()
  await page.screenshot({ path: 'test-results/network-list.png' })

  await pick(page, '区县', '柳江区')
  await page.getByText('共 2 个').waitFor()
  const cards = page.locator('.network-list__item')
  expect(await cards.count()).toBe(2)
  for (const text of await cards.allTextContents()) expect(text).toMatch(/柳江区.*示例路/)

  await page.getByText('地图', { exact: true }).click()
  await page.locator('.network-map__point').nth(1).waitFor()
  expect(await page.locator('.network-map__point').count()).toBe(2)
  await page.screenshot({ path: 'test-results/network-map.png' })

  const name = (await page.locator('.network-list__name').first().textContent())!.replace(
    /^1\. /,
    '',
  )
  await page.locator('.network-list__item').first().click()
  await page.locator('.network-detail__name', { hasText: name }).waitFor()
  await page.getByText(/^开放时间：/).waitFor()
  await page.getByText(/^认定时间：\d{4}年\d+月\d+日$/).waitFor()
  await page.getByText('查看地图', { exact: true }).click()
  await page.locator('.network-map__point--selected').waitFor()
  const phone = (await page.getByText(/^联系电话：/).textContent())!.replace('联系电话：', '')
  // The call button carries the entry's public number. (The tel: hand-off to the dialer is not
  // observed here: headless Chromium has no dialer; see the report.)
  await page.getByText(`拨打电话 ${phone}`).click()
  await page.screenshot({ path: 'test-results/network-detail.png', fullPage: true })
})

test('staff see region-level and city-level counts against 3/3/3/8 and 8/8/8 with their clauses', async () => {
  const page = await app.newPage()
  await signIn(page, '人社局工作人员')
  await page.goto(page.url().split('#')[0] + '#/packages/staff/home/index')
  const rows: Array<[string, string]> = [
    ['自治区级培训示范基地', '3个 / 目标 3个'],
    ['自治区级创业孵化基地', '3个 / 目标 3个'],
    ['自治区级专家工作室', '3个 / 目标 3个'],
    ['自治区级龙头企业', '6个 / 目标 8个'],
    ['市级培训示范基地', '7个 / 目标 8个'],
    ['市级专家工作室', '6个 / 目标 8个'],
    ['市级龙头企业', '8个 / 目标 8个'],
  ]
  for (const [label, numbers] of rows) {
    const row = page.locator('.network-progress__row').filter({ hasText: label })
    await row.getByText(numbers, { exact: true }).waitFor()
    await row.getByText(/^依据：二、主要目标：到2025年力争/).waitFor()
  }
  await page.locator('.network-progress').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/network-staff-progress.png' })
  // A row opens the entries it counts.
  await page.locator('.network-progress__row', { hasText: '自治区级龙头企业' }).first().click()
  await page.getByText('共 6 个').waitFor()
})
