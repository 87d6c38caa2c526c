/**
 * Complaints and reports (R9) through the real SDK path: a case number at once, each step of the
 * workflow table (src/domain/rights.ts) allowed or refused exactly as the table says, deadlines in
 * working days, every step in the reporter's 消息, the reporter masked when anonymous, and a rate
 * limit held in the database.
 */
import type { ApiResult } from '../../types/api'
import type { Opening } from '../../types/jobs'
import type { CaseStatus, StaffAction } from '../../types/rights'
import { COLLECTIONS } from '../../src/domain/collections'
import { CASE_DEADLINES, CASE_WORKFLOW, addWorkingDays, nextStatus } from '../../src/domain/rights'
import { isoBeijing } from '../../src/domain/time'
import { testRuntime, type TestRuntime } from '../helpers/runtime'

// The matching pass in beforeAll shares two cores with other work.
jest.setTimeout(30_000)

let t: TestRuntime
let opening: Opening
beforeAll(async () => {
  t = await testRuntime()
  opening = ok(await t.api(null, 'jobs/list', {})).items[0]
})
afterAll(() => t.close())

function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.data
}

const STAFF = 'demo-staff'
const TRAINEE = 'demo-trainee'

async function report(openid = TRAINEE, extra: object = {}) {
  return ok(
    await t.api(openid, 'rights/report', {
      category: 'fee',
      text: '面试时对方让我先交300元押金才能上岗，我没有交。',
      targetType: 'opening',
      targetId: opening.id,
      ...extra,
    }),
  )
}

const update = (caseId: string, action: StaffAction, note = '已核实情况', result?: string) =>
  t.api(STAFF, 'staff/rights/update', {
    caseId,
    action,
    note,
    ...(action === 'close' ? { result: result ?? '已责令退还押金并立案处罚' } : {}),
  })

/** Moves a fresh case to `status` through the routes. */
async function caseIn(status: CaseStatus): Promise<string> {
  const { caseId } = await report(`reporter-${status}-${Math.random()}`, { anonymous: true })
  const path: Record<CaseStatus, Array<() => Promise<unknown>>> = {
    submitted: [],
    accepted: [() => update(caseId, 'accept')],
    investigating: [() => update(caseId, 'accept'), () => update(caseId, 'note')],
    closed: [() => update(caseId, 'accept'), () => update(caseId, 'close')],
    rejected: [() => update(caseId, 'reject', '不属于劳动保障监察范围')],
    reopened: [
      () => update(caseId, 'reject', '不属于劳动保障监察范围'),
      async () => {
        const doc = t.runtime.store.get(COLLECTIONS.rightsCases, caseId) as unknown as {
          reporterOpenid: string
        }
        return t.api(doc.reporterOpenid, 'rights/reopen', {
          caseId,
          reason: '我有新的证据，请复核',
        })
      },
    ],
  }
  for (const step of path[status]) ok((await step()) as ApiResult<unknown>)
  return caseId
}

