/**
 * The compiled production home page (dist/weapp) under miniprogram-simulate, with
 * `wx.cloud.callFunction` answered in-process by the real `api` function over the seeded local
 * runtime: page → store → call-api → cloud function → database and back.
 */
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { bootWeapp, renderPage, type SimulatedPage } from './weapp'

jest.setTimeout(60000)

let rt: TestRuntime
let page: SimulatedPage
const calls: unknown[] = []

beforeAll(async () => {
  rt = await testRuntime()
  bootWeapp(async ({ name, data }) => {
    calls.push(data)
    return { result: await rt.runtime.call(name, data, 'demo-worker') }
  })
  page = renderPage('pages/home/index')
})

afterAll(() => rt?.close())

it('shows 柳州螺蛳粉师傅 first and the four brand lines from the back end', async () => {
  const text = await page.waitForText((t) => t.includes('龙城刺绣'))

  const names = ['柳州螺蛳粉师傅', '八桂米粉师傅', '八桂家政', '八桂建工', '龙城刺绣']
  for (const name of names) expect(text).toContain(name)
  expect(text.indexOf('柳州螺蛳粉师傅')).toBeLessThan(text.indexOf('八桂家政'))
  expect(text).toContain('培训目标 8000人次')
  expect(calls).toContainEqual({ route: 'catalog/brands', input: {} })
})

it('shows where a target comes from when the worker taps 目标依据', async () => {
  page.tap('目标依据')

  const text = await page.waitForText((t) => t.includes('收起目标依据'))
  expect(text).toContain('米粉行业培训0.8万人次以上')
})
