import type { ApiResult } from '../../types/api'
import { findMany } from '../../cloudfunctions/api/src/db'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingMonth, isoBeijing } from '../../src/domain/time'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import {
  EMPLOYER,
  HOUR,
  OTHER_EMPLOYER,
  STAFF,
  docsWhere,
  eventDraft,
  publishedEvent,
  seedEventsBase,
  workers,
} from './events-fixtures'
import { ok, readDoc, updateDoc } from './training-fixtures'

let t: TestRuntime

beforeEach(async () => {
  t = await testRuntime({ seed: false })
  seedEventsBase(t)
})
afterEach(() => t.close())

function refused<T>(result: ApiResult<T>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a refusal, got ok')
  expect(result.message).toMatch(/[\u4e00-\u9fa5]/)
  return { code: result.code, message: result.message }
}

const count = async (eventId: string) =>
  ok(await t.api(null, 'events/get', { id: eventId })).signupCount

describe('events/signup, events/cancel, events/mine', () => {
  it('needs a complete profile first', async () => {
    const id = await publishedEvent(t)
    const res = refused(await t.api('no-profile', 'events/signup', { eventId: id }))
    expect(res.code).toBe('PROFILE_INCOMPLETE')
    expect(refused(await t.api(null, 'events/signup', { eventId: id })).code).toBe(
      'UNAUTHENTICATED',
    )
  })

  it('is idempotent: repeated and simultaneous taps sign up once and count once', async () => {
    const id = await publishedEvent(t)
    const [a, b] = await workers(t, 2)
    expect(ok(await t.api(a, 'events/signup', { eventId: id }))).toEqual({
      signedUp: true,
      signupCount: 1,
    })
    expect(ok(await t.api(a, 'events/signup', { eventId: id }))).toEqual({
      signedUp: true,
      signupCount: 1,
    })
    await Promise.all(Array.from({ length: 5 }, () => t.api(b, 'events/signup', { eventId: id })))
    expect(await count(id)).toBe(2)
    expect(await docsWhere(t, COLLECTIONS.eventSignups, { eventId: id })).toHaveLength(2)

    const detail = ok(await t.api(a, 'events/get', { id }))
    expect(detail.signedUp).toBe(true)
    expect(ok(await t.api('someone-else', 'events/get', { id })).signedUp).toBe(false)
  })

  it('cancel decrements once, and signing up again counts again', async () => {
    const id = await publishedEvent(t)
    const [a, b] = await workers(t, 2)
    ok(await t.api(a, 'events/signup', { eventId: id }))
    ok(await t.api(b, 'events/signup', { eventId: id }))
    expect(ok(await t.api(a, 'events/cancel', { eventId: id }))).toEqual({
      signedUp: false,
      signupCount: 1,
    })
    expect(ok(await t.api(a, 'events/cancel', { eventId: id })).signupCount).toBe(1)
    expect(await count(id)).toBe(1)
    expect(ok(await t.api(a, 'events/mine'))).toEqual([])
    ok(await t.api(a, 'events/signup', { eventId: id }))
    expect(await count(id)).toBe(2)
  })

  it('lists 我的活动 upcoming first, soonest at the top', async () => {
    const later = await publishedEvent(t, 24 * 10, {
      title: '八桂建工专场招聘会',
      brand: 'jiangong',
    })
    const sooner = await publishedEvent(t, 24 * 3)
    const [a] = await workers(t, 1)
    ok(await t.api(a, 'events/signup', { eventId: later }))
    ok(await t.api(a, 'events/signup', { eventId: sooner }))
    const mine = ok(await t.api(a, 'events/mine'))
    expect(mine.map((m) => m.event.id)).toEqual([sooner, later])
    expect(mine[0].event.title).toBe('八桂家政专场招聘会')
    expect(mine[0].event.past).toBe(false)
  })

  it('refuses cancelled, finished and unpublished events with EVENT_CLOSED', async () => {
    const [a] = await workers(t, 1)
    const cancelled = await publishedEvent(t)
    ok(await t.api(STAFF, 'staff/event/cancel', { id: cancelled, reason: '场地维修' }))
    const res = refused(await t.api(a, 'events/signup', { eventId: cancelled }))
    expect(res.code).toBe('EVENT_CLOSED')
    expect(res.message).toContain('场地维修')

    const finished = await publishedEvent(t)
    await updateDoc(t, COLLECTIONS.events, finished, {
      startAt: isoBeijing(Date.now() - 5 * HOUR),
      endAt: isoBeijing(Date.now() - 2 * HOUR),
    })
    expect(refused(await t.api(a, 'events/signup', { eventId: finished })).code).toBe(
      'EVENT_CLOSED',
    )

    const draft = ok(await t.api(STAFF, 'staff/event/save', eventDraft()))
    expect(refused(await t.api(a, 'events/signup', { eventId: draft.id })).code).toBe(
      'EVENT_CLOSED',
    )
    expect(refused(await t.api(a, 'events/get', { id: draft.id })).code).toBe('NOT_FOUND')
    expect(refused(await t.api(a, 'events/signup', { eventId: 'no-such-event' })).code).toBe(
      'NOT_FOUND',
    )
  })
})

