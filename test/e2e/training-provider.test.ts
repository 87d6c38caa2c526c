/**
 * The provider's side (issue 3): a provider opens the enrolees of its own course (ID and phone
 * masked), is refused 结业 before the course has run, then completes the demo trainee (present on
 * both days) with a 职业技能等级 certificate; the trainee sees the
 * certificate under 我的报名 and the brand's training progress goes up by one.
 */
import type { Locator, Page } from 'playwright-core'
import type { ApiResult, RouteOutput } from '../../types/api'
import type { Brand } from '../../types/catalog'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingDate, beijingDayAt } from '../../src/domain/time'
import { signIn, startApp, type E2eApp } from './harness'

const CERT_NUMBER = 'E2E-2026-000123'

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

const shown = (page: Page, text: string | RegExp, exact = true): Locator =>
  page.getByText(text, { exact }).and(page.locator(':visible')).first()

async function pick(page: Page, scope: Locator, label: string, choice: string) {
  const byLabel = page.locator('.form-field__label-text', { hasText: new RegExp(`^${label}`) })
  await scope.locator('.option-picker__field', { has: byLabel }).first().click()
  await page
    .locator('.option-picker__sheet .option-picker__option', { hasText: choice })
    .first()
    .click()
  await page.locator('.option-picker__sheet').waitFor({ state: 'detached' })
}

const settled = (page: Page) =>
  page.waitForFunction(() => {
    const lefts = Array.from(document.querySelectorAll('.taro_page'))
      .filter((p) => getComputedStyle(p).display !== 'none')
      .map((p) => p.getBoundingClientRect().left)
    return lefts.includes(0) && lefts.every((left) => left === 0 || left >= window.innerWidth)
  })

const shot = async (page: Page, name: string) => {
  await settled(page)
  await page.screenshot({ path: `test-results/training-provider-${name}.png` })
}

async function trainingDone(): Promise<number> {
  const res = (await app.runtime.call('api', { route: 'catalog/brands', input: {} }, null)) as {
    data: Brand[]
  }
  return res.data.find((b) => b.id === 'mifen')!.progress.training
}

async function api<T>(openid: string, route: string, input: object = {}): Promise<T> {
  const res = (await app.runtime.call('api', { route, input }, openid)) as ApiResult<T>
  if (!res.ok) throw new Error(`${route}: ${res.code} ${res.message}`)
  return res.data
}

/**
 * Moves demo-provider's 辅料 course into the past (sessions yesterday and today, both begun), and
 * marks the demo trainee present yesterday through provider/attendance; today is marked on screen.
 */
async function holdCourseAndAttendYesterday(): Promise<{ courseId: string }> {
  const courses = await api<RouteOutput<'provider/courses'>>('demo-provider', 'provider/courses')
  const course = courses.find((c) => JSON.stringify(c).includes('辅料'))!
  const now = new Date()
  const sessions = [
    { startAt: beijingDayAt(now, -1, '09:00'), endAt: beijingDayAt(now, -1, '17:00') },
    { startAt: beijingDayAt(now, 0, '00:00'), endAt: beijingDayAt(now, 0, '23:00') },
  ]
  await app.runtime.run(() =>
    app.runtime.cloud
      .database()
      .collection(COLLECTIONS.courses)
      .doc(course.id)
      .update({ data: { startAt: sessions[0].startAt, sessions } }),
  )
  const list = await api<RouteOutput<'provider/enrollments'>>(
    'demo-provider',
    'provider/enrollments',
    { courseId: course.id },
  )
  const mine = list.items.find((i) => i.name === '示例·覃建华')!
  await api('demo-provider', 'provider/attendance', {
    enrollmentId: mine.enrollmentId,
    date: beijingDate(sessions[0].startAt),
    present: true,
  })
  return { courseId: course.id }
}

const go = (page: Page, route: string) => page.goto(`${page.url().split('#')[0]}#${route}`)

