import type { Page } from 'playwright-core'
import { qrRuns } from '../../src/components/qr-code/runs'
import { ticketFromQrText } from '../../src/domain/web-login'
import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

/** What the page would get from the api function with `token`, called as the page calls it. */
function callFromPage(page: Page, route: string, token: string | null) {
  return page.evaluate(
    async ({ route, token }) => {
      const res = await fetch('/fn/api', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ route, input: {} }),
      })
      return res.json()
    },
    { route, token },
  )
}

const storedToken = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('web-session-token')
    return raw ? (JSON.parse(raw).data as string) : null
  })

test('at a desk: the sign-in page shows a QR code; confirming it on the phone signs the browser in; sign-out ends it', async () => {
  const page = await app.newDeskPage()
  await page.goto(`${app.url}/#/pages/login/index`)
  const qr = page.locator('.login__qr .qr-code')
  await qr.locator('.qr-code__run').first().waitFor()

  // The drawing is the QR code of the sign-in text it carries.
  const text = (await qr.getAttribute('data-value')) ?? ''
  const ticket = ticketFromQrText(text)
  expect(ticket).not.toBeNull()
  const { size, runs } = qrRuns(text)
  expect(await qr.getAttribute('data-modules')).toBe(String(size))
  expect(await qr.locator('.qr-code__run').count()).toBe(runs.length)
  await page.getByText(/等待扫码，二维码 \d+ 秒后自动更新/).waitFor()
  await page.screenshot({ path: 'test-results/desk-sign-in.png' })

  // The phone: demo-staff scans, sees which browser asks, confirms (routes, as the mini-program calls them).
  const asks = (await app.runtime.call(
    'api',
    { route: 'session/webLogin/inspect', input: { ticket } },
    'demo-staff',
  )) as { ok: boolean; data: { browser: string; place: string } }
  expect(asks.data.browser).toMatch(/^Chrome \d+ · Linux$/)
  expect(asks.data.place).toMatch(/^本机/)
  const confirmed = await app.runtime.call(
    'api',
    { route: 'session/webLogin/confirm', input: { ticket } },
    'demo-staff',
  )
  expect(confirmed).toEqual({ ok: true, data: { confirmed: true } })

  // The desktop page, polling, receives the session and is signed in as demo-staff.
  await page.getByText('柳州螺蛳粉师傅').first().waitFor()
  const token = await storedToken(page)
  expect(token).toMatch(/\./)
  const me = await callFromPage(page, 'session/whoami', token)
  expect(me.data).toMatchObject({ openid: 'demo-staff', roles: ['worker', 'staff'] })

  // 我的 lists this browser; 退出登录 ends the session and goes back to the sign-in page.
  await page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click()
  await page.getByText('退出登录', { exact: true }).first().click()
  await page.locator('.login__qr .qr-code__run').first().waitFor()
  expect(await storedToken(page)).toBeNull()
  expect(await callFromPage(page, 'session/whoami', token)).toMatchObject({
    ok: false,
    code: 'UNAUTHENTICATED',
  })
})

