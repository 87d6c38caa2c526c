/**
 * The jobs journey in Chromium (issue 4 "Must show"): a trainee sees recommendations with their
 * reasons and applies; the employer sees the applicant with contact details and proposes an
 * interview; the trainee finds it in the 消息 inbox and books a time.
 */
import type { Page } from 'playwright-core'
import type { ApiResult, RouteOutput } from '../../types/api'
import { withUsccCheckDigit } from '../../src/domain/uscc'
import { signIn, startApp, type E2eApp } from './harness'

let app: E2eApp

beforeAll(async () => {
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

function go(page: Page, hash: string) {
  return page.goto(`${app.url}#${hash}`)
}

/** Waits until the page whose root has `rootClass` has finished sliding in. */
function settled(page: Page, rootClass: string) {
  return page.locator(`.taro_page.taro_page_stationed .${rootClass}`).first().waitFor()
}

async function shot(page: Page, rootClass: string, name: string) {
  await settled(page, rootClass).catch(async (err) => {
    await page.screenshot({ path: `test-results/jobs-${name}-failed.png` })
    throw err
  })
  await page.screenshot({ path: `test-results/jobs-${name}.png` })
}

test('trainee applies to a recommendation; employer sees the contact and proposes an interview; the trainee books it from the inbox', async () => {
  // The scheduler's matching pass, run on demand as staff when the seeded store has none yet.
  let mine = await api<RouteOutput<'match/mine'>>('demo-trainee', 'match/mine')
  if (mine.length === 0) {
    await api('demo-staff', 'staff/match/run')
    mine = await api<RouteOutput<'match/mine'>>('demo-trainee', 'match/mine')
  }
  const own = new Set(
    (await api<RouteOutput<'employer/openings'>>('demo-employer', 'employer/openings')).map(
      (o) => o.id,
    ),
  )
  const target = mine.find((r) => own.has(r.openingId) && r.outcome === 'pending')
  expect(target).toBeDefined()
  const { title } = target!.opening

  // The trainee: 为你推荐 first, every card with its reason.
  const trainee = await app.newPage()
  await signIn(trainee, '学员')
  await go(trainee, '/pages/jobs/index')
  await settled(trainee, 'jobs')
  await trainee.locator('.jobs').getByText('为你推荐').waitFor()
  // The home page keeps its own 为你推荐 cards underneath: look only at the 岗位 tab.
  const jobsTab = trainee.locator('.jobs')
  const recCards = jobsTab.locator('.job-card').filter({ hasText: '推荐理由：' })
  await recCards.first().waitFor()
  expect(await recCards.count()).toBe(mine.length)
  for (const r of mine) {
    await recCards.getByText(`推荐理由：${r.reason}`).first().waitFor()
  }
  await recCards.first().getByText('求职不收费，收费即违规').waitFor()
  await shot(trainee, 'jobs', '1-recommendations')

  const card = recCards.filter({ has: trainee.getByText(title, { exact: true }) })
  await card.getByText('申请', { exact: true }).click()
  await card.getByText('已申请', { exact: true }).waitFor()
  await shot(trainee, 'jobs', '2-applied')
  const applications = await api<RouteOutput<'match/applications'>>(
    'demo-trainee',
    'match/applications',
  )
  expect(applications.filter((a) => a.openingId === target!.openingId)).toHaveLength(1)

  // The employer, in a browser of its own: the opening's candidates, the applicant's phone shown.
  const employer = await app.newPage()
  await signIn(employer, '用人单位（已认证）')
  await go(employer, '/packages/employer/openings/index')
  const opening = employer
    .locator('.openings__item')
    .filter({ has: employer.getByText(title, { exact: true }) })
  await opening.getByText('看候选人', { exact: true }).click()
  await employer.getByText(/已申请的人/).waitFor()
  const applicant = employer
    .locator('.candidates__item')
    .filter({ has: employer.getByText('示例·覃建华', { exact: true }) })
  await applicant.getByText('电话：13800000002').waitFor()
  // Trainees who did not apply stay masked.
  await employer.getByText(/可能合适的人/).waitFor()
  await expect(
    employer
      .getByText(/电话：138\*{4}\d{4}/)
      .first()
      .isVisible(),
  ).resolves.toBe(true)
  await shot(employer, 'candidates', '3-candidates')

  await applicant.getByText('约面试', { exact: true }).click()
  await applicant.getByText('视频面试').click()
  await applicant.locator('input').first().fill('腾讯会议号 123 456 789')
  await shot(employer, 'candidates', '4-interview-form')
  await applicant.getByText('发送面试邀请', { exact: true }).click()
  await applicant.getByText('已发出面试邀请，等对方选时间：').waitFor()
  await shot(employer, 'candidates', '5-interview-sent')

  // The trainee: 消息 shows the unread invitation; a time is picked and booked.
  await go(trainee, '/pages/jobs/index')
  await settled(trainee, 'jobs')
  await jobsTab.getByText(/条未读/).waitFor()
  await jobsTab.locator('.jobs__links').getByText('消息', { exact: true }).click()
  await trainee.locator('.inbox').getByText('面试邀请', { exact: true }).waitFor()
  const message = trainee
    .locator('.inbox .inbox__message')
    .filter({ hasText: `面试邀请：${title}` })
  await message.getByText('未读').waitFor()
  const invitation = trainee.locator('.inbox .interview-card').filter({ hasText: `面试：${title}` })
  await invitation.getByText('视频会议：腾讯会议号 123 456 789').waitFor()
  await shot(trainee, 'inbox', '6-inbox')

  await invitation.getByText('选这个').first().click()
  await invitation.getByText('确认这个时间', { exact: true }).click()
  await invitation.getByText(/^面试时间：/).waitFor()
  // The message opens 我的申请, where the booked interview is shown first.
  await message.click()
  await settled(trainee, 'applications')
  const booked = trainee.locator('.applications .interview-card').first()
  await booked.getByText(`面试：${title}`).waitFor()
  await booked.getByText(/^面试时间：/).waitFor()
  await shot(trainee, 'applications', '7-booked')
  await trainee.goBack()
  await settled(trainee, 'inbox')
  await expect(message.getByText('未读').count()).resolves.toBe(0)

  const interviews = await api<RouteOutput<'match/interviews'>>('demo-trainee', 'match/interviews')
  expect(interviews.find((i) => i.openingTitle === title)?.status).toBe('booked')

  // The job itself: verified employer, the fee warning, and 已申请 where 申请 was.
  await go(trainee, `/packages/jobs/job/index?id=${target!.openingId}`)
  await trainee.getByText('岗位介绍').waitFor()
  await trainee.locator('.job__footer').getByText('已申请', { exact: true }).waitFor()
  await trainee.locator('.job').getByText('已认证').waitFor()
  await trainee.locator('.job').getByText('求职不收费，收费即违规').waitFor()
  await shot(trainee, 'job', '8-detail')
})

test('a new employer sees the USCC reason while typing, signs up and waits for review', async () => {
  const page = await app.newPage()
  await signIn(page, '劳动者（已填资料）')
  await go(page, '/packages/employer/register/index')
  await page.getByText('登记你的单位').waitFor()

  const valid = withUsccCheckDigit('91450204MA5XYW123')
  const wrong = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1')
  const inputs = page.locator('.register input')
  await inputs.nth(0).fill('柳州示例新开螺蛳粉店')
  await inputs.nth(1).fill(valid.slice(0, 10))
  await page.getByText('已填10位，还差8位（共18位）').waitFor()
  await inputs.nth(1).fill(wrong)
  await page.getByText('统一社会信用代码最后一位校验码不对，请核对营业执照').waitFor()
  await shot(page, 'register', '9-uscc-wrong')
  await inputs.nth(1).fill(valid)
  await page.getByText('统一社会信用代码核对无误').waitFor()
  await inputs.nth(2).fill('示例·王店长')
  await inputs.nth(3).fill('13800009999')
  await page.getByText('提交审核', { exact: true }).click()

  await page.getByText('审核中', { exact: true }).waitFor()
  await page.getByText(/一般1-3个工作日/).waitFor()
  await shot(page, 'register', '10-pending')
  const me = await api<RouteOutput<'employer/me'>>('demo-worker', 'employer/me')
  expect(me.standing).toBe('pending')
  expect(me.employer?.uscc).toBe(valid)
})

test('a posting that asks for a deposit is refused with the reason and the form keeps it; fixed, it is posted', async () => {
  const page = await app.newPage()
  // A half-filled form left from last time (kept on the phone), picked values included.
  const draft = {
    brand: 'mifen',
    occupation: '辅料制作',
    title: '酸笋腌制工',
    headcount: '4',
    payMin: '3800',
    payMax: '5200',
    place: '柳南区',
    socialInsurance: true,
    board: true,
    lodging: false,
    shift: '白班',
    requirements: '',
    description: '负责酸笋清洗腌制，入职先交押金500元，干满三个月退还。',
  }
  await page.evaluate((d) => {
    const state = {
      state: { registerDraft: { name: '', uscc: '', contact: '', phone: '' }, postDraft: d },
      version: 1,
    }
    localStorage.setItem('employer-drafts', JSON.stringify({ data: JSON.stringify(state) }))
  }, draft)
  await page.reload()
  await signIn(page, '用人单位（已认证）')
  await go(page, '/packages/employer/post/index')
  await settled(page, 'post')
  await expect(page.getByRole('textbox', { name: '岗位名称' }).inputValue()).resolves.toBe(
    '酸笋腌制工',
  )
  await page.locator('.post .option-picker__value').filter({ hasText: '八桂米粉师傅' }).waitFor()
  await page.locator('.post .btn', { hasText: '发布岗位' }).click()

  await page.getByText('没有发布', { exact: true }).waitFor()
  await page.getByText(/押金/).first().waitFor()
  const reason = await page.locator('.post__rejected-text').innerText()
  expect(reason).toContain('押金')
  await expect(page.locator('.post textarea').last().inputValue()).resolves.toBe(draft.description)
  await shot(page, 'post', '11-rejected')

  await page
    .locator('.post textarea')
    .last()
    .fill('负责酸笋清洗腌制，按月足额发工资，依法签劳动合同，包午餐。')
  await page.locator('.post .btn', { hasText: '发布岗位' }).click()
  await page.locator('.openings__item').filter({ hasText: '酸笋腌制工' }).first().waitFor()
  await shot(page, 'openings', '12-posted')
  const openings = await api<RouteOutput<'employer/openings'>>('demo-employer', 'employer/openings')
  expect(openings.filter((o) => o.title === '酸笋腌制工')).toHaveLength(1)
})
