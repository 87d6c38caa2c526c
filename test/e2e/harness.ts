import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { seedIfEmpty } from '../../local/seed'
import { startServer, type LocalServer } from '../../local/server'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The app as `npm start` serves it (H5 build, seeded durable store) plus a headless Chromium. */
export interface E2eApp {
  url: string
  runtime: LocalRuntime
  browser: Browser
  /** A fresh phone-sized page (its own storage), already on the app's URL. */
  newPage(): Promise<Page>
  /** A fresh desktop browser page, 1280×800, already on the app's URL. */
  newDeskPage(): Promise<Page>
  /** The server goes away (connections refused), as when the phone loses its signal. */
  goOffline(): Promise<void>
  /** The server is back on the same address. */
  goOnline(): Promise<void>
  close(): Promise<void>
}

export async function startApp(): Promise<E2eApp> {
  const dir = mkdtempSync(join(tmpdir(), 'liuzhou-e2e-'))
  const runtime = await createRuntime({ file: join(dir, 'store.sqlite') })
  await seedIfEmpty(runtime)
  const staticDir = join(__dirname, '..', '..', 'dist', 'h5')
  let server: LocalServer | null = await startServer({
    port: 0,
    host: '127.0.0.1',
    runtime,
    staticDir,
  })
  const { url, port } = server
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  return {
    url,
    runtime,
    browser,
    async newPage() {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        // A phone set to another zone: times must still read in Beijing time.
        timezoneId: 'Europe/London',
      })
      const page = await context.newPage()
      await page.goto(url)
      return page
    },
    async newDeskPage() {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
        locale: 'zh-CN',
        timezoneId: 'Europe/London',
      })
      const page = await context.newPage()
      await page.goto(url)
      return page
    },
    async goOffline() {
      await server?.close()
      server = null
    },
    async goOnline() {
      server ??= await startServer({ port, host: '127.0.0.1', runtime, staticDir })
    },
    async close() {
      await browser.close()
      await server?.close()
      runtime.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * A session for `openid` made the way a phone makes one (start, confirm as that person, poll), for
 * a person the demo sign-in page does not list.
 */
export async function sessionTokenFor(runtime: LocalRuntime, openid: string): Promise<string> {
  const call = async (route: string, input: unknown, as: string | null) => {
    const answer = (await runtime.call('api', { route, input }, as)) as {
      ok: boolean
      data: Record<string, string>
    }
    if (!answer.ok) throw new Error(`${route} failed: ${JSON.stringify(answer)}`)
    return answer.data
  }
  const { ticket } = await call('session/webLogin/start', {}, null)
  await call('session/webLogin/confirm', { ticket }, openid)
  return (await call('session/webLogin/poll', { ticket }, null)).token
}

/** Puts a session token where the sign-in page stores it (Taro storage on H5), then reloads. */
export async function storeSessionToken(page: Page, token: string): Promise<void> {
  await page.evaluate(
    (t) => localStorage.setItem('web-session-token', JSON.stringify({ data: t })),
    token,
  )
  await page.reload()
}

/** Signs in on the local sign-in page by tapping the demo user, as a person would. */
export async function signIn(page: Page, label: RegExp | string): Promise<void> {
  await page.goto(page.url().split('#')[0] + '#/pages/login/index')
  await page.getByText(label).first().click()
  await page.getByText('柳州螺蛳粉师傅').first().waitFor()
}