test('a page on another origin cannot call the runtime, even with the local x-openid', async () => {
  const page = await app.newDeskPage()
  // Another origin: the same server under the name localhost is another origin to the browser.
  const other = app.url.replace('127.0.0.1', 'localhost')
  await page.goto(`${other}/healthz`)
  const outcome = await page.evaluate(async (target) => {
    try {
      const res = await fetch(`${target}/fn/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-openid': 'demo-staff' },
        body: JSON.stringify({ route: 'session/whoami', input: {} }),
      })
      return `answered ${res.status}`
    } catch {
      return 'blocked'
    }
  }, app.url)
  expect(outcome).toBe('blocked')
  // A simple request (no preflight) is refused by the function before anything runs.
  const before = app.runtime.store.all('web_login_tickets').length
  await page.evaluate(async (target) => {
    await fetch(`${target}/fn/api`, {
      method: 'POST',
      mode: 'no-cors',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ route: 'session/webLogin/start', input: {} }),
    }).catch(() => undefined)
  }, app.url)
  expect(app.runtime.store.all('web_login_tickets')).toHaveLength(before)
})

/** What a person at a desk would notice: text size and whether the page scrolls sideways. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.page')).filter(
      (el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().left >= 0,
    )
    const current = pages[pages.length - 1]
    const texts = Array.from(
      current.querySelectorAll<HTMLElement>('span, .taro-text, taro-text-core'),
    )
      .filter((el) => el.childElementCount === 0 && (el.textContent ?? '').trim().length >= 6)
      .map((el) => parseFloat(getComputedStyle(el).fontSize))
    const scrollers = [
      document.documentElement,
      document.body,
      ...Array.from(
        document.querySelectorAll<HTMLElement>('.taro_page, .page, .taro-tabbar__panel'),
      ),
    ]
    return {
      body: parseFloat(getComputedStyle(current).fontSize),
      smallest: Math.min(...texts),
      sideways: scrollers
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.className || el.tagName),
      width: current.getBoundingClientRect().width,
    }
  })
}

/** The newest page has slid in and shows `text`, and the page it replaced has slid away. */
async function shown(page: Page, text: string | RegExp) {
  await page.getByText(text).first().waitFor()
  await page.waitForFunction(() => {
    const pages = document.querySelectorAll('.page')
    const settled = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).every(
      (p) => getComputedStyle(p).display === 'none' || Math.abs(p.getBoundingClientRect().left) < 2,
    )
    return (
      settled &&
      Math.abs(
        pages[pages.length - 1].getBoundingClientRect().left -
          (window.innerWidth - pages[pages.length - 1].getBoundingClientRect().width) / 2,
      ) < 2
    )
  })
}

async function expectDeskReadable(page: Page, name: string) {
  const m = await measure(page)
  expect(m.body).toBeGreaterThanOrEqual(16)
  expect(m.body).toBeLessThanOrEqual(18)
  expect(m.smallest).toBeGreaterThanOrEqual(12)
  expect(m.sideways).toEqual([])
  // A readable column, not the whole 1280 px.
  expect(m.width).toBeLessThanOrEqual(1040)
  await page.screenshot({ path: `test-results/desk-${name}.png`, fullPage: true })
}

test('at 1280×800 the dashboard, its records, employer review and events management are usable', async () => {
  const page = await app.newDeskPage()
  await signIn(page, '人社局工作人员')
  await shown(page, '四大劳务品牌')
  await expectDeskReadable(page, 'home')
  // The tab bar is a navigation bar across the top.
  const bar = await page.locator('.taro-tabbar__tabbar').boundingBox()
  expect(bar && bar.y).toBeLessThan(10)

  await page.goto(`${app.url}/#/packages/staff/stats/index`)
  await shown(page, '统计报表：累计 · 全市 · 全部品牌')
  await page.locator('.data-table__row', { hasText: '培训合计' }).first().waitFor()
  await expectDeskReadable(page, 'stats')

  // A figure opens exactly the records it counts.
  const stats = (await app.runtime.call(
    'api',
    { route: 'staff/stats', input: {} },
    'demo-staff',
  )) as {
    data: { figures: Array<{ key: string; value: number }> }
  }
  const trained = stats.data.figures.find((f) => f.key === 'training.total')!.value
  expect(trained).toBeGreaterThan(20)
  await page.locator('.data-table__row', { hasText: '培训合计' }).first().click()
  await shown(page, `共 ${trained} 条`)
  expect(
    await page.locator('.stats-records .data-table__row:not(.data-table__row--head)').count(),
  ).toBe(20)
  await expectDeskReadable(page, 'stats-records')
  // Sorting by a column orders the rows by it.
  await page.locator('.data-table__cell--head', { hasText: '证书编号' }).click()
  const numbers = await page
    .locator(
      '.stats-records .data-table__row:not(.data-table__row--head) .data-table__cell:last-child',
    )
    .allTextContents()
  expect(numbers).toEqual([...numbers].sort((a, b) => a.localeCompare(b, 'zh-CN')))

  await page.goto(`${app.url}/#/packages/staff/employers/index`)
  await shown(page, /等待审核（\d+家）/)
  const employerRows = page.locator('.staff-employers .data-table__row:not(.data-table__row--head)')
  await employerRows.first().waitFor()
  await employerRows.last().click()
  expect(await page.locator('.employer-review').count()).toBe(1)
  await expectDeskReadable(page, 'employers')

  await page.goto(`${app.url}/#/packages/staff/events/index`)
  await shown(page, '全部活动')
  await page.locator('.staff-events .data-table__row:not(.data-table__row--head)').first().waitFor()
  await expectDeskReadable(page, 'events')
})

test('below 1024 px the phone layout is as it was: the desk rules do not apply', async () => {
  const page = await app.newDeskPage()
  const root = () =>
    page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByText('柳州螺蛳粉师傅').first().waitFor()
  expect(await root()).toBe(20)
  await page.setViewportSize({ width: 1000, height: 800 })
  // Taro's own sizing: 40 × min(width, height) / 750, at most 40 px.
  await page.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '40px')
  const bar = await page.locator('.taro-tabbar__tabbar').boundingBox()
  expect(bar && bar.y + bar.height).toBeGreaterThan(790)
})
