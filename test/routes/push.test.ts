/**
 * Push (R5): the inbox always, a subscribe message only against a credit the worker granted, and
 * never the same opening twice to one worker — through the local runtime and the real SDK.
 */
import type { ApiResult } from '../../types/api'
import type { InboxMessage, MatchRunResult } from '../../types/jobs'
import { COLLECTIONS } from '../../src/domain/collections'
import { TEMPLATES, creditId, deliver } from '../../cloudfunctions/api/src/push'
import type { LedgerDoc } from '../../cloudfunctions/api/src/match/store'
import { traineeId } from '../../database/seed'
import { testRuntime, type TestRuntime } from '../helpers/runtime'

const STAFF = 'demo-staff'
const TPL = TEMPLATES.recommendation

function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.data
}

type Doc = Record<string, unknown> & { _id: string }
let t: TestRuntime
const all = <T = Doc>(collection: string) => t.runtime.store.all(collection) as unknown as T[]
const outboxFor = (openid: string) =>
  all<Doc & { touser: string }>(COLLECTIONS.outbox).filter((m) => m.touser === openid)
const inboxFor = (openid: string) =>
  all<Doc & { openid: string; kind: string }>(COLLECTIONS.inbox).filter((m) => m.openid === openid)
/** What the worker's inbox shows of recommendations (read from the ledger, through the route). */
let inboxPages: Map<string, InboxMessage[]>
const recommendationsIn = (openid: string) =>
  (inboxPages.get(openid) ?? []).filter((m) => m.kind === 'recommendation')
async function readInbox(openid: string) {
  const page = ok<{ items: InboxMessage[] }>(await t.api(openid, 'inbox/list', { pageSize: 50 }))
  inboxPages.set(openid, page.items)
  return page.items
}
const creditOf = (openid: string) =>
  all<Doc & { count: number }>(COLLECTIONS.pushCredits).find((c) => c._id === creditId(openid, TPL))
    ?.count ?? 0

function ctx() {
  const db = t.runtime.cloud.database()
  return { db, _: db.command, cloud: t.runtime.cloud, now: () => new Date() }
}

beforeAll(async () => {
  t = await testRuntime()
})
afterAll(() => t.close())

