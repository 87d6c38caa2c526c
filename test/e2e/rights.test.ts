/**
 * 维权 in Chromium (issue 11 "Must show"): demo-trainee reports an opening that asked for money,
 * with a photo; demo-staff accepts and closes the case on the case desk; the trainee sees each step
 * with its date in 我的 → 维权 and in 消息, and rates it.
 */
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { ApiResult, RouteOutput } from '../../types/api'
import { formatDateTime } from '../../src/domain/time'
import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true })
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

async function api<T>(openid: string, route: string, input: object = {}): Promise<T> {
  const res = (await app.runtime.call('api', { route, input }, openid)) as ApiResult<T>
  if (!res.ok) throw new Error(`${route}: ${res.code} ${res.message}`)
  return res.data
}

const go = (page: Page, hash: string) => page.goto(`${app.url}#${hash}`)

/** Waits until the page whose root has `rootClass` has finished sliding in. */
const settled = (page: Page, rootClass: string) =>
  page.locator(`.taro_page.taro_page_stationed .${rootClass}`).first().waitFor()

async function shot(page: Page, rootClass: string, name: string) {
  await settled(page, rootClass)
  await page.screenshot({ path: `test-results/rights-${name}.png` })
}

/** A 2×2 PNG, as a phone photo stands in. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
)

test('a trainee reports a fee demand with a photo; staff accept and close it; the trainee follows every step and rates it', async () => {
  const [opening] = (await api<RouteOutput<'jobs/list'>>('demo-trainee', 'jobs/list')).items

  // The trainee: 举报 on the job page opens the form about this opening.
  const trainee = await app.newPage()
  await signIn(trainee, '学员')
  await go(trainee, `/packages/jobs/job/index?id=${encodeURIComponent(opening.id)}`)
  await settled(trainee, 'job')
  await trainee.locator('.job').getByText('举报', { exact: true }).first().click()
  await settled(trainee, 'report')
  const form = trainee.locator('.taro_page_stationed .report')
  await form.getByText(`举报对象：${opening.employerName}「${opening.title}」`).waitFor()
  await form.getByText('收取费用').waitFor()
  await form
    .locator('textarea')
    .first()
    .fill('面试时对方说要先交300元押金才能上岗，还让我转账到他微信。')
  const chooser = trainee.waitForEvent('filechooser')
  await form.getByText('＋ 添加照片').click()
  await (await chooser).setFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: PHOTO })
  await form.locator('.report__photo').first().waitFor()
  await shot(trainee, 'report', '1-form')
  await form.getByText('提交', { exact: true }).click()
  await form.getByText('已提交').waitFor()
  const caseNo = (await form.getByText(/^案件编号 WQ/).textContent())!.replace('案件编号 ', '')
  await shot(trainee, 'report', '2-submitted')

  // Staff: the case desk queue, open the case (photo shown), accept, then close with the result.
  const staff = await app.newPage()
  await signIn(staff, '人社局工作人员')
  await go(staff, '/packages/casedesk/list/index')
  await settled(staff, 'casedesk')
  await staff.locator('.casedesk').getByText(new RegExp(caseNo)).click()
  await settled(staff, 'desk-case')
  const desk = staff.locator('.taro_page_stationed .desk-case')
  await desk.getByText(/^投诉人：/).waitFor()
  expect(await desk.locator('.desk-case__photo img, img.desk-case__photo').count()).toBe(1)
  await desk.getByText('受理', { exact: true }).click()
  await desk.locator('textarea').first().fill('已受理，将约谈用人单位核实')
  await desk.getByText('确认受理').click()
  await desk
    .getByText('已受理', { exact: true })
    .waitFor()
    .catch(async (err) => {
      await staff.screenshot({ path: 'test-results/rights-accept-failed.png' })
      throw err
    })
  await desk.getByText('办结', { exact: true }).click()
  await desk.locator('textarea').first().fill('用人单位已退还押金，责令整改并记录在案')
  await desk.getByText('确认办结').click()
  await desk
    .getByText('已办结', { exact: true })
    .waitFor()
    .catch(async (err) => {
      await staff.screenshot({ path: 'test-results/rights-close-failed.png', fullPage: true })
      throw err
    })
  await shot(staff, 'desk-case', '3-closed')

  // The trainee: 我的 → 维权 lists the case as 已办结; the case shows each step with its date.
  const cases = await api<RouteOutput<'rights/mine'>>('demo-trainee', 'rights/mine')
  const mine = cases.find((c) => c.caseNo === caseNo)!
  expect(mine.photos).toHaveLength(1)
  await go(trainee, '/pages/me/index')
  await settled(trainee, 'me')
  await trainee.locator('.me').getByText('维权', { exact: true }).click()
  await settled(trainee, 'rights-mine')
  const list = trainee.locator('.taro_page_stationed .rights-mine')
  await list.getByText(`编号 ${caseNo}`).click()
  await settled(trainee, 'rights-case')
  const page = trainee.locator('.taro_page_stationed .rights-case')
  await page.getByText('处理结果：用人单位已退还押金，责令整改并记录在案').waitFor()
  for (const [step, what] of [
    [mine.timeline[0], '提交 · 已提交'],
    [mine.timeline[1], '受理 · 已受理'],
    [mine.timeline[2], '办结 · 已办结'],
  ] as const) {
    const row = page.locator('.case-steps__step').filter({ hasText: what })
    await row.getByText(formatDateTime(step.at)).waitFor()
  }
  await shot(trainee, 'rights-case', '4-timeline')

  // 消息: each step arrived, with its date.
  await go(trainee, '/packages/jobs/inbox/index')
  await settled(trainee, 'inbox')
  const inbox = trainee.locator('.taro_page_stationed .inbox')
  for (const status of ['已提交', '已受理', '已办结'])
    await inbox.getByText(`投诉${caseNo}：${status}`).waitFor()
  await shot(trainee, 'inbox', '5-inbox')

  // Rate it.
  await go(trainee, `/packages/rights/case/index?id=${mine.id}`)
  await settled(trainee, 'rights-case')
  const again = trainee.locator('.taro_page_stationed .rights-case')
  await again.getByText('5星', { exact: true }).click()
  await again.getByText('提交评价').click()
  await again.getByText('你的评价：5星').waitFor()
  await shot(trainee, 'rights-case', '6-rated')
  const rated = await api<RouteOutput<'rights/case'>>('demo-trainee', 'rights/case', {
    caseId: mine.id,
  })
  expect(rated.rating?.score).toBe(5)
})
