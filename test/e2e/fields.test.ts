/**
 * The form field and the picker, measured in Chromium on every form a person fills (issue 14):
 * each box at least 48 px high and taking a tap at every edge (not only its first line), each
 * picker row at least 48 px, and no label, hint, value or row below 16 px (20 px in 关怀模式).
 */
import type { Page } from 'playwright-core'
import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

interface BoxReport {
  label: string
  height: number
  /** Font sizes of the label, the box's text and the line under it. */
  fonts: number[]
  /** Points of the box (top, bottom, left, right edge, centre) where a tap misses the control. */
  misses: string[]
}

const go = (page: Page, route: string) => page.goto(`${page.url().split('#')[0]}#${route}`)

/** Waits for Taro's page slide to end, so that nothing is measured while it moves. */
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const lefts = Array.from(document.querySelectorAll('.taro_page'))
      .filter((p) => getComputedStyle(p).display !== 'none')
      .map((p) => p.getBoundingClientRect().left)
    return lefts.includes(0) && lefts.every((left) => left === 0 || left >= window.innerWidth)
  })

/** Every form field on the page shown now, scrolled into view one by one and measured. */
async function measureFields(page: Page): Promise<BoxReport[]> {
  await settled(page)
  return page.evaluate(() => {
    const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0)
    const fields = Array.from(document.querySelectorAll<HTMLElement>('.form-field')).filter(
      (f) => f.offsetParent !== null && !f.closest('.option-picker__sheet'),
    )
    return fields.map((field) => {
      const box = field.querySelector<HTMLElement>('.form-field__box')!
      box.scrollIntoView({ block: 'center' })
      const r = box.getBoundingClientRect()
      const control = box.querySelector('input, textarea') ?? box
      const points: Record<string, [number, number]> = {
        top: [r.left + r.width / 2, r.top + 3],
        bottom: [r.left + r.width / 2, r.bottom - 3],
        left: [r.left + 3, r.top + r.height / 2],
        right: [r.right - 3, r.top + r.height / 2],
        centre: [r.left + r.width / 2, r.top + r.height / 2],
      }
      const misses = Object.entries(points)
        .filter(([, [x, y]]) => {
          const hit = document.elementFromPoint(x, y)
          return !hit || !(hit === control || control.contains(hit))
        })
        .map(([name]) => name)
      const fonts = [
        px(field.querySelector('.form-field__label-text')),
        px(control),
        ...Array.from(field.querySelectorAll('.form-field__note, .option-picker__value')).map(px),
      ]
      return {
        label: field.querySelector('.form-field__label-text')?.textContent ?? '',
        height: r.height,
        fonts,
        misses,
      }
    })
  })
}

/** The rows of the open picker sheet and its title, measured. */
async function measureSheet(page: Page) {
  return page.evaluate(() => {
    const sheet = document.querySelector('.option-picker__sheet')!
    const rows = Array.from(sheet.querySelectorAll<HTMLElement>('.option-picker__option'))
    return {
      rows: rows.map((row) => ({
        text: row.textContent ?? '',
        height: row.getBoundingClientRect().height,
        font: parseFloat(getComputedStyle(row.querySelector('span') ?? row).fontSize),
      })),
      search: sheet.querySelector('input') !== null,
    }
  })
}

function expectFields(reports: BoxReport[], minFont: number, where: string) {
  expect(reports.length).toBeGreaterThan(2)
  for (const r of reports) {
    const what = `${where} · ${r.label}`
    expect({ what, height: r.height >= 48 }).toEqual({ what, height: true })
    expect({ what, misses: r.misses }).toEqual({ what, misses: [] })
    expect({ what, small: r.fonts.filter((f) => f < minFont) }).toEqual({ what, small: [] })
  }
}

async function openPicker(page: Page, label: string) {
  await page
    .locator('.option-picker__field:visible', { hasText: label })
    .first()
    .locator('.form-field__box')
    .click()
  await page.locator('.option-picker__sheet').waitFor()
}

async function closePicker(page: Page) {
  await page.locator('.option-picker__close').click()
  await page.locator('.option-picker__sheet').waitFor({ state: 'detached' })
}

async function turnOnCare(page: Page) {
  await go(page, '/pages/me/index')
  await page.getByText('关怀模式', { exact: true }).first().click()
  await page.getByText('已打开').first().waitFor()
}

