/**
 * The compiled production 岗位 tab (dist/weapp) under miniprogram-simulate, over the seeded local
 * runtime: every job card carries 求职不收费，收费即违规 and a 举报 that opens the report form about
 * that very opening (WeChat's own page navigation, not a dialog that a platform limit could break).
 */
import { setImmediate as nodeSetImmediate } from 'node:timers'
import { COLLECTIONS } from '../../src/domain/collections'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { bootWeapp, renderPage, type SimulatedPage } from './weapp'

jest.setTimeout(60000)

if (typeof globalThis.setImmediate !== 'function') {
  Object.assign(globalThis, { setImmediate: nodeSetImmediate })
}

let rt: TestRuntime
let page: SimulatedPage
const opened: string[] = []

beforeAll(async () => {
  rt = await testRuntime()
  bootWeapp(async ({ name, data }) => ({
    result: await rt.runtime.call(name, data, 'demo-worker'),
  }))
  const wx = (global as unknown as { wx: Record<string, unknown> }).wx
  wx.navigateTo = (options: { url: string; success?: (r: object) => void }) => {
    opened.push(options.url)
    options.success?.({ errMsg: 'navigateTo:ok' })
  }
  page = renderPage('pages/jobs/index')
})

afterAll(() => rt?.close())

it('shows the no-fee warning on the cards and opens the report form about the opening', async () => {
  const text = await page.waitForText((t) => t.includes('举报'))
  expect(text).toContain('求职不收费，收费即违规')

  page.tap('举报')

  const deadline = Date.now() + 5000
  while (!opened.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  expect(opened).toHaveLength(1)
  const url = new URL(opened[0], 'https://weapp.invalid')
  expect(url.pathname).toBe('/packages/rights/report/index')
  expect(url.searchParams.get('targetType')).toBe('opening')
  const opening = rt.runtime.store.get(COLLECTIONS.openings, url.searchParams.get('targetId') ?? '')
  expect(opening).toBeDefined()
  expect(text).toContain(String(opening?.title))
})
