/**
 * The first journey of a new worker (issue 3): from the 培训 tab to 柳州螺蛳粉师傅, a county filter,
 * a course, the profile with privacy consent and an ID number checked while typing, sign-up, and
 * 我的报名. Tapping 报名 again must change nothing.
 */
import type { Locator, Page } from 'playwright-core'
import { demoIdNumber } from '../../database/seed'
import { COLLECTIONS } from '../../src/domain/collections'
import { sessionTokenFor, startApp, storeSessionToken, type E2eApp } from './harness'

const OPENID = 'e2e-new-worker'
const ID_NUMBER = demoIdNumber('柳南区', '1990-03-15', 'male')
const WRONG_ID = ID_NUMBER.slice(0, 17) + (ID_NUMBER[17] === '1' ? '2' : '1')

let app: E2eApp
let page: Page

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

/** Taro H5 keeps earlier pages of the stack in the DOM, hidden: only what is shown counts. */
const shown = (text: string | RegExp, exact = true): Locator =>
  page.getByText(text, { exact }).and(page.locator(':visible')).first()

const tap = async (text: string | RegExp, exact = true) => shown(text, exact).click()

const field = (label: string) =>
  page.locator('.form-field:visible', { hasText: label }).locator('input')

/** Opens a picker by its label and taps one choice in the sheet. */
async function pick(label: string, choice: string) {
  await page
    .locator('.option-picker__field:visible, .option-picker__chip:visible', { hasText: label })
    .first()
    .click()
  await page
    .locator('.option-picker__sheet .option-picker__option', { hasText: choice })
    .first()
    .click()
  await page.locator('.option-picker__sheet').waitFor({ state: 'detached' })
}

/**
 * Waits for Taro's page slide to end: one page fully on screen, every other one hidden or fully
 * off it (a new page starts off screen before it slides in).
 */
const settled = () =>
  page.waitForFunction(() => {
    const lefts = Array.from(document.querySelectorAll('.taro_page'))
      .filter((p) => getComputedStyle(p).display !== 'none')
      .map((p) => p.getBoundingClientRect().left)
    return lefts.includes(0) && lefts.every((left) => left === 0 || left >= window.innerWidth)
  })

const shot = async (name: string) => {
  await settled()
  await page.screenshot({ path: `test-results/training-${name}.png` })
}

async function enrollmentsInStore(): Promise<Array<{ courseId: string; status: string }>> {
  const res = await app.runtime.run(
    () =>
      app.runtime.cloud
        .database()
        .collection(COLLECTIONS.enrollments)
        .where({ openid: OPENID })
        .limit(100)
        .get(),
    OPENID,
  )
  return (res as unknown as { data: Array<{ courseId: string; status: string }> }).data
}

test('a new worker finds a 柳州螺蛳粉师傅 course near home, fills the profile, signs up once', async () => {
  page = await app.newPage()
  // A person the app has never seen, signed in by a scan as any WeChat user would be.
  await storeSessionToken(page, await sessionTokenFor(app.runtime, OPENID))
  await shown('柳州螺蛳粉师傅').waitFor()

  // 培训 tab: the course list with its filter bar.
  await page.locator('.weui-tabbar__item', { hasText: '培训' }).click()
  await shown(/门课程可以报名/, false).waitFor()
  await pick('品牌', '八桂米粉师傅（柳州螺蛳粉师傅）')
  await shown('柳州螺蛳粉师傅 品牌介绍 ›').waitFor()

  // The brand page: story, targets with progress, the brand's courses.
  await tap('柳州螺蛳粉师傅 品牌介绍 ›')
  await shown('品牌故事').waitFor()
  await shown('培训目标 8000人次').waitFor()
  await shown(/可以报名的课程（\d+门）/, false).waitFor()
  await shot('1-brand')
  await tap('全部 ›')

  // Back on the list with the brand chosen; narrow it to the county near home.
  await shown('八桂米粉师傅（柳州螺蛳粉师傅）').waitFor()
  await pick('区县', '柳南区')
  await shown('柳南区').waitFor()
  const cards = page.locator('.course-card:visible')
  await page.waitForFunction(() => {
    const lines = Array.from(document.querySelectorAll('.course-card'))
      .filter((c) => (c as HTMLElement).offsetParent !== null)
      .map((c) => c.textContent ?? '')
    return (
      lines.length > 0 && lines.every((t) => t.includes('柳南 ·') && t.includes('八桂米粉师傅'))
    )
  })
  await shot('2-list-filtered')
  const title = (await cards.first().locator('.course-card__title').textContent()) ?? ''
  expect(title).toContain('柳南')
  await cards.first().click()

  // The course page: seats, fee, time, place; 报名 at the bottom.
  await shown(title).waitFor()
  await shown(/还剩 \d+ 个名额/, false).waitFor()
  await shown('免费培训').waitFor()
  await shot('3-course')
  await page.locator('.course__bar .btn:visible', { hasText: '报名' }).click()

  // No profile yet: the privacy terms first, then the form.
  await shown('个人信息保护说明').waitFor()
  await shot('4-consent')
  await tap('同意并继续')
  await field('姓名').fill('示例·新学员')
  await field('手机号').fill('13800009999')
  await field('身份证号').fill(WRONG_ID)
  await shown('身份证号最后一位不对，请核对').waitFor()
  await shot('5-id-wrong')
  await field('身份证号').fill(ID_NUMBER)
  await shown('出生日期：1990年3月15日，性别：男').waitFor()
  expect(
    await page.getByText('身份证号最后一位不对，请核对').and(page.locator(':visible')).count(),
  ).toBe(0)
  await pick('户籍区县', '柳南区')
  await pick('乡镇/街道', '太阳村镇')
  await pick('人员类别', '农村劳动力')
  await pick('文化程度', '初中')
  await page.locator('.option-picker__field:visible', { hasText: '想去的地方' }).click()
  await page.locator('.option-picker__sheet .option-picker__option', { hasText: '柳南区' }).click()
  await page
    .locator('.option-picker__sheet .option-picker__option', { hasText: '广东湛江' })
    .click()
  await page.locator('.option-picker__sheet .btn', { hasText: '确定' }).click()
  await shown('柳南区、广东湛江').waitFor()
  await shot('6-profile-filled')
  await tap('保存并报名')

  // Back on the course: signed up.
  await shown('你的报名：已报名').waitFor()
  await shot('7-signed-up')
  expect(await enrollmentsInStore()).toHaveLength(1)

  // Tapping again changes nothing: same enrolment, one in the store.
  await page.locator('.course__bar .btn:visible', { hasText: '已报名' }).click()
  await shown('你已经报过名了（已报名），不用再报').waitFor()
  const stored = await enrollmentsInStore()
  expect(stored).toHaveLength(1)
  expect(stored[0].status).toBe('confirmed')

  // 我的报名 shows it, once, in plain words.
  await tap('查看我的报名 ›')
  await shown('我的报名（1）').waitFor()
  const rows = page.locator('.enrollments .card:visible', { hasText: title })
  expect(await rows.count()).toBe(1)
  expect(await rows.first().textContent()).toContain('已报名')
  await shot('8-my-enrollments')
})
