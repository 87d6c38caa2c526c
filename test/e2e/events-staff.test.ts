import type { Booth, RecruitmentEvent } from '../../types/events'
import { DEMO_TRAINEE_EVENT } from '../../database/seed'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingYear, isoBeijing } from '../../src/domain/time'
import { qrRuns } from '../../src/components/qr-code/runs'
import { signIn, startApp, type E2eApp } from './harness'

/** Taro's H5 button (a custom element, not a <button>) whose whole text is `text`. */
function exact(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
}

let app: E2eApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

/** What the plan's 15 counts: this year's published events that are over and had an employer. */
function heldThisYear(): RecruitmentEvent[] {
  const year = beijingYear()
  const now = isoBeijing()
  return events().filter(
    (e) =>
      e.status === 'published' &&
      beijingYear(e.startAt) === year &&
      e.endAt <= now &&
      e.employerIds.length > 0,
  )
}

function events(): RecruitmentEvent[] {
  return app.runtime.store.all(COLLECTIONS.events) as unknown as RecruitmentEvent[]
}

test('staff see this year’s brand events against 15 and approve a booth', async () => {
  const page = await app.newPage()
  await signIn(page, '人社局工作人员')
  await page.goto(`${app.url}/#/packages/staff/events/index`)

  const year = beijingYear()
  const published = heldThisYear()
  expect(published.length).toBeGreaterThan(0)
  await page.getByText(`${year}年已举办品牌招聘活动 ${published.length} / 15 场`).waitFor()
  for (const [brand, name] of [
    ['mifen', '八桂米粉师傅'],
    ['jiazheng', '八桂家政'],
    ['jiangong', '八桂建工'],
    ['cixiu', '龙城刺绣'],
  ]) {
    const count = published.filter((e) => e.brand === brand).length
    const row = page.locator('.staff-events__brand', { hasText: name })
    expect(await row.innerText()).toContain(`${count} 场`)
  }

  const pending = (app.runtime.store.all(COLLECTIONS.booths) as unknown as Booth[]).find(
    (b) => b.status === 'pending',
  )
  expect(pending).toBeDefined()
  const booth = page.locator('.staff-events__booth', { hasText: pending?.employerName ?? '' })
  await booth.waitFor()
  await page.screenshot({ path: 'test-results/staff-events.png', fullPage: true })
  await booth.locator('.btn', { hasText: exact('通过') }).click()
  await booth.waitFor({ state: 'detached' })
  const decided = app.runtime.store.get(COLLECTIONS.booths, pending?.id ?? '') as unknown as Booth
  expect(decided.status).toBe('approved')
  const event = app.runtime.store.get(
    COLLECTIONS.events,
    pending?.eventId ?? '',
  ) as unknown as RecruitmentEvent
  expect(event.employerIds).toContain(pending?.employerId)
})

