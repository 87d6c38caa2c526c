import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

/**
 * Screenshots of the whole page in phone-screen pieces (name-1.png, name-2.png …): Taro H5 scrolls
 * inside its page element, so the window is made tall enough for all of it first.
 */
async function shoot(page: Page, name: string) {
  const viewport = page.viewportSize()!
  // The newest page slides in from the right: wait until it has arrived.
  await page.waitForFunction(() => {
    const pages = document.querySelectorAll('.page')
    return Math.abs(pages[pages.length - 1].getBoundingClientRect().left) < 1
  })
  const height = await page.evaluate(() =>
    Math.max(
      ...Array.from(document.querySelectorAll<HTMLElement>('.page')).map((el) => el.scrollHeight),
    ),
  )
  await page.setViewportSize({ width: viewport.width, height: Math.min(height + 60, 6000) })
  for (let y = 0, i = 1; y < height; y += viewport.height, i++) {
    const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) }
    await page.screenshot({ path: `test-results/${name}-${i}.png`, clip })
  }
  await page.setViewportSize(viewport)
}

/** Opens the 我的 tab as a person would, from the tab bar. */
async function openMe(page: Page) {
  await page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click()
  await page.getByText('关怀模式', { exact: true }).first().waitFor()
}

test('staff open 人社局工作台 from 我的: four brands against the plan, events against 15, then 立即匹配推送', async () => {
  const page = await app.newPage()
  await signIn(page, '人社局工作人员')
  await openMe(page)
  await page.getByText('人社局工作台', { exact: true }).first().click()
  await page.getByText('各品牌进度').waitFor()

  // Every brand against both of its targets, as the plan writes them, and the plan totals.
  const targets: [string, string, string][] = [
    ['八桂米粉师傅', '8000人次', '3万人次'],
    ['八桂家政', '6000人次', '1.5万人次'],
    ['八桂建工', '4000人次', '1.4万人次'],
    ['龙城刺绣', '2000人次', '6000人次'],
  ]
  for (const [name, training, employment] of targets) {
    const card = page.locator('.staff-home__brand').filter({ hasText: name })
    await card.getByText(new RegExp(`^\\d+人次 / 目标 ${training}$`)).waitFor()
    await card
      .getByText(new RegExp(`^\\d+人次 / 目标 ${employment.replace('.', '\\.')}$`))
      .waitFor()
  }
  await page.getByText(/^\d+人次 \/ 目标 2万人次$/).waitFor()
  await page.getByText(/^\d+人次 \/ 目标 6\.5万人次$/).waitFor()
  await page.getByText('依据：二、主要目标：累计培训2万人次以上').waitFor()
  await page.getByText(/^\d+场 \/ 目标 15场$/).waitFor()
  await page.getByText(/^学员 \d+ 人，已推荐满3次 \d+ 人$/).waitFor()
  await shoot(page, 'staff-home')

  // CSV of the per-brand table: a real file download in the browser.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByText('导出表格').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^劳务品牌进度-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync((await download.path()) as string, 'utf8').replace(/^\ufeff/, '')
  const rows = csv.trim().split('\r\n')
  expect(rows).toHaveLength(6)
  expect(rows[0]).toMatch(/^品牌,培训目标（人次）,已培训（人次）/)
  expect(rows[5]).toMatch(/^合计,20000,\d+,\d+%,65000,/)

  await page.getByText('立即匹配推送', { exact: true }).click()
  const result = page.getByText(/^匹配完成：为 \d+ 名学员匹配，新推荐 \d+ 条，发到站内消息 \d+ 条/)
  await result.waitFor({ timeout: 30_000 })
  const [, trainees, recommended] = (await result.textContent())!.match(
    /为 (\d+) 名学员匹配，新推荐 (\d+) 条/,
  )!
  expect(Number(trainees)).toBeGreaterThan(0)
  expect(Number(recommended)).toBeGreaterThan(0)
  // Coverage follows the pass.
  await page.getByText(`学员 ${trainees} 人，已推荐满3次 ${trainees} 人`).waitFor()
  await result.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/staff-match-run.png' })

  // 推荐覆盖 from the link under the numbers.
  await page.getByText('推荐覆盖', { exact: true }).last().click()
  await page.getByText(`学员 ${trainees} 人，已推荐满3次 ${trainees} 人，不满3次 0 人`).waitFor()
  await page
    .locator('.staff-coverage .list-state__message', { hasText: '所有学员都已推荐满3次' })
    .waitFor()
  await shoot(page, 'staff-coverage')
})

test('staff refuse an employer with a picked reason; it leaves the list', async () => {
  const page = await app.newPage()
  await signIn(page, '人社局工作人员')
  await page.goto(page.url().split('#')[0] + '#/packages/staff/employers/index')
  const card = page.locator('.employer-review').first()
  await card.waitFor()
  const name = (await card.locator('.employer-review__name').textContent())!
  await shoot(page, 'staff-employers')

  await card.getByText('不通过', { exact: true }).click()
  await card.getByText('营业执照看不清或没有上传').click()
  await shoot(page, 'staff-employers-refuse')
  await card.getByText('确认不通过').click()

  await page.getByText(`「${name}」未通过：营业执照看不清或没有上传。单位会收到消息`).waitFor()
  await page.locator('.employer-review__name', { hasText: name }).waitFor({ state: 'detached' })
})

test('a worker turns on 关怀模式 in 我的: body text becomes at least 20px, and stays after a reload', async () => {
  const page = await app.newPage()
  await signIn(page, '劳动者（已填资料）')
  await openMe(page)

  const fontSizes = () =>
    page.evaluate(() => {
      const visible = (sel: string) =>
        Array.from(document.querySelectorAll<HTMLElement>(sel)).find(
          (el) => el.offsetParent !== null,
        )!
      const px = (el: HTMLElement) => parseFloat(getComputedStyle(el).fontSize)
      return {
        page: px(visible('.page.me')),
        notice: px(visible('.me__notice-text')),
        button: parseFloat(getComputedStyle(visible('.me__switch .btn')).minHeight),
      }
    })
  const before = await fontSizes()
  expect(before.page).toBeGreaterThanOrEqual(16)
  expect(before.page).toBeLessThan(20)
  await shoot(page, 'me')

  await page.getByText('关怀模式', { exact: true }).first().click()
  await page.getByText('已打开').first().waitFor()

  const after = await fontSizes()
  expect(after.page).toBeGreaterThanOrEqual(20)
  expect(after.notice).toBeGreaterThanOrEqual(20)
  expect(after.button).toBeGreaterThan(before.button)
  await page.getByText('读一读').first().waitFor()
  await shoot(page, 'me-care')

  // Remembered on the phone: a fresh load opens in care mode.
  await page.reload()
  await page.getByText('已打开').first().waitFor()
  expect((await fontSizes()).page).toBeGreaterThanOrEqual(20)
})