test('a provider completes a trainee with a certificate; the trainee sees it; progress goes up', async () => {
  const before = await trainingDone()

  const provider = await app.newPage()
  await signIn(provider, '培训机构')
  await go(provider, '/packages/provider/courses/index')
  const course = provider.locator('.provider-courses .card', { hasText: '辅料' }).first()
  await course.waitFor()
  await course.locator('.btn', { hasText: '学员和考勤' }).click()

  // Enrolees: masked ID and phone, never the full numbers.
  const trainee = provider.locator('.enrollees .card', { hasText: '示例·覃建华' })
  await trainee.waitFor()
  expect(await trainee.textContent()).toMatch(/身份证 \d{4}\*{10}\d{3}[\dX]/)
  expect(await trainee.textContent()).toMatch(/手机 1\d{2}\*{4}\d{4}/)
  await shot(provider, '1-enrollees')

  // The course has not started: attendance is refused with a reason.
  await trainee.locator('.btn', { hasText: '今天到课' }).click()
  await shown(provider, '这一天课程还没开始，不能记考勤').waitFor()

  await trainee.locator('.btn', { hasText: '结业发证' }).click()
  await pick(provider, trainee, '证书类型', '职业技能等级')
  await pick(provider, trainee, '技能等级', '五级/初级工')
  await trainee.locator('.form-field', { hasText: '证书编号' }).locator('input').fill(CERT_NUMBER)
  await shot(provider, '2-certificate-form')
  await trainee.locator('.btn', { hasText: '确认结业' }).click()
  // Before the course has run, 结业 is refused with the reason, and nothing is counted.
  await shown(provider, /^最后一次课（.+）开始以后才能结业$/, false).waitFor()
  expect(await trainingDone()).toBe(before)
  await shot(provider, '2b-too-early')

  // The course runs (yesterday and today) and the trainee attends both days.
  const ids = await holdCourseAndAttendYesterday()
  await go(provider, `/packages/provider/enrollees/index?courseId=${ids.courseId}`)
  const held = provider.locator('.enrollees .card', { hasText: '示例·覃建华' })
  await held.waitFor()
  await held.locator('.btn', { hasText: '今天到课' }).click()
  await held.getByText('已到课 2 天').waitFor()
  await held.locator('.btn', { hasText: '结业发证' }).click()
  await pick(provider, held, '证书类型', '职业技能等级')
  await pick(provider, held, '技能等级', '五级/初级工')
  await held.locator('.form-field', { hasText: '证书编号' }).locator('input').fill(CERT_NUMBER)
  await held.locator('.btn', { hasText: '确认结业' }).click()
  await held.getByText(new RegExp(`编号 ${CERT_NUMBER}`)).waitFor()
  expect(await held.textContent()).toContain('已结业')
  await shot(provider, '3-completed')

  expect(await trainingDone()).toBe(before + 1)

  // The trainee sees the certificate under 我的报名 …
  const worker = await app.newPage()
  await signIn(worker, '学员')
  await go(worker, '/packages/training/enrollments/index')
  await shown(worker, `证书编号：${CERT_NUMBER}`).waitFor()
  await shown(worker, /结业证书：.*职业技能等级/, false).waitFor()
  await shot(worker, '4-trainee-certificate')

  // … and the brand page counts the completion.
  await go(worker, '/packages/training/brand/index?id=mifen')
  await shown(worker, `已培训 ${before + 1}人次`).waitFor()
})

test('a provider publishes a new course with pickers; it is in the public catalogue', async () => {
  const title = '养老护理员（五级）融水周末班'
  const provider = await app.newPage()
  await signIn(provider, '培训机构')
  await go(provider, '/packages/provider/courses/index')
  await shown(provider, '发布新课程').click()

  const form = provider.locator('.course-edit')
  const input = (label: string) => form.locator('.form-field', { hasText: label }).locator('input')
  await input('课程名称').waitFor()
  await input('课程名称').fill(title)
  await pick(provider, form, '品牌', '八桂家政')
  await pick(provider, form, '工种', '养老护理员')
  await pick(provider, form, '区县', '融水苗族自治县')
  await input('地点名称').fill('融水县示例职业技能培训点')
  await input('详细地址').fill('融水镇示例路8号')
  await pick(provider, form, '证书类型', '专项职业能力')
  await input('证书名称').fill('养老护理专项职业能力证书')
  await shot(provider, '5-publish')
  // The title bar reads 发布课程 too: tap the page's button.
  await provider.locator('.course-edit__bar .btn', { hasText: '发布课程' }).click()

  await provider.locator('.provider-courses .card', { hasText: title }).waitFor()
  const found = (await app.runtime.call(
    'api',
    { route: 'catalog/courses', input: { q: '融水周末班' } },
    null,
  )) as { data: { items: { title: string; county: string; seatsLeft: number }[] } }
  expect(found.data.items).toEqual([
    expect.objectContaining({ title, county: '融水苗族自治县', seatsLeft: 30 }),
  ])
})
