import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

/** A route call as staff would make it (there is no staff screen for competitions yet). */
async function asStaff<T>(route: string, input: unknown): Promise<T> {
  const answer = (await app.runtime.call('api', { route, input }, 'demo-staff')) as {
    ok: boolean
    data: T
  }
  if (!answer.ok) throw new Error(`${route}: ${JSON.stringify(answer)}`)
  return answer.data
}

test('a worker signs up in one tap, staff record results, the page shows 公示; a past winner sees 技术能手', async () => {
  const page = await app.newPage()
  await signIn(page, '劳动者（已填资料）')
  await page.locator('.brand-card', { hasText: '八桂家政' }).first().click()
  await page.getByText('技能竞赛和技术能手 ›').click()
  await page.getByText('“八桂家政”养老护理员职业技能竞赛（示例）').click()
  await page.getByText('已报名 3 人').waitFor()
  await page.getByText('报名', { exact: true }).click()
  await page.getByText('报名成功').waitFor()
  await page.getByText('已报名 4 人').waitFor()
  await page.getByText('已报名', { exact: true }).waitFor()
  await page.screenshot({ path: 'test-results/contest-signup.png' })

  // The contest is held; staff record the results with 技术能手 for the winner (demo-worker).
  await app.runtime.run(async () => {
    await app.runtime.cloud
      .database()
      .collection(COLLECTIONS.contests)
      .doc('seed-contest-01')
      .update({ data: { startAt: isoBeijing(Date.now() - 86_400_000) } })
  })
  const signups = await asStaff<Array<{ id: string; name: string }>>('staff/contest/signups', {
    contestId: 'seed-contest-01',
  })
  const worker = signups.find((s) => s.name === '示例·韦秀兰')
  const ordered = [worker!, ...signups.filter((s) => s !== worker)]
  await asStaff('staff/contest/results', {
    contestId: 'seed-contest-01',
    results: ordered.map((s, i) => ({
      signupId: s.id,
      rank: i + 1,
      score: 95 - i * 5,
      ...(i === 0 ? { honour: '技术能手' } : {}),
    })),
  })
  await page.reload()
  await page.getByText(/^公示中，到\d{4}年\d+月\d+日结束/).waitFor()
  await page.getByText(/^第1名 示\*+兰 95分 · 技术能手$/).waitFor()
  await page.screenshot({ path: 'test-results/contest-results.png' })

  // During 公示 the honour is not yet on the winner's page; a past winner's (公示 over) is.
  await page.goto(page.url().split('#')[0] + '#/packages/network/contests/index')
  await page.getByText('“柳州螺蛳粉师傅”烹制技能竞赛（示例）').waitFor()
  expect(await page.getByText('我的荣誉').count()).toBe(0)

  const trainee = await app.newPage()
  await signIn(trainee, '学员')
  await trainee.goto(trainee.url().split('#')[0] + '#/packages/network/contests/index')
  await trainee.getByText('技术能手 · 传统螺蛳粉烹制').waitFor()
  await trainee.getByText('“柳州螺蛳粉师傅”烹制技能竞赛（示例） 第1名').waitFor()
  await trainee.screenshot({ path: 'test-results/contest-honour.png' })
})