describe('events/list', () => {
  it('filters by Beijing month, brand, county and mode; marks days, cancelled and past events', async () => {
    // 23:30 Beijing on the last day of a month belongs to that month, not the next (UTC would say so).
    const base = new Date(Date.now() + 40 * 24 * HOUR)
    const month = beijingMonth(base)
    const [y, m] = month.split('-').map(Number)
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
    const lateStart = `${month}-${String(lastDay).padStart(2, '0')}T23:30:00+08:00`
    const late = await publishedEvent(t, 0, {
      startAt: lateStart,
      endAt: isoBeijing(Date.parse(lateStart) + HOUR),
      title: '龙城刺绣夜场直播招聘',
      brand: 'cixiu',
      mode: 'online',
      venue: undefined,
      link: 'https://live.example.cn/room/1',
    })
    const early = await publishedEvent(t, 0, {
      startAt: `${month}-03T09:00:00+08:00`,
      endAt: `${month}-03T12:00:00+08:00`,
    })
    const cancelled = await publishedEvent(t, 0, {
      startAt: `${month}-03T14:00:00+08:00`,
      endAt: `${month}-03T17:00:00+08:00`,
      venue: {
        name: '融水县人力资源市场',
        address: '融水镇寿星路8号',
        county: '融水苗族自治县',
        point: { latitude: 25.07, longitude: 109.25 },
      },
    })
    ok(await t.api(STAFF, 'staff/event/cancel', { id: cancelled, reason: '天气原因' }))
    ok(
      await t.api(
        STAFF,
        'staff/event/save',
        eventDraft(0, {
          startAt: `${month}-05T09:00:00+08:00`,
          endAt: `${month}-05T12:00:00+08:00`,
        }),
      ),
    )

    const all = ok(await t.api(null, 'events/list', { month }))
    expect(all.items.map((e) => e.id)).toEqual([early, cancelled, late])
    expect(all.total).toBe(3)
    expect(all.days).toEqual([3, lastDay])
    expect(all.items.find((e) => e.id === cancelled)).toMatchObject({
      status: 'cancelled',
      cancelReason: '天气原因',
    })
    expect(all.items.every((e) => e.past === false)).toBe(true)

    expect(
      ok(await t.api(null, 'events/list', { month, brand: 'cixiu' })).items.map((e) => e.id),
    ).toEqual([late])
    expect(
      ok(await t.api(null, 'events/list', { month, mode: 'online' })).items.map((e) => e.id),
    ).toEqual([late])
    const rongshui = ok(await t.api(null, 'events/list', { month, county: '融水苗族自治县' }))
    expect(rongshui.items.map((e) => e.id)).toEqual([cancelled])
    expect(rongshui.days).toEqual([3])

    const paged = ok(await t.api(null, 'events/list', { month, page: 2, pageSize: 2 }))
    expect(paged).toMatchObject({ total: 3, items: [{ id: late }] })

    expect(refused(await t.api(null, 'events/list', { month: '2026-13' })).code).toBe(
      'INVALID_INPUT',
    )
  })

  it('flags past events and shows their results; without a month lists only what is still to come', async () => {
    const past = await publishedEvent(t)
    const upcoming = await publishedEvent(t, 24 * 5)
    await updateDoc(t, COLLECTIONS.events, past, {
      startAt: isoBeijing(Date.now() - 30 * HOUR),
      endAt: isoBeijing(Date.now() - 27 * HOUR),
    })
    ok(await t.api(STAFF, 'staff/event/results', { id: past, attended: 120, offers: 35 }))
    const month = beijingMonth(Date.now() - 30 * HOUR)
    const item = ok(await t.api(null, 'events/list', { month })).items.find((e) => e.id === past)
    expect(item).toMatchObject({ past: true, results: { attended: 120, offers: 35 } })
    expect(ok(await t.api(null, 'events/list', {})).items.map((e) => e.id)).toEqual([upcoming])
  })
})

