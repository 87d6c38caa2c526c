/**
 * The compiled production events calendar and event page (sub-package packages/events) under
 * miniprogram-simulate, with `wx.cloud.callFunction` answered by the real `api` function over the
 * seeded local runtime: the month's events are listed with their days marked; 报名参加 signs up.
 */
import { setImmediate as nodeSetImmediate } from 'node:timers'
import type { RecruitmentEvent } from '../../types/events'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingMonth, formatRange } from '../../src/domain/time'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { bootWeapp, renderPage, type SimulatedPage } from './weapp'

jest.setTimeout(60000)

// The local runtime runs in this jsdom test process; its transport waits a turn with setImmediate.
if (typeof globalThis.setImmediate !== 'function') {
  Object.assign(globalThis, { setImmediate: nodeSetImmediate })
}

let rt: TestRuntime
let seeded: RecruitmentEvent[]
let upcoming: RecruitmentEvent
const calls: Array<{ route: string; input: Record<string, unknown> }> = []

beforeAll(async () => {
  rt = await testRuntime()
  seeded = rt.runtime.store.all(COLLECTIONS.events) as unknown as RecruitmentEvent[]
  upcoming = seeded
    .filter((e) => e.status === 'published' && Date.parse(e.startAt) > Date.now())
    .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt))[0]
  bootWeapp(async ({ name, data }) => {
    calls.push(data as (typeof calls)[number])
    return { result: await rt.runtime.call(name, data, 'demo-worker') }
  })
  // Opening a page from a link passes its query to onLoad; the event page needs `?id=`.
  const g = global as unknown as { Page: (config: Record<string, unknown>) => void }
  const stubPage = g.Page
  g.Page = (config) => {
    const onLoad = config.onLoad as ((this: unknown, query: object) => void) | undefined
    stubPage({
      ...config,
      onLoad(this: unknown) {
        return onLoad?.call(this, { id: upcoming.id })
      },
    })
  }
})

afterAll(() => rt?.close())

describe('events calendar (compiled)', () => {
  let list: SimulatedPage

  beforeAll(() => {
    list = renderPage('packages/events/list/index')
  })

  it('lists this month’s events and marks their days', async () => {
    const month = beijingMonth()
    const inMonth = seeded.filter((e) => beijingMonth(e.startAt) === month)
    const m = Number(month.slice(5))
    const text = await list.waitForText((t) => t.includes(`${m}月共 ${inMonth.length} 场活动`))

    for (const e of inMonth) expect(text).toContain(e.title)
    // Each marked day carries a dot, and the legend under the calendar one more.
    const days = new Set(inMonth.map((e) => Number(e.startAt.slice(8, 10))))
    expect((text.match(/●/g) ?? []).length).toBe(days.size + 1)
    expect(calls.find((c) => c.route === 'events/list')?.input).toMatchObject({ month })
  })

  it('shows the next month when 下个月 is tapped', async () => {
    list.tap('下个月 ›')

    const [y, m] = beijingMonth().split('-').map(Number)
    const next = m === 12 ? `${y + 1}年1月` : `${y}年${m + 1}月`
    await list.waitForText((t) => t.includes(next) && t.includes('场活动'))
    expect(calls.filter((c) => c.route === 'events/list')).toHaveLength(2)
  })
})

describe('event page (compiled)', () => {
  let detail: SimulatedPage

  beforeAll(() => {
    detail = renderPage('packages/events/detail/index')
  })

  it('shows the event in Beijing time with who is hiring, and signs the worker up', async () => {
    const text = await detail.waitForText((t) => t.includes('报名参加'))

    expect(text).toContain(upcoming.title)
    expect(text).toContain(formatRange(upcoming.startAt, upcoming.endAt))
    expect(text).toContain('参加的用人单位')

    detail.tap('报名参加')

    await detail.waitForText((t) => t.includes('已报名 · 取消报名'))
    expect(calls.filter((c) => c.route === 'events/signup')).toEqual([
      { route: 'events/signup', input: { eventId: upcoming.id } },
    ])
    expect(
      rt.runtime.store.get(COLLECTIONS.eventSignups, `${upcoming.id}:demo-worker`),
    ).toMatchObject({ status: 'signed_up' })
  })
})