describe('a complaint, step by step', () => {
  it('gets a case number at once, with the date staff must answer by', async () => {
    const { caseId, caseNo } = await report()
    expect(caseNo).toMatch(/^WQ\d{8}-[A-Z0-9]{6}$/)
    expect(caseId).not.toContain(TRAINEE)
    const mine = ok(await t.api(TRAINEE, 'rights/case', { caseId }))
    expect(mine).toMatchObject({
      status: 'submitted',
      targetName: expect.stringContaining(opening.title),
    })
    expect(mine.acceptBy).toBe(addWorkingDays(mine.createdAt, CASE_DEADLINES.acceptWorkingDays))
  })

  it('shows each step with its date in 我的 → 维权 and in 消息, then takes a rating', async () => {
    const { caseId, caseNo } = await report()
    ok(await update(caseId, 'accept', '已受理，将联系用人单位核实'))
    ok(await update(caseId, 'note', '已约谈用人单位'))
    ok(await update(caseId, 'close', '已核实', '用人单位已退还押金，并被责令整改'))
    const done = ok(await t.api(TRAINEE, 'rights/case', { caseId }))
    expect(done.timeline.map((s) => [s.action, s.status])).toEqual([
      ['submit', 'submitted'],
      ['accept', 'accepted'],
      ['note', 'investigating'],
      ['close', 'closed'],
    ])
    for (const step of done.timeline) expect(step.at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(done.closeBy).toBe(addWorkingDays(done.timeline[1].at, CASE_DEADLINES.closeWorkingDays))
    expect(done.result).toBe('用人单位已退还押金，并被责令整改')

    const inbox = ok(await t.api(TRAINEE, 'inbox/list', { pageSize: 50 }))
    const mine = inbox.items.filter((m) => m.kind === 'rights' && m.title.includes(caseNo))
    expect(mine).toHaveLength(4)
    expect(mine.map((m) => m.title)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('已办结'),
        expect.stringContaining('已受理'),
      ]),
    )
    expect(mine.find((m) => m.title.includes('已办结'))?.body).toContain('用人单位已退还押金')
    for (const m of mine) expect(m.body).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日/)

    const rated = ok(await t.api(TRAINEE, 'rights/rate', { caseId, score: 4, comment: '处理及时' }))
    expect(rated.rating).toMatchObject({ score: 4, comment: '处理及时' })
    expect(await t.api(TRAINEE, 'rights/rate', { caseId, score: 5 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
  })

  it('a refusal says why and where to go instead', async () => {
    const { caseId, caseNo } = await report()
    ok(await update(caseId, 'reject', '属于劳动争议，不属于监察范围'))
    const inbox = ok(await t.api(TRAINEE, 'inbox/list', { pageSize: 50 }))
    const msg = inbox.items.find((m) => m.title.includes(caseNo) && m.title.includes('不予受理'))
    expect(msg?.body).toContain('属于劳动争议')
    expect(msg?.body).toContain('劳动仲裁')
  })

  it('after 3 days a closed case can no longer be rated or reopened', async () => {
    const caseId = await caseIn('closed')
    const doc = t.runtime.store.get(COLLECTIONS.rightsCases, caseId) as unknown as {
      reporterOpenid: string
    }
    await t.runtime.run(() =>
      t.runtime.cloud
        .database()
        .collection(COLLECTIONS.rightsCases)
        .doc(caseId)
        .update({ data: { reporterUntil: isoBeijing(Date.now() - 1000) } }),
    )
    expect(await t.api(doc.reporterOpenid, 'rights/rate', { caseId, score: 5 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('3天'),
    })
    expect(
      await t.api(doc.reporterOpenid, 'rights/reopen', { caseId, reason: '结果不满意请复核' }),
    ).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('3天') })
  })

  it('extends once, by 30 working days', async () => {
    const caseId = await caseIn('investigating')
    const before = ok(await t.api(STAFF, 'staff/rights/get', { caseId }))
    const after = ok(await update(caseId, 'extend', '需要调取银行流水'))
    expect(after.closeBy).toBe(
      addWorkingDays(before.closeBy as string, CASE_DEADLINES.extendWorkingDays),
    )
    expect(await update(caseId, 'extend', '再延一次')).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
  })
})

describe('the workflow table decides every staff action', () => {
  const states = Object.keys(CASE_WORKFLOW) as CaseStatus[]
  const actions: StaffAction[] = ['accept', 'reject', 'note', 'close', 'extend']
  it.each(states.flatMap((s) => actions.map((a) => [s, a] as const)))(
    'in %s, %s',
    async (status, action) => {
      const caseId = await caseIn(status)
      const result = await update(caseId, action)
      const to = nextStatus(status, 'staff', action)
      if (to) {
        expect(result).toMatchObject({ ok: true, data: { status: to } })
      } else {
        expect(result).toMatchObject({ ok: false, code: 'CONFLICT' })
        expect(t.runtime.store.get(COLLECTIONS.rightsCases, caseId)).toMatchObject({ status })
      }
    },
  )
})

