import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

test('a worker signs in and sees the four brand lines with the plan targets', async () => {
  const page = await app.newPage()
  await signIn(page, '劳动者（已填资料）')

  for (const name of ['八桂米粉师傅', '八桂家政', '八桂建工', '龙城刺绣']) {
    await page.getByText(name, { exact: true }).first().waitFor()
  }
  await page.getByText('柳州螺蛳粉师傅').first().waitFor()
  // R1 targets, as the plan writes them: 米粉 training 8000, employment 3万; 家政 6000 / 1.5万.
  for (const target of [
    '培训目标 8000人次',
    '就业目标 3万人次',
    '培训目标 6000人次',
    '就业目标 1.5万人次',
  ]) {
    await page.getByText(target).first().waitFor()
  }
  await page.screenshot({ path: 'test-results/home.png' })
})