describe.each([
  { mode: '普通', care: false, minFont: 16 },
  { mode: '关怀模式', care: true, minFont: 20 },
])('form fields and pickers in $mode', ({ care, minFont, mode }) => {
  test(`a worker's profile: boxes ≥ 48 px that take the whole tap; picker rows ≥ 48 px; text ≥ ${minFont} px`, async () => {
    const page = await app.newPage()
    await signIn(page, '劳动者（已填资料）')
    if (care) await turnOnCare(page)
    await go(page, '/packages/training/profile/index')
    await page.locator('.form-field__input input').first().waitFor()

    expectFields(await measureFields(page), minFont, `${mode} 资料`)

    await openPicker(page, '户籍区县')
    const counties = await measureSheet(page)
    expect(counties.rows.length).toBeGreaterThanOrEqual(10)
    for (const row of counties.rows) {
      expect({ row: row.text, ok: row.height >= 48 && row.font >= minFont }).toEqual({
        row: row.text,
        ok: true,
      })
    }
    await page.screenshot({ path: `test-results/fields-${care ? 'care' : 'normal'}-sheet.png` })
    await page
      .locator('.option-picker__sheet .option-picker__option', { hasText: '融水苗族自治县' })
      .click()
    await page.locator('.option-picker__sheet').waitFor({ state: 'detached' })

    // 融水's townships are a long list: the sheet has a search box, and typing narrows it.
    await openPicker(page, '乡镇/街道')
    const townships = await measureSheet(page)
    expect(townships.search).toBe(true)
    expect(townships.rows.length).toBeGreaterThan(12)
    expect(townships.rows.every((r) => r.height >= 48 && r.font >= minFont)).toBe(true)
    await page.locator('.option-picker__sheet input').fill('安太')
    await page.locator('.option-picker__sheet .option-picker__option').first().waitFor()
    const found = await measureSheet(page)
    expect(found.rows.map((r) => r.text)).toEqual([expect.stringContaining('安太')])
    await closePicker(page)
    await page.close()
  })

  test(`an employer's posting form and a provider's course form: the same minimums (${mode})`, async () => {
    const employer = await app.newPage()
    await signIn(employer, '用人单位（已认证）')
    if (care) await turnOnCare(employer)
    await go(employer, '/packages/employer/post/index')
    await employer.locator('.form-field__input input').first().waitFor()
    const post = await measureFields(employer)
    expectFields(post, minFont, `${mode} 发布岗位`)
    expect(post.map((r) => r.label)).toEqual(
      expect.arrayContaining(['岗位名称', '岗位介绍', '招到哪天为止']),
    )
    await openPicker(employer, '招到哪天为止')
    const days = await measureSheet(employer)
    expect(days.search).toBe(true)
    expect(days.rows.every((r) => r.height >= 48 && r.font >= minFont)).toBe(true)
    await closePicker(employer)
    await employer.close()

    const provider = await app.newPage()
    await signIn(provider, '培训机构')
    if (care) await turnOnCare(provider)
    await go(provider, '/packages/provider/course-edit/index')
    await provider.locator('.form-field__input input').first().waitFor()
    const course = await measureFields(provider)
    expectFields(course, minFont, `${mode} 课程`)
    expect(course.map((r) => r.label)).toEqual(
      expect.arrayContaining(['课程名称', '第1次课：日期', '开始', '课程介绍']),
    )
    await provider.close()
  })

  test(`tab bar labels are at least ${minFont} px (${mode})`, async () => {
    const page = await app.newPage()
    await signIn(page, '劳动者（已填资料）')
    if (care) await turnOnCare(page)
    await go(page, '/pages/home/index')
    await page.locator('.weui-tabbar__label').first().waitFor()
    const sizes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.weui-tabbar__label')).map((l) => ({
        text: l.textContent,
        px: parseFloat(getComputedStyle(l).fontSize),
      })),
    )
    expect(sizes.map((s) => s.text)).toEqual(['首页', '培训', '岗位', '我的'])
    expect(sizes.filter((s) => s.px < minFont)).toEqual([])
    await page.close()
  })

  test(`staff's event form: the same minimums (${mode})`, async () => {
    const page = await app.newPage()
    await signIn(page, '人社局工作人员')
    if (care) await turnOnCare(page)
    await go(page, '/packages/staff/event-edit/index')
    await page.locator('.form-field__input input').first().waitFor()
    const fields = await measureFields(page)
    expectFields(fields, minFont, `${mode} 活动`)
    expect(fields.map((r) => r.label)).toEqual(
      expect.arrayContaining(['活动名称', '日期（北京时间）', '开始时间', '活动介绍']),
    )
    await page.close()
  })

  test(`a worker's complaint form, wage arrears included: the same minimums (${mode})`, async () => {
    const page = await app.newPage()
    await signIn(page, '劳动者（已填资料）')
    if (care) await turnOnCare(page)
    await go(page, '/packages/rights/report/index')
    await page.locator('.form-field__textarea').first().waitFor()
    await openPicker(page, '投诉类别')
    await page.locator('.option-picker__option', { hasText: '拖欠工资' }).click()
    await page.locator('.option-picker__sheet').waitFor({ state: 'detached' })
    await page.locator('.form-field', { hasText: '被拖欠多少元' }).waitFor()
    const fields = await measureFields(page)
    expectFields(fields, minFont, `${mode} 投诉举报`)
    expect(fields.map((r) => r.label)).toEqual(
      expect.arrayContaining([
        '投诉类别',
        '发生了什么',
        '欠薪的单位或老板',
        '被拖欠多少元',
        '几个人',
      ]),
    )
    await page.close()
  })
})
