import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { RecruitmentEvent } from '../../types/events'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingDate, beijingMonth, formatRange, isoBeijing } from '../../src/domain/time'
import { shiftMonth } from '../../src/packages/events/components/month-calendar/grid'
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

/** Opens a filter's sheet and taps an option, as a person does. */
async function pick(page: Page, filter: string, option: string) {
  await page.locator('.option-picker__chip', { hasText: filter }).click()
  await page
    .locator('.option-picker__sheet .option-picker__option')
    .filter({ hasText: new RegExp(`^${option}$`) })
    .click()
  await page.locator('.option-picker__sheet').waitFor({ state: 'detached' })
}

/** The soonest upcoming offline 八桂家政 event, as the runtime stores it. */
function targetEvent(): RecruitmentEvent {
  const events = app.runtime.store.all(COLLECTIONS.events) as unknown as RecruitmentEvent[]
  const now = Date.now()
  const target = events
    .filter(
      (e) =>
        e.status === 'published' &&
        e.brand === 'jiazheng' &&
        e.mode === 'offline' &&
        Date.parse(e.startAt) > now,
    )
    .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt))[0]
  if (!target) throw new Error('the seed has no upcoming offline 八桂家政 event')
  return target
}

/** DTSTART:20261203T010000Z → the Beijing wall time it means, as stored (+08:00). */
function dtstartInBeijing(ics: string): string {
  const m = /^DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\r?$/m.exec(ics)
  if (!m) throw new Error(`no UTC DTSTART in:\n${ics}`)
  const [, y, mo, d, h, mi, s] = m.map(Number)
  return isoBeijing(Date.UTC(y, mo - 1, d, h, mi, s))
}

test('a worker finds an offline 八桂家政 event on the calendar, signs up, adds it to the calendar and finds it under 我的活动', async () => {
  const event = targetEvent()
  const page = await app.newPage()
  await signIn(page, '劳动者（已填资料）')

  await page.goto(`${app.url}/#/packages/events/list/index`)
  await page.locator('.month-calendar__title').waitFor()
  await pick(page, '品牌', '八桂家政')
  await pick(page, '线上/线下', '线下')

  // The calendar opens on this Beijing month; the event may be in a later one.
  let month = beijingMonth()
  while (month < beijingMonth(event.startAt)) {
    month = shiftMonth(month, 1)
    await page.getByText('下个月 ›').click()
    await page
      .locator('.month-calendar__title', { hasText: `${Number(month.slice(5))}月` })
      .waitFor()
  }
  const card = page.locator('.event-card', { hasText: event.title })
  await card.waitFor()
  // Every card left is 八桂家政 and 线下, and the event's day is marked on the calendar.
  for (const text of await page.locator('.event-card').allInnerTexts()) {
    expect(text).toContain('八桂家政')
    expect(text).toContain('线下')
  }
  const day = Number(isoBeijing(event.startAt).slice(8, 10))
  expect(await page.locator(`[data-day="${day}"]`).getAttribute('data-marked')).toBe('true')
  await page.screenshot({ path: 'test-results/events-calendar.png', fullPage: true })

  await card.click()
  await page.locator('.event-detail__title', { hasText: event.title }).waitFor()
  // Beijing time on a phone set to London.
  await page.getByText(formatRange(event.startAt, event.endAt)).waitFor()
  const before = event.signupCount
  await page.getByText(`已有 ${before} 人报名`).waitFor()

  await page.locator('.btn', { hasText: exact('报名参加') }).click()
  await page.locator('.btn', { hasText: exact('已报名 · 取消报名') }).waitFor()
  await page.getByText(`已有 ${before + 1} 人报名`).waitFor()
  await page.getByText(/报名成功。活动前一天和开始前一小时/).waitFor()
  await page.screenshot({ path: 'test-results/events-detail.png' })
  // No check-in before the event's day: that is for the venue.
  if (beijingDate(event.startAt) > beijingDate()) {
    expect(await page.getByText('签到（输入签到码）').count()).toBe(0)
  }
  await page.locator('.event-detail__employer').last().scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/events-detail-employers.png' })

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.btn', { hasText: exact('添加到日历') }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`招聘活动-${event.id}.ics`)
  const ics = readFileSync((await download.path()) as string, 'utf8')
  expect(ics).toContain('BEGIN:VEVENT')
  expect(ics).toContain(`UID:${event.id}@`)
  // The file's start is the same instant as the stored Beijing start (e.g. 09:00+08:00 = 01:00Z).
  expect(dtstartInBeijing(ics)).toBe(isoBeijing(event.startAt))

  await page.goBack()
  await page.locator('.month-calendar__title').waitFor()
  await page.locator('.event-list__link', { hasText: '我的活动' }).click()
  const mine = page.locator('.my-events .event-card', { hasText: event.title })
  await mine.waitFor()
  // The page slides in from the right; the picture is taken once it has arrived.
  await mine.evaluate(
    (card) =>
      new Promise<void>((resolve) => {
        const settled = () =>
          card.getBoundingClientRect().left < 40 ? resolve() : requestAnimationFrame(settled)
        settled()
      }),
  )
  expect(await mine.innerText()).toContain('已报名')
  await page.screenshot({ path: 'test-results/events-mine.png', fullPage: true })

  // The sign-up is real: the back end has it.
  const stored = app.runtime.store.get(COLLECTIONS.eventSignups, `${event.id}:demo-worker`)
  expect(stored).toMatchObject({ status: 'signed_up' })
})
