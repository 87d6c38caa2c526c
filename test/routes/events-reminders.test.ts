import { countOf } from '../../cloudfunctions/api/src/db'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { realClock, setClock } from '../helpers/clock'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { HOUR, STAFF, docsWhere, publishedEvent, seedEventsBase, workers } from './events-fixtures'
import { ok, readDoc } from './training-fixtures'

let t: TestRuntime

beforeEach(async () => {
  t = await testRuntime({ seed: false })
  seedEventsBase(t)
})
afterEach(() => {
  realClock()
  t.close()
})

const MINUTE = 60_000

/** The timer firing at `time`, as the platform calls the scheduler; the reminders' outcome. */
async function schedulerAt(time: number) {
  setClock(time)
  const ran = (await t.runtime.call('scheduler', { Type: 'Timer' }, null)) as Record<
    string,
    unknown
  >
  return ran['event-reminders']
}

async function startOf(eventId: string): Promise<number> {
  const event = await readDoc<{ startAt: string }>(t, COLLECTIONS.events, eventId)
  return Date.parse(event!.startAt)
}

type InboxDoc = { _id: string; kind: string; title: string; body: string; link?: string }
type OutboxDoc = { touser: string; templateId: string; data: { thing1: { value: string } } }

describe('event reminders (scheduler)', () => {
  it('sends each signed-up worker one day-before and one hour-before reminder, in inbox and outbox; none after cancelling', async () => {
    const id = await publishedEvent(t, 72)
    const [a, b, quitter] = await workers(t, 3)
    const { event: template } = ok(await t.api(a, 'push/templates'))
    for (const w of [a, b, quitter]) {
      ok(await t.api(w, 'events/signup', { eventId: id }))
      // Two taps on 订阅: two one-time credits for the event template.
      ok(await t.api(w, 'push/credits', { templates: [template] }))
      ok(await t.api(w, 'push/credits', { templates: [template] }))
    }
    ok(await t.api(quitter, 'events/cancel', { eventId: id }))
    const start = await startOf(id)

    await schedulerAt(start - 25 * HOUR)
    expect(await docsWhere(t, COLLECTIONS.inbox, { kind: 'event' })).toHaveLength(0)
    for (const before of [23 * HOUR, 20 * HOUR, 50 * MINUTE, 30 * MINUTE])
      await schedulerAt(start - before)

    for (const w of [a, b]) {
      const inbox = await docsWhere<InboxDoc>(t, COLLECTIONS.inbox, { openid: w })
      expect(inbox.map((m) => m._id).sort()).toEqual([`${id}:${w}:day`, `${id}:${w}:hour`])
      const day = inbox.find((m) => m._id.endsWith(':day'))!
      expect(day).toMatchObject({ kind: 'event', title: '招聘活动提醒' })
      expect(day.body).toContain('八桂家政专场招聘会')
      expect(day.body).toContain('柳州市人力资源市场')
      expect(day.link).toContain(id)
      expect(inbox.find((m) => m._id.endsWith(':hour'))!.title).toBe('招聘活动1小时内开始')

      const outbox = await docsWhere<OutboxDoc>(t, COLLECTIONS.outbox, { touser: w })
      expect(outbox.map((m) => m.templateId)).toEqual([template, template])
      expect(outbox.map((m) => m.data.thing1.value).sort()).toEqual([
        '招聘活动1小时内开始',
        '招聘活动提醒',
      ])
    }
    expect(await docsWhere(t, COLLECTIONS.inbox, { openid: quitter })).toHaveLength(0)
    expect(await docsWhere(t, COLLECTIONS.outbox, { touser: quitter })).toHaveLength(0)
  })

  it('a worker without credits still gets both reminders in the inbox; a cancelled event sends none', async () => {
    const id = await publishedEvent(t, 72)
    const called = await publishedEvent(t, 72, { title: '八桂建工专场招聘会', brand: 'jiangong' })
    const [a] = await workers(t, 1)
    ok(await t.api(a, 'events/signup', { eventId: id }))
    ok(await t.api(a, 'events/signup', { eventId: called }))
    ok(await t.api(STAFF, 'staff/event/cancel', { id: called, reason: '场地调整' }))
    const start = await startOf(id)
    for (const before of [23 * HOUR, 30 * MINUTE]) await schedulerAt(start - before)

    const inbox = await docsWhere<InboxDoc>(t, COLLECTIONS.inbox, { openid: a, kind: 'event' })
    expect(inbox.map((m) => m._id).sort()).toEqual(
      [`${called}:${a}:cancel`, `${id}:${a}:day`, `${id}:${a}:hour`].sort(),
    )
    expect(await docsWhere(t, COLLECTIONS.outbox, { touser: a })).toHaveLength(0)
  })

  it('pages through more sign-ups than one query returns, and a re-run sends nothing twice', async () => {
    const id = await publishedEvent(t, 72)
    const many = 1205
    // Sign-ups written as the route writes them: a thousand profiles through the route would only slow this down.
    t.runtime.store.insertMany(
      COLLECTIONS.eventSignups,
      Array.from({ length: many }, (_, i) => {
        const openid = `bulk-${String(i).padStart(4, '0')}`
        return {
          _id: `${id}:${openid}`,
          id: `${id}:${openid}`,
          eventId: id,
          openid,
          status: i % 100 === 7 ? 'cancelled' : 'signed_up',
          signedUpAt: isoBeijing(),
        }
      }),
    )
    const signedUp = Array.from({ length: many }, (_, i) => i).filter((i) => i % 100 !== 7).length
    const start = await startOf(id)
    expect(await schedulerAt(start - 23 * HOUR)).toEqual({
      events: 1,
      sent: signedUp,
      finished: true,
    })
    expect(await schedulerAt(start - 22 * HOUR)).toEqual({ events: 1, sent: 0, finished: true })
    const inbox = await t.runtime.run(() =>
      countOf(t.runtime.cloud.database().collection(COLLECTIONS.inbox).where({ kind: 'event' })),
    )
    expect(inbox).toBe(signedUp)
    expect(await readDoc(t, COLLECTIONS.inbox, `${id}:bulk-1204:day`)).not.toBeNull()
    expect(await readDoc(t, COLLECTIONS.inbox, `${id}:bulk-0007:day`)).toBeNull()
  })
})