describe('who sees what', () => {
  it('staff see a real-name reporter; an anonymous one is masked, and no openid ever leaves', async () => {
    const named = await report(TRAINEE)
    const hidden = await report(TRAINEE, { anonymous: true })
    const a = ok(await t.api(STAFF, 'staff/rights/get', { caseId: named.caseId }))
    const b = ok(await t.api(STAFF, 'staff/rights/get', { caseId: hidden.caseId }))
    expect(a.reporter?.name).toBeTruthy()
    expect(b.reporter).toBeNull()
    const list = ok(await t.api(STAFF, 'staff/rights/list', {}))
    expect(JSON.stringify([a, b, list])).not.toContain(TRAINEE)
  })

  it('another worker cannot read or rate my case; a worker cannot use the desk', async () => {
    const { caseId } = await report('curious-reporter', { anonymous: true })
    expect(await t.api('demo-worker', 'rights/case', { caseId })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await t.api('demo-worker', 'rights/rate', { caseId, score: 1 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await t.api('curious-reporter', 'staff/rights/list', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(
      await t.api(TRAINEE, 'staff/rights/update', {
        caseId,
        action: 'close',
        note: '自己结案',
        result: '自己结案了',
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('a real-name complaint needs a profile; an anonymous report does not', async () => {
    const result = await t.api('no-profile-yet', 'rights/report', {
      category: 'other',
      text: '工地老板说话算话吗，想先问问情况怎么处理。',
    })
    expect(result).toMatchObject({ ok: false, code: 'PROFILE_INCOMPLETE' })
    expect(!result.ok && result.message).toContain('匿名')
    ok(
      await t.api('no-profile-yet', 'rights/report', {
        category: 'other',
        text: '工地老板说话算话吗，想先问问情况怎么处理。',
        anonymous: true,
      }),
    )
  })
})

describe('拖欠工资', () => {
  it('asks what the wage-arrears form asks', async () => {
    const missing = await t.api('wage-reporter', 'rights/report', {
      category: 'wage_arrears',
      text: '干了三个月活，老板一直拖着不发工资。',
    })
    expect(missing).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    const { caseId } = ok(
      await t.api('wage-reporter', 'rights/report', {
        category: 'wage_arrears',
        text: '干了三个月活，老板一直拖着不发工资。',
        anonymous: true,
        wage: {
          employerName: '柳州某建筑劳务公司',
          site: '柳东新区某小区工地',
          from: '2026-08',
          to: '2026-10',
          amount: 24000,
          people: 6,
        },
      }),
    )
    const staffView = ok(await t.api(STAFF, 'staff/rights/get', { caseId }))
    expect(staffView.wage).toEqual({
      employerName: '柳州某建筑劳务公司',
      site: '柳东新区某小区工地',
      from: '2026-08',
      to: '2026-10',
      amount: 24000,
      people: 6,
    })
  })
})

describe('the desk', () => {
  it('queues open cases by deadline, with counts by category and county', async () => {
    const page = ok(await t.api(STAFF, 'staff/rights/list', {}))
    const dues = page.items.map((c) => c.dueAt as string)
    expect([...dues].sort()).toEqual(dues)
    expect(
      page.items.every((c) =>
        ['submitted', 'reopened', 'accepted', 'investigating'].includes(c.status),
      ),
    ).toBe(true)
    expect(page.counts.byCategory.fee).toBeGreaterThan(0)
    expect(Object.values(page.counts.byCounty).reduce((a, b) => a + b, 0)).toBe(
      Object.values(page.counts.byStatus).reduce((a, b) => a + (b ?? 0), 0),
    )
  })

  it('warns before a deadline passes', async () => {
    const caseId = await caseIn('submitted')
    await t.runtime.run(() =>
      t.runtime.cloud
        .database()
        .collection(COLLECTIONS.rightsCases)
        .doc(caseId)
        .update({ data: { dueAt: addWorkingDays(Date.now(), 1) } }),
    )
    const soon = ok(await t.api(STAFF, 'staff/rights/list', { dueWithinDays: 1 }))
    const mine = soon.items.find((c) => c.id === caseId)
    expect(mine?.warning).toMatch(/还剩[01]个工作日到期/)
    expect(soon.counts.warnings).toBeGreaterThan(0)
  })
})

describe('rate limit', () => {
  it('takes exactly 5 reports a day from one worker, even all at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 9 }, () =>
        t.api('eager-reporter', 'rights/report', {
          category: 'other',
          text: '有人在路边发传单招工，说交钱就能进厂。',
          anonymous: true,
        }),
      ),
    )
    const codes = results.map((r) => (r.ok ? 'OK' : r.code))
    expect(codes.filter((c) => c === 'OK')).toHaveLength(5)
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(4)
    const mine = ok(await t.api('eager-reporter', 'rights/mine'))
    expect(mine).toHaveLength(5)
  })
})