describe('booths', () => {
  it('an employer books a booth with its own open openings; once staff approve, the event shows them', async () => {
    const id = await publishedEvent(t)
    const booth = ok(
      await t.api(EMPLOYER, 'employer/booth', { eventId: id, openingIds: ['op-a1', 'op-a2'] }),
    )
    expect(booth).toMatchObject({
      id: `${id}:emp-a`,
      status: 'pending',
      employerName: '柳州金色摇篮家政服务有限公司',
    })
    expect(ok(await t.api(null, 'events/get', { id })).employers).toEqual([])

    expect(
      refused(await t.api(EMPLOYER, 'employer/booth', { eventId: id, openingIds: ['op-b1'] })).code,
    ).toBe('FORBIDDEN')
    const closed = refused(
      await t.api(EMPLOYER, 'employer/booth', { eventId: id, openingIds: ['op-a3'] }),
    )
    expect(closed).toMatchObject({ code: 'CONFLICT' })
    expect(closed.message).toContain('家务服务员')
    expect(
      refused(await t.api('plain-worker', 'employer/booth', { eventId: id, openingIds: ['op-a1'] }))
        .code,
    ).toBe('FORBIDDEN')

    const pending = ok(await t.api(STAFF, 'staff/booths/list', { eventId: id, status: 'pending' }))
    expect(pending.map((b) => b.id)).toEqual([booth.id])
    ok(await t.api(STAFF, 'staff/booth/approve', { boothId: booth.id, approve: true }))
    const other = ok(
      await t.api(OTHER_EMPLOYER, 'employer/booth', { eventId: id, openingIds: ['op-b1'] }),
    )
    ok(
      await t.api(STAFF, 'staff/booth/approve', {
        boothId: other.id,
        approve: false,
        reason: '展位已满',
      }),
    )

    const detail = ok(await t.api(null, 'events/get', { id }))
    expect(detail.employers).toEqual([
      {
        id: 'emp-a',
        name: '柳州金色摇篮家政服务有限公司',
        openings: [
          {
            id: 'op-a1',
            title: '母婴护理员（月嫂）',
            occupation: '母婴护理员',
            payMin: 5000,
            payMax: 8000,
          },
          { id: 'op-a2', title: '育婴员', occupation: '母婴护理员', payMin: 5000, payMax: 8000 },
        ],
      },
    ])
    expect(detail).toMatchObject({ employerCount: 1, openingCount: 2 })
    expect(ok(await t.api(OTHER_EMPLOYER, 'employer/booths'))).toMatchObject([
      { status: 'refused', reason: '展位已满' },
    ])

    // An opening closed after approval no longer shows on the event page.
    await updateDoc(t, COLLECTIONS.openings, 'op-a2', { status: 'closed' })
    const after = ok(await t.api(null, 'events/get', { id }))
    expect(after.employers[0].openings.map((o) => o.id)).toEqual(['op-a1'])
  })
})