test('staff show a real QR code of the rotating check-in code; a signed-up worker checks in with it', async () => {
  // Check-in is at the venue on the day: the event demo-trainee signed up for starts now.
  const event = events().find((e) => e.id === DEMO_TRAINEE_EVENT) as RecruitmentEvent
  const startAt = isoBeijing(Date.now() - 10 * 60_000)
  const endAt = isoBeijing(Date.now() + 3 * 3_600_000)
  await app.runtime.run(() =>
    app.runtime.cloud
      .database()
      .collection(COLLECTIONS.events)
      .doc(event.id)
      .update({ data: { startAt, endAt } }),
  )
  const staff = await app.newPage()
  await signIn(staff, '人社局工作人员')
  await staff.goto(`${app.url}/#/packages/staff/checkin-code/index?id=${event.id}`)
  // The sign-in page's own QR may still be in the page stack: read the check-in page's.
  await staff.locator('.checkin-code .qr-code__run').first().waitFor()
  await staff.getByText(event.title).waitFor()
  await staff.getByText(/\d+ 秒后换新码/).waitFor()

  const code = (await staff.locator('.checkin-code__manual-code').innerText()).trim()
  expect(code).toMatch(new RegExp(`^LZC1\\.${event.id}\\.\\d+\\.[A-Za-z0-9_-]{43}$`))
  // The drawing is the QR code of exactly that text: same module count and the same dark runs.
  const { size, runs } = qrRuns(code)
  expect(await staff.locator('.checkin-code .qr-code').getAttribute('data-modules')).toBe(
    String(size),
  )
  expect(await staff.locator('.checkin-code .qr-code__run').count()).toBe(runs.length)
  const box = await staff.locator('.checkin-code .qr-code').boundingBox()
  expect(box && Math.abs(box.width - box.height)).toBeLessThan(1)
  await staff.screenshot({ path: 'test-results/staff-checkin-code.png', fullPage: true })

  // demo-trainee signed up for this event; in the browser the code is typed instead of scanned.
  const worker = await app.newPage()
  await signIn(worker, '学员')
  await worker.goto(`${app.url}/#/packages/events/detail/index?id=${event.id}`)
  await worker.locator('.btn', { hasText: exact('签到（输入签到码）') }).click()
  await worker.locator('.form-field', { hasText: '签到码' }).locator('input').fill(code)
  await worker.locator('.btn', { hasText: exact('签到') }).click()
  await worker.locator('.event-detail__state', { hasText: '已签到' }).waitFor()
  await worker.screenshot({ path: 'test-results/events-checked-in.png', fullPage: true })
  const signup = app.runtime.store.get(COLLECTIONS.eventSignups, `${event.id}:demo-trainee`)
  expect(signup).toMatchObject({ status: 'signed_up', checkedInAt: expect.any(String) })

  // A changed code is refused with a reason the worker can act on.
  const other = await app.newPage()
  await signIn(other, '劳动者（已填资料）')
  await other.goto(`${app.url}/#/packages/events/detail/index?id=${event.id}`)
  await other.locator('.btn', { hasText: exact('报名参加') }).click()
  await other.locator('.btn', { hasText: exact('签到（输入签到码）') }).click()
  await other
    .locator('.form-field', { hasText: '签到码' })
    .locator('input')
    .fill(code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'))
  await other.locator('.btn', { hasText: exact('签到') }).click()
  await other.getByText(/签到码无效/).waitFor()

  await staff.reload()
  await staff.getByText(/已签到 1 人/).waitFor()
})

test('staff create an event with the form and publish it; it is counted and workers can find it', async () => {
  const page = await app.newPage()
  await signIn(page, '人社局工作人员')
  await page.goto(`${app.url}/#/packages/staff/events/index`)
  await page.locator('.btn', { hasText: exact('新建活动') }).click()

  await page.locator('.event-edit .form-field__input input').first().waitFor()
  const field = (label: string) =>
    page.locator('.event-edit .form-field', { hasText: label }).locator('input')
  await field('活动名称').fill('八桂家政月嫂专场招聘会')
  await field('场地名称').fill('城中区人力资源市场')
  await field('详细地址').fill('城中区文昌路 1 号')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.screenshot({ path: 'test-results/staff-event-edit.png' })
  await page.locator('.btn', { hasText: exact('保存并发布') }).click()

  await page.locator('.event-card', { hasText: '八桂家政月嫂专场招聘会' }).waitFor()
  const created = events().find((e) => e.title === '八桂家政月嫂专场招聘会')
  expect(created).toMatchObject({
    status: 'published',
    brand: 'jiazheng',
    mode: 'offline',
    county: '城中区',
    venue: { name: '城中区人力资源市场', address: '城中区文昌路 1 号' },
  })
  // The form's default: a week from today, 9 to 12 in the morning, Beijing time.
  expect(created?.startAt).toMatch(/T09:00:00\+08:00$/)
  expect(created?.endAt).toMatch(/T12:00:00\+08:00$/)
  // Published a week ahead, it does not count toward the 15 until it has been held.
  const year = beijingYear()
  expect(heldThisYear().map((e) => e.id)).not.toContain(created?.id)
  await page.getByText(`${year}年已举办品牌招聘活动 ${heldThisYear().length} / 15 场`).waitFor()
})
