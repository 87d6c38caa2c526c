import type { Page } from 'playwright-core'
import { qrRuns } from '../../src/components/qr-code/runs'
import { ticketFromQrText } from '../../src/domain/web-login'
import { startApp, type E2eApp } from './harness'

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