describe('staff events', () => {
  it('creates drafts, edits and publishes; only staff may', async () => {
    expect(refused(await t.api('plain-worker', 'staff/event/save', eventDraft())).code).toBe(
      'FORBIDDEN',
    )
    const draft = ok(await t.api(STAFF, 'staff/event/save', eventDraft()))
    expect(draft).toMatchObject({ status: 'draft', signupCount: 0, county: '城中区' })
    expect(ok(await t.api(null, 'events/list', {})).total).toBe(0)

    const online = ok(
      await t.api(STAFF, 'staff/event/save', {
        ...eventDraft(),
        id: draft.id,
        mode: 'online',
        venue: undefined,
        link: 'https://live.example.cn/room/9',
        startAt: '2099-12-03 09:00',
        endAt: '2099-12-03 11:00',
      }),
    )
    expect(online).toMatchObject({
      mode: 'online',
      link: 'https://live.example.cn/room/9',
      startAt: '2099-12-03T09:00:00+08:00',
    })
    expect(online.venue).toBeUndefined()
    expect(online.county).toBeUndefined()

    const published = ok(await t.api(STAFF, 'staff/event/publish', { id: draft.id }))
    expect(published.status).toBe('published')
    expect(ok(await t.api(null, 'events/list', {})).items.map((e) => e.id)).toEqual([draft.id])
    expect(ok(await t.api(STAFF, 'staff/events/list', { status: 'published' })).total).toBe(1)
  })

  it('refuses incomplete or impossible events with a reason staff can act on', async () => {
    const noVenue = refused(
      await t.api(STAFF, 'staff/event/save', eventDraft(72, { venue: undefined })),
    )
    expect(noVenue).toEqual({
      code: 'INVALID_INPUT',
      message: '线下活动请填写场地、地址和地图位置',
    })
    const backwards = eventDraft()
    const res = refused(
      await t.api(STAFF, 'staff/event/save', { ...backwards, endAt: backwards.startAt }),
    )
    expect(res.message).toBe('结束时间要晚于开始时间')
    const over = refused(await t.api(STAFF, 'staff/event/save', eventDraft(-10)))
    expect(over.message).toContain('已经过去')
  })

  it('cancelling tells everyone signed up, once, and nobody who had cancelled', async () => {
    const id = await publishedEvent(t)
    const [a, b, c] = await workers(t, 3)
    for (const w of [a, b, c]) ok(await t.api(w, 'events/signup', { eventId: id }))
    ok(await t.api(c, 'events/cancel', { eventId: id }))

    const first = ok(await t.api(STAFF, 'staff/event/cancel', { id, reason: '场地临时检修' }))
    expect(first).toMatchObject({
      notified: 2,
      event: { status: 'cancelled', cancelReason: '场地临时检修' },
    })
    ok(await t.api(STAFF, 'staff/event/cancel', { id, reason: '场地临时检修' }))

    for (const w of [a, b]) {
      const inbox = await docsWhere<{ _id: string; title: string; body: string; link: string }>(
        t,
        COLLECTIONS.inbox,
        { openid: w },
      )
      expect(inbox).toHaveLength(1)
      expect(inbox[0]).toMatchObject({
        _id: `${id}:${w}:cancel`,
        title: '招聘活动已取消',
      })
      expect(inbox[0].body).toContain('场地临时检修')
      expect(inbox[0].body).toContain('八桂家政专场招聘会')
      expect(inbox[0].link).toContain(id)
    }
    expect(await docsWhere(t, COLLECTIONS.inbox, { openid: c })).toHaveLength(0)
    expect(ok(await t.api(a, 'events/get', { id }))).toMatchObject({ status: 'cancelled' })
  })

  it('records results only for published events', async () => {
    const draft = ok(await t.api(STAFF, 'staff/event/save', eventDraft()))
    expect(
      refused(await t.api(STAFF, 'staff/event/results', { id: draft.id, offers: 3 })).code,
    ).toBe('EVENT_CLOSED')
    const id = await publishedEvent(t)
    // Results are what happened: a week before the event they are refused, and nothing is shown.
    const early = refused(await t.api(STAFF, 'staff/event/results', { id, offers: 12 }))
    expect(early.code).toBe('CONFLICT')
    expect(early.message).toMatch(/结束以后才能记录结果/)
    expect(ok(await t.api(null, 'events/get', { id })).results).toBeUndefined()
    await updateDoc(t, COLLECTIONS.events, id, {
      startAt: isoBeijing(Date.now() - 5 * HOUR),
      endAt: isoBeijing(Date.now() - 2 * HOUR),
    })
    ok(await t.api(STAFF, 'staff/event/results', { id, offers: 12 }))
    const saved = ok(await t.api(STAFF, 'staff/event/results', { id, attended: 80 }))
    expect(saved.results).toEqual({ attended: 80, offers: 12 })
    expect(refused(await t.api(STAFF, 'staff/event/results', { id })).code).toBe('INVALID_INPUT')
  })

  it('progress counts this year’s events held with an employer, per brand, against the plan’s 15', async () => {
    // Held this year with an employer at a booth: these count.
    const held = async (overrides: Parameters<typeof publishedEvent>[2] = {}) => {
      const id = await publishedEvent(t, 72, overrides)
      await updateDoc(t, COLLECTIONS.events, id, {
        startAt: isoBeijing(Date.now() - 5 * HOUR),
        endAt: isoBeijing(Date.now() - 2 * HOUR),
        employerIds: ['seed-employer-01'],
      })
      return id
    }
    await held()
    await held()
    await held({ brand: 'mifen', title: '柳州螺蛳粉师傅专场招聘会' })
    // Not yet held, or held with no employer: these do not.
    await publishedEvent(t, 96)
    const empty = await publishedEvent(t, 72, { brand: 'jiangong' })
    await updateDoc(t, COLLECTIONS.events, empty, {
      startAt: isoBeijing(Date.now() - 5 * HOUR),
      endAt: isoBeijing(Date.now() - 2 * HOUR),
    })
    ok(await t.api(STAFF, 'staff/event/save', eventDraft(72, { brand: 'cixiu' })))
    const cancelled = await publishedEvent(t, 72, { brand: 'cixiu' })
    ok(await t.api(STAFF, 'staff/event/cancel', { id: cancelled, reason: '合并到下一场' }))
    const lastYear = await publishedEvent(t, 72, { brand: 'jiangong' })
    const year = Number(beijingMonth().slice(0, 4))
    await updateDoc(t, COLLECTIONS.events, lastYear, {
      startAt: `${year - 1}-06-01T09:00:00+08:00`,
      endAt: `${year - 1}-06-01T12:00:00+08:00`,
    })

    const progress = ok(await t.api(STAFF, 'staff/events/progress'))
    expect(progress).toMatchObject({ year, target: 15, total: 3 })
    expect(progress.source).toContain('不少于15场')
    expect(Object.fromEntries(progress.perBrand.map((b) => [b.name, b.count]))).toEqual({
      八桂米粉师傅: 1,
      八桂家政: 2,
      八桂建工: 0,
      龙城刺绣: 0,
    })
    expect(refused(await t.api('plain-worker', 'staff/events/progress')).code).toBe('FORBIDDEN')
  })
})