describe('credits', () => {
  it('tells the app which templates to ask for, and records one credit per accepted template', async () => {
    const templates = ok(await t.api(null, 'push/templates', {}))
    expect(templates.recommendation).toBe(TPL)
    const first = ok(
      await t.api('credit-worker', 'push/credits', {
        templates: [TPL, templates.interview, 'not-ours'],
      }),
    )
    expect(first.credits).toMatchObject({ [TPL]: 1, [templates.interview]: 1 })
    expect(first.credits).not.toHaveProperty('not-ours')
    const second = ok(await t.api('credit-worker', 'push/credits', { templates: [TPL] }))
    expect(second.credits[TPL]).toBe(2)
    expect(await t.api(null, 'push/credits', { templates: [TPL] })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
  })

  it('delivers a dedupe key once: one inbox message, one subscribe message, one credit spent', async () => {
    ok(await t.api('once-worker', 'push/credits', { templates: [TPL] }))
    ok(await t.api('once-worker', 'push/credits', { templates: [TPL] }))
    const message = {
      openid: 'once-worker',
      kind: 'recommendation' as const,
      title: '为你推荐：螺蛳粉师傅',
      body: '你学过传统螺蛳粉烹制 · 离家近',
      dedupeKey: 'once-worker:test:1',
      template: 'recommendation' as const,
    }
    const results = await t.runtime.run(() =>
      Promise.all([deliver(ctx(), message), deliver(ctx(), message)]),
    )
    expect(results.filter((r) => r.delivered)).toHaveLength(1)
    expect(results.filter((r) => r.subscribed)).toHaveLength(1)
    const again = await t.runtime.run(() => deliver(ctx(), message))
    expect(again).toEqual({ delivered: false, subscribed: false })
    expect(inboxFor('once-worker')).toHaveLength(1)
    expect(outboxFor('once-worker')).toHaveLength(1)
    expect(creditOf('once-worker')).toBe(1)
  })

  it('without a credit, the message still reaches the inbox and nothing is sent', async () => {
    const result = await t.runtime.run(() =>
      deliver(ctx(), {
        openid: 'no-credit',
        kind: 'recommendation',
        title: '为你推荐：家政服务员',
        body: '你关注八桂家政',
        dedupeKey: 'no-credit:test:1',
        template: 'recommendation',
      }),
    )
    expect(result).toEqual({ delivered: true, subscribed: false })
    expect(outboxFor('no-credit')).toHaveLength(0)
  })
})

describe('the pass pushes against credits, each opening once', () => {
  const rich = traineeId(1)
  const poor = traineeId(2)
  const single = 'demo-trainee'
  let spentBefore: number
  let run: MatchRunResult

  beforeAll(async () => {
    for (let i = 0; i < 5; i++) ok(await t.api(rich, 'push/credits', { templates: [TPL] }))
    ok(await t.api(single, 'push/credits', { templates: [TPL] }))
    spentBefore = all<Doc & { count: number }>(COLLECTIONS.pushCredits).reduce(
      (n, c) => n + c.count,
      0,
    )
    run = ok(await t.api(STAFF, 'staff/match/run', {}))
    inboxPages = new Map()
    for (const openid of [rich, poor, single]) await readInbox(openid)
  })

  it('sends one subscribe message per credit spent, at most one per worker per pass, inbox for all', () => {
    expect(outboxFor(single)).toHaveLength(1)
    expect(creditOf(single)).toBe(0)
    expect(outboxFor(rich)).toHaveLength(1)
    expect(creditOf(rich)).toBe(4)
    expect(outboxFor(poor)).toHaveLength(0)
    expect(recommendationsIn(poor).length).toBeGreaterThanOrEqual(3)

    const recommendationOutbox = all<Doc & { templateId: string }>(COLLECTIONS.outbox).filter(
      (m) => m.templateId === TPL,
    )
    const spentNow =
      spentBefore -
      all<Doc & { count: number }>(COLLECTIONS.pushCredits).reduce((n, c) => n + c.count, 0)
    // once-worker's direct delivery above spent one too, before spentBefore was taken.
    expect(recommendationOutbox.length - 1).toBe(spentNow)
    expect(run.subscribed).toBe(spentNow)
    expect(run.pushed).toBe(run.recommendations)
  })

  it('marks each ledger entry with when and how it was pushed', () => {
    const mine = all<LedgerDoc>(COLLECTIONS.recommendations).filter((r) => r.openid === single)
    expect(mine.length).toBeGreaterThanOrEqual(3)
    for (const r of mine) expect(r.pushedAt).toEqual(expect.any(String))
    expect(mine.filter((r) => r.channel === 'subscribe')).toHaveLength(1)
  })

  it('never pushes the same opening twice, even when a pass is redone', async () => {
    const outboxBefore = all(COLLECTIONS.outbox).length
    const inboxBefore = await readInbox(single)
    ok(await t.api(single, 'push/credits', { templates: [TPL] }))
    const again = ok<MatchRunResult>(await t.api(STAFF, 'staff/match/run', {}))
    expect(again.pushed).toBe(0)
    expect(all(COLLECTIONS.outbox).length).toBe(outboxBefore)
    expect(creditOf(single)).toBe(1)
    expect(await readInbox(single)).toEqual(inboxBefore)
    const perOpening = recommendationsIn(single).map((m) => m.id)
    expect(new Set(perOpening).size).toBe(perOpening.length)
  })

  it('marks entries of an older pass that never recorded their push, without sending again', async () => {
    const outboxBefore = all(COLLECTIONS.outbox).length
    // As an older pass left them when it died after pushing but before recording it.
    t.runtime.store.apply(
      all<LedgerDoc>(COLLECTIONS.recommendations)
        .filter((r) => r.openid === single)
        .map(({ pushedAt: _p, ...doc }) => ({
          collection: COLLECTIONS.recommendations,
          id: doc._id,
          doc: doc as Doc,
        })),
    )
    ok(await t.api(STAFF, 'staff/match/run', {}))
    expect(all(COLLECTIONS.outbox).length).toBe(outboxBefore)
    const mine = all<LedgerDoc>(COLLECTIONS.recommendations).filter((r) => r.openid === single)
    expect(mine.filter((r) => r.outcome === 'pending').every((r) => r.pushedAt)).toBe(true)
    expect(mine.filter((r) => r.channel === 'subscribe')).toHaveLength(1)
  })
})

describe('inbox', () => {
  it('lists newest first with the unread count, and marks only the caller’s own messages read', async () => {
    const run = (key: string, openid: string, title: string) =>
      t.runtime.run(() =>
        deliver(ctx(), { openid, kind: 'system', title, body: '测试消息', dedupeKey: key }),
      )
    await run('reader:1', 'reader', '第一条')
    await new Promise((r) => setTimeout(r, 1100))
    await run('reader:2', 'reader', '第二条')
    await run('other:1', 'other-reader', '别人的')

    const page = ok<{ items: InboxMessage[]; unread: number; total: number }>(
      await t.api('reader', 'inbox/list', {}),
    )
    expect(page.items.map((m) => m.title)).toEqual(['第二条', '第一条'])
    expect(page).toMatchObject({ unread: 2, total: 2 })

    const theirs = ok<{ items: InboxMessage[] }>(await t.api('other-reader', 'inbox/list', {}))
    const first = page.items[1].id
    const read = ok(await t.api('reader', 'inbox/read', { ids: [first, theirs.items[0].id] }))
    expect(read.unread).toBe(1)
    expect(ok<{ unread: number }>(await t.api('other-reader', 'inbox/list', {})).unread).toBe(1)
  })

  it('pages through messages of one instant from both sources: each exactly once', async () => {
    // A pass pushes a trainee's recommendations at one instant; other messages can share it.
    const at = '2026-11-30T10:00:00+08:00'
    const openid = 'pager'
    t.runtime.store.insertMany(
      COLLECTIONS.recommendations,
      Array.from({ length: 25 }, (_, i) => ({
        _id: `${openid}:open-${String(i).padStart(2, '0')}`,
        openid,
        openingId: `open-${i}`,
        score: 50,
        reason: '离家近',
        channel: 'inbox',
        createdAt: at,
        pushedAt: at,
        outcome: 'pending',
      })),
    )
    t.runtime.store.insertMany(
      COLLECTIONS.inbox,
      ['a', 'q', 'z'].map((k) => ({
        _id: `${k}-system`,
        openid,
        kind: 'system',
        title: k,
        body: '测试消息',
        createdAt: at,
        read: false,
      })),
    )
    const seen: string[] = []
    for (let page = 1; page <= 3; page++) {
      const got = ok<{ items: InboxMessage[]; total: number }>(
        await t.api(openid, 'inbox/list', { page, pageSize: 10 }),
      )
      expect(got.total).toBe(28)
      seen.push(...got.items.map((m) => m.id))
    }
    expect(seen).toHaveLength(28)
    expect(new Set(seen).size).toBe(28)
  })
})