describe('with the demo seed', () => {
  it('staff progress counts the seeded events per brand against 15', async () => {
    const seeded = await testRuntime()
    try {
      const year = Number(beijingMonth().slice(0, 4))
      type Seeded = {
        brand: string
        status: string
        startAt: string
        endAt: string
        employerIds: string[]
      }
      const events = await seeded.runtime.run(() =>
        findMany<Seeded>(
          seeded.runtime.cloud.database().collection(COLLECTIONS.events).limit(1000),
        ),
      )
      expect(events.length).toBeGreaterThanOrEqual(16)
      const expected: Record<string, number> = { mifen: 0, jiazheng: 0, jiangong: 0, cixiu: 0 }
      for (const e of events) {
        if (
          e.status === 'published' &&
          new Date(e.endAt).getTime() <= Date.now() &&
          e.employerIds.length > 0 &&
          new Date(e.startAt).getTime() >= Date.parse(`${year}-01-01T00:00:00+08:00`) &&
          new Date(e.startAt).getTime() < Date.parse(`${year + 1}-01-01T00:00:00+08:00`)
        ) {
          expected[e.brand] += 1
        }
      }
      const progress = ok(await seeded.api('demo-staff', 'staff/events/progress'))
      expect(progress.target).toBe(15)
      expect(Object.fromEntries(progress.perBrand.map((b) => [b.brand, b.count]))).toEqual(expected)
      expect(progress.total).toBeGreaterThan(0)
      expect(progress.perBrand.every((b) => b.count > 0)).toBe(true)
    } finally {
      seeded.close()
    }
  })
})

describe('stored documents', () => {
  it('one sign-up document per worker and event, keyed by both', async () => {
    const id = await publishedEvent(t)
    const [a] = await workers(t, 1)
    ok(await t.api(a, 'events/signup', { eventId: id }))
    expect(await readDoc(t, COLLECTIONS.eventSignups, `${id}:${a}`)).toMatchObject({
      eventId: id,
      openid: a,
      status: 'signed_up',
    })
  })
})
