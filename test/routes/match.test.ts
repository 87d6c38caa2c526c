/**
 * Matching and the 3-recommendation guarantee (R5) through the local runtime and the real SDK:
 * the pass, coverage, priority groups, dismissals, what employers see, interviews and hires.
 */
import type { ApiResult } from '../../types/api'
import type { Brand, BrandId, CountyName } from '../../types/catalog'
import type {
  Application,
  CandidateList,
  InboxMessage,
  Interview,
  MatchCoverage,
  MatchRunResult,
  MyRecommendation,
  Opening,
} from '../../types/jobs'
import type { WorkerGroup, WorkPlace } from '../../types/profile'
import { BRAND_LINES } from '../../src/domain/brands'
import { COLLECTIONS } from '../../src/domain/collections'
import { GROUP_LABELS, WORKER_GROUPS } from '../../src/domain/groups'
import { isoBeijing } from '../../src/domain/time'
import { TEMPLATES } from '../../cloudfunctions/api/src/push'
import { runMatchPass } from '../../cloudfunctions/api/src/match/pass'
import { scoreOpening } from '../../cloudfunctions/api/src/match/score'
import {
  loadOpenOpenings,
  toMatchTrainee,
  type EnrollmentDoc,
  type LedgerDoc,
} from '../../cloudfunctions/api/src/match/store'
import { DEMO_EMPLOYER_ID } from '../../database/seed'
import { realClock, setClock } from '../helpers/clock'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { applicationId } from '../../cloudfunctions/api/src/routes/jobs/shared'

const STAFF = 'demo-staff'
const DAY = 86_400_000

function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.data
}

type Doc = Record<string, unknown> & { _id: string }
const all = <T = Doc>(t: TestRuntime, collection: string) =>
  t.runtime.store.all(collection) as unknown as T[]

const liveOf = (t: TestRuntime, openid: string) =>
  all<LedgerDoc>(t, COLLECTIONS.recommendations).filter(
    (r) => r.openid === openid && (r.outcome === 'pending' || r.outcome === 'applied'),
  )

describe('with the demo data', () => {
  let t: TestRuntime
  let run: MatchRunResult
  beforeAll(async () => {
    t = await testRuntime()
    run = ok(await t.api(STAFF, 'staff/match/run', {}))
  })
  afterAll(() => t.close())

  it('only staff may run a pass or read coverage', async () => {
    expect(await t.api('demo-trainee', 'staff/match/run', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await t.api(null, 'staff/match/coverage', {})).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
  })

  it('gives every trainee with at least three suitable openings at least three live recommendations, each with a reason', async () => {
    expect(run).toMatchObject({ complete: true })
    expect(run.recommendations).toBeGreaterThan(100)
    const now = new Date()
    const openings = await t.runtime.run(() => loadOpenOpenings(t.runtime.cloud.database()))
    const enrollments = all<EnrollmentDoc>(t, COLLECTIONS.enrollments).filter(
      (e) => !['cancelled', 'dropped'].includes(e.status),
    )
    const profiles = all<Doc & { complete: boolean }>(t, COLLECTIONS.profiles).filter(
      (p) => p.complete,
    )
    let covered = 0
    for (const profile of profiles) {
      const courses = enrollments
        .filter((e) => e.openid === profile._id)
        .map((e) => ({
          brand: e.brand,
          occupation: e.occupation,
          completed: e.status === 'completed',
        }))
      if (!courses.length) continue
      const trainee = toMatchTrainee(profile as never, courses)
      const suitable = openings.filter((o) => scoreOpening(trainee, o, now)?.suitable).length
      if (suitable < 3) continue
      const live = liveOf(t, profile._id)
      expect(live.length).toBeGreaterThanOrEqual(3)
      for (const r of live) expect(r.reason).toMatch(/[\u4e00-\u9fa5]{2,}/)
      covered += 1
    }
    expect(covered).toBeGreaterThan(50)

    const coverage = ok<MatchCoverage>(await t.api(STAFF, 'staff/match/coverage', {}))
    expect(coverage.withThreeOrMore).toBeGreaterThanOrEqual(covered)
    expect(coverage.trainees).toBe(coverage.withThreeOrMore + coverage.short.length)
    for (const s of coverage.short) expect(s.reason).not.toBe('awaiting_pass')
  })

  it('shows the trainee their recommendations with reasons, best first', async () => {
    const mine = ok<MyRecommendation[]>(await t.api('demo-trainee', 'match/mine', {}))
    expect(mine.length).toBeGreaterThanOrEqual(3)
    expect(mine[0].reason).toContain('你')
    expect(mine[0].opening).toMatchObject({
      id: mine[0].openingId,
      title: expect.any(String),
      employerName: expect.any(String),
    })
    const scores = mine.map((m) => m.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('a second pass adds nothing for trainees already at three, and never duplicates a ledger entry', async () => {
    const before = all<LedgerDoc>(t, COLLECTIONS.recommendations).length
    const again = ok<MatchRunResult>(await t.api(STAFF, 'staff/match/run', {}))
    expect(again.recommendations).toBe(0)
    const ledger = all<LedgerDoc>(t, COLLECTIONS.recommendations)
    expect(ledger.length).toBe(before)
    const pairs = ledger.map((r) => `${r.openid}|${r.openingId}`)
    expect(new Set(pairs).size).toBe(pairs.length)
  })

  it('keeps dismissed openings dismissed across passes and tops the trainee back up', async () => {
    const [first] = ok<MyRecommendation[]>(await t.api('demo-trainee', 'match/mine', {}))
    ok(
      await t.api('demo-trainee', 'match/dismiss', {
        openingId: first.openingId,
        reason: '离家太远',
      }),
    )
    expect(
      ok<MyRecommendation[]>(await t.api('demo-trainee', 'match/mine', {})).map((m) => m.openingId),
    ).not.toContain(first.openingId)

    for (let i = 0; i < 2; i++) ok(await t.api(STAFF, 'staff/match/run', {}))
    const entry = all<LedgerDoc>(t, COLLECTIONS.recommendations).find(
      (r) => r._id === `demo-trainee:${first.openingId}`,
    )
    expect(entry).toMatchObject({ outcome: 'dismissed', dismissReason: '离家太远' })
    const mine = ok<MyRecommendation[]>(await t.api('demo-trainee', 'match/mine', {}))
    expect(mine.map((m) => m.openingId)).not.toContain(first.openingId)
    expect(mine.length).toBeGreaterThanOrEqual(3)
  })

  it('applying is idempotent and marks the recommendation applied; the employer sees contact details, never the group', async () => {
    const mine = ok<MyRecommendation[]>(await t.api('demo-trainee', 'match/mine', {}))
    const ofDemoEmployer = await Promise.all(
      mine.map(async (m) => ({
        m,
        opening: ok<Opening>(await t.api(null, 'jobs/get', { id: m.openingId })),
      })),
    )
    const target = ofDemoEmployer.find(
      (x) => x.m.outcome === 'pending' && x.opening.employerId === DEMO_EMPLOYER_ID,
    )?.m as MyRecommendation
    expect(target).toBeDefined()
    const [a, b] = await Promise.all([
      t.api('demo-trainee', 'match/apply', { openingId: target.openingId }),
      t.api('demo-trainee', 'match/apply', { openingId: target.openingId }),
    ])
    expect(ok(a).id).toBe(ok(b).id)
    ok(await t.api('demo-trainee', 'match/apply', { openingId: target.openingId }))
    expect(
      all(t, COLLECTIONS.applications).filter(
        (d) => d._id === applicationId(target.openingId, 'demo-trainee'),
      ),
    ).toHaveLength(1)
    expect(
      all<LedgerDoc>(t, COLLECTIONS.recommendations).find(
        (r) => r._id === `demo-trainee:${target.openingId}`,
      )?.outcome,
    ).toBe('applied')
    const inbox = ok<{ items: InboxMessage[] }>(await t.api('demo-employer', 'inbox/list', {}))
    expect(
      inbox.items.some((m) => m.kind === 'application' && m.title.includes('新的求职申请')),
    ).toBe(true)

    const list = ok<CandidateList>(
      await t.api('demo-employer', 'employer/candidates', { openingId: target.openingId }),
    )
    // No id the employer receives says whose it is.
    expect(JSON.stringify(list)).not.toMatch(/demo-trainee|seed-trainee-/)
    const me = list.applicants.find(
      (c) => c.applicationId === applicationId(target.openingId, 'demo-trainee'),
    )
    const profile = all<Doc & { name: string; phone: string }>(t, COLLECTIONS.profiles).find(
      (p) => p._id === 'demo-trainee',
    )!
    expect(me).toMatchObject({ applied: true, name: profile.name, phone: profile.phone })
    for (const c of list.recommended) {
      expect(c.applied).toBe(false)
      expect(c.phone).toMatch(/^\d{3}\*{4}\d{4}$/)
      expect(c.name).toMatch(/\*/)
      expect(c.reason.length).toBeGreaterThan(0)
    }

    const text = JSON.stringify(list)
    expect(text).not.toMatch(/"group"/)
    for (const group of WORKER_GROUPS) {
      expect(text).not.toContain(`"${group}"`)
      if (group !== 'other') expect(text).not.toContain(GROUP_LABELS[group])
    }

    const stranger = await t.api('demo-trainee', 'employer/candidates', {
      openingId: target.openingId,
    })
    expect(stranger).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

/** A small world written straight into the store, as the seed is: brands, one employer, trainees. */
function world(t: TestRuntime) {
  const brands = BRAND_LINES.map((b): Brand & { _id: string } => ({
    ...b,
    _id: b.id,
    progress: { training: 0, employment: 0 },
  }))
  t.runtime.store.insertMany(COLLECTIONS.brands, brands as unknown as Doc[])
  t.runtime.store.insertMany(COLLECTIONS.users, [
    { _id: 'staff', roles: ['staff'] },
    { _id: 'boss', roles: ['employer'] },
  ])
  t.runtime.store.insertMany(COLLECTIONS.employers, [
    {
      _id: 'emp-1',
      id: 'emp-1',
      name: '柳州网店装修服务有限公司',
      uscc: '91450200MA5TQT9990',
      contact: '梁经理',
      phone: '13977201000',
      status: 'verified',
      blacklisted: false,
      ownerOpenid: 'boss',
    },
  ])
  const now = Date.now()
  const openings: Doc[] = []
  const addOpening = (
    id: string,
    county: CountyName,
    headcount: number,
    extra: Partial<Opening> = {},
  ) =>
    openings.push({
      _id: id,
      id,
      employerId: 'emp-1',
      employerName: '柳州网店装修服务有限公司',
      brand: 'mifen' as BrandId,
      occupation: '网店装修',
      title: `网店美工${id}`,
      headcount,
      payMin: 4000,
      payMax: 5000,
      county,
      place: county,
      benefits: { socialInsurance: true, board: false, lodging: false },
      description: '为螺蛳粉网店做页面装修和商品图片。',
      postedAt: isoBeijing(now - 2 * DAY),
      expiresAt: isoBeijing(now + 30 * DAY),
      status: 'open',
      hired: 0,
      ...extra,
    })
  let people = 0
  const person = (
    openid: string,
    group: WorkerGroup,
    county: CountyName = '柳南区',
    places: WorkPlace[] = ['柳南区'],
  ) => {
    people += 1
    t.runtime.store.insertMany(COLLECTIONS.profiles, [
      {
        _id: openid,
        name: `学员${openid}`,
        phone: `1380000${String(people).padStart(4, '0')}`,
        idNumberMasked: '4502**********1234',
        birthDate: '1990-01-01',
        gender: 'female',
        county,
        group,
        wishes: { brands: ['mifen'], occupations: ['网店装修'], places, minPay: 3500 },
        consentAt: isoBeijing(now - 10 * DAY),
        complete: true,
      },
    ])
    t.runtime.store.insertMany(COLLECTIONS.enrollments, [
      {
        _id: `course-x:${openid}`,
        courseId: 'course-x',
        openid,
        brand: 'mifen',
        occupation: '网店装修',
        status: 'completed',
        attendance: {},
        createdAt: isoBeijing(now - 40 * DAY),
        updatedAt: isoBeijing(now - 5 * DAY),
      },
    ])
  }
  const credits = (openid: string, count: number) =>
    t.runtime.store.insertMany(COLLECTIONS.pushCredits, [
      {
        _id: `${openid}:${TEMPLATES.recommendation}`,
        openid,
        templateId: TEMPLATES.recommendation,
        count,
      },
    ])
  const flush = () => t.runtime.store.insertMany(COLLECTIONS.openings, openings.splice(0))
  return { addOpening, person, credits, flush }
}

describe('priority groups compete for the last slot', () => {
  let t: TestRuntime
  beforeAll(async () => {
    t = await testRuntime({ seed: false })
    const w = world(t)
    // One place, three recommendation slots, two already held by other trainees: one slot left.
    w.addOpening('x-near', '柳南区', 1)
    for (const id of ['y-1', 'y-2', 'y-3']) w.addOpening(id, '柳北区', 5)
    w.flush()
    t.runtime.store.insertMany(
      COLLECTIONS.recommendations,
      ['held-1', 'held-2'].map((openid) => ({
        _id: `${openid}:x-near`,
        openid,
        openingId: 'x-near',
        score: 90,
        reason: '你学过网店装修',
        channel: 'inbox',
        createdAt: isoBeijing(new Date()),
        pushedAt: isoBeijing(new Date()),
        outcome: 'pending',
      })),
    )
    // Identical but for the group; the ordinary one even comes first by openid.
    w.person('a-ordinary', 'rural_labor')
    w.person('b-priority', 'hard_to_employ')
    w.credits('a-ordinary', 1)
    w.credits('b-priority', 1)
  })
  afterAll(() => t.close())

  it('recommends the opening to the priority trainee and pushes to them first', async () => {
    ok(await t.api('staff', 'staff/match/run', {}))
    const priority = liveOf(t, 'b-priority').map((r) => r.openingId)
    const ordinary = liveOf(t, 'a-ordinary').map((r) => r.openingId)
    expect(priority).toContain('x-near')
    expect(ordinary).not.toContain('x-near')
    expect(priority).toHaveLength(3)
    expect(ordinary).toHaveLength(3)

    const outbox = all<Doc & { touser: string }>(t, COLLECTIONS.outbox).map((m) => m.touser)
    expect(outbox).toEqual(['b-priority', 'a-ordinary'])
    // The ledger (which is the inbox) got the priority trainee's entries first.
    const ledger = all<LedgerDoc>(t, COLLECTIONS.recommendations).map((r) => r.openid)
    const firstOrdinary = ledger.indexOf('a-ordinary')
    const lastPriority = ledger.lastIndexOf('b-priority')
    expect(lastPriority).toBeLessThan(firstOrdinary)
  })
})

describe('interviews and hires', () => {
  let t: TestRuntime
  let applicationId: string
  beforeAll(async () => {
    t = await testRuntime({ seed: false })
    const w = world(t)
    w.addOpening('job-1', '柳南区', 2)
    w.flush()
    w.person('worker-1', 'vocational_graduate')
    w.person('worker-2', 'rural_labor')
    ok(await t.api('staff', 'staff/match/run', {}))
    applicationId = ok<Application>(
      await t.api('worker-1', 'match/apply', { openingId: 'job-1' }),
    ).id
  })
  afterAll(() => t.close())

  it('the employer proposes slots, the worker finds them in the inbox and books one', async () => {
    const at = Date.now()
    const [day1, day2] = [isoBeijing(at + DAY), isoBeijing(at + 2 * DAY)]
    const later = (days: number) => (days === 1 ? day1 : day2)
    expect(
      await t.api('boss', 'employer/interview', {
        applicationId,
        slots: [later(1)],
        mode: 'video',
      }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
    const interview = ok<Interview>(
      await t.api('boss', 'employer/interview', {
        applicationId,
        slots: [later(2), later(1)],
        mode: 'video',
        link: 'https://meeting.tencent.com/dm/demo',
      }),
    )
    expect(interview.slots).toEqual([later(1), later(2)])
    const inbox = ok<{ items: InboxMessage[]; unread: number }>(
      await t.api('worker-1', 'inbox/list', {}),
    )
    const invite = inbox.items.find((m) => m.kind === 'interview')
    expect(invite?.title).toContain('面试邀请')
    expect(invite?.link).toContain(encodeURIComponent(interview.id))

    expect(
      await t.api('worker-2', 'match/interview/confirm', {
        interviewId: interview.id,
        slot: later(1),
      }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    const booked = ok<Interview>(
      await t.api('worker-1', 'match/interview/confirm', {
        interviewId: interview.id,
        slot: later(1),
      }),
    )
    expect(booked).toMatchObject({ status: 'booked', bookedSlot: later(1) })
    // Booking answered the invitation: it no longer waits in 消息 as 未读.
    const after = ok<{ items: InboxMessage[]; unread: number }>(
      await t.api('worker-1', 'inbox/list', {}),
    )
    expect(after.items.find((m) => m.id === invite?.id)?.read).toBe(true)
    expect(after.unread).toBe(inbox.unread - 1)
    expect(
      ok<Interview>(
        await t.api('worker-1', 'match/interview/confirm', {
          interviewId: interview.id,
          slot: later(1),
        }),
      ).status,
    ).toBe('booked')
    expect(
      await t.api('worker-1', 'match/interview/confirm', {
        interviewId: interview.id,
        slot: later(2),
      }),
    ).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    const list = ok<CandidateList>(
      await t.api('boss', 'employer/candidates', { openingId: 'job-1' }),
    )
    expect(list.applicants[0].interview).toMatchObject({ status: 'booked', bookedSlot: later(1) })
  })

  it('a hire counts once toward the brand’s employment progress and the opening', async () => {
    const progress = () =>
      all<Doc & { progress: { employment: number } }>(t, COLLECTIONS.brands).find(
        (b) => b._id === 'mifen',
      )!.progress.employment
    const before = progress()
    const results = await Promise.all([
      t.api('boss', 'employer/outcome', { applicationId, hired: true }),
      t.api('boss', 'employer/outcome', { applicationId, hired: true }),
    ])
    for (const r of results) expect(ok<Application>(r).status).toBe('hired')
    ok(await t.api('boss', 'employer/outcome', { applicationId, hired: true }))
    expect(progress()).toBe(before + 1)
    expect(
      all<Doc & { hired: number }>(t, COLLECTIONS.openings).find((o) => o._id === 'job-1')?.hired,
    ).toBe(1)
    expect(
      all<LedgerDoc>(t, COLLECTIONS.recommendations).find((r) => r._id === 'worker-1:job-1')
        ?.outcome,
    ).toBe('hired')
    expect(await t.api('boss', 'employer/outcome', { applicationId, hired: false })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    const inbox = ok<{ items: InboxMessage[] }>(await t.api('worker-1', 'inbox/list', {}))
    expect(inbox.items.filter((m) => m.kind === 'outcome')).toHaveLength(1)
  })
})

describe('the timer pass', () => {
  let t: TestRuntime
  beforeAll(async () => {
    t = await testRuntime({ seed: false })
    const w = world(t)
    for (let i = 0; i < 6; i++) w.addOpening(`o-${i}`, '柳南区', 10)
    w.flush()
    for (let i = 0; i < 9; i++) w.person(`p-${i}`, i % 3 === 0 ? 'poverty_alleviated' : 'other')
  })
  afterAll(() => t.close())

  it('stops when out of time, keeps its place in job_state, and resumes where it stopped', async () => {
    const ctx = () => {
      const db = t.runtime.cloud.database()
      return { db, _: db.command, cloud: t.runtime.cloud, now: () => new Date() }
    }
    const first = await t.runtime.run(() =>
      runMatchPass(ctx(), { budgetMs: 0, pageSize: 2, fresh: true }),
    )
    expect(first).toMatchObject({ complete: false, trainees: 2, recommendations: 6 })
    // The priority trainees (p-0, p-3, p-6) are served before anyone else.
    expect(new Set(all<LedgerDoc>(t, COLLECTIONS.recommendations).map((r) => r.openid))).toEqual(
      new Set(['p-0', 'p-3']),
    )
    const state = all<Doc & { phase: string; after: string }>(t, COLLECTIONS.jobState).find(
      (d) => d._id === 'match-pass',
    )
    expect(state).toMatchObject({ phase: 'priority', after: 'p-3', done: false })

    let runs = 1
    let last = first
    while (!last.complete && runs < 20) {
      last = await t.runtime.run(() => runMatchPass(ctx(), { budgetMs: 0, pageSize: 2 }))
      runs += 1
    }
    expect(last.complete).toBe(true)
    expect(runs).toBeGreaterThan(3)
    for (let i = 0; i < 9; i++) expect(liveOf(t, `p-${i}`)).toHaveLength(3)
    const resting = await t.runtime.run(() => runMatchPass(ctx(), { rest: true }))
    expect(resting).toMatchObject({ skipped: 'resting', recommendations: 0 })
  })

  it('expires pending recommendations of a closed opening and tops the trainee up with another', async () => {
    const [entry] = liveOf(t, 'p-1')
    ok(await t.api('boss', 'jobs/close', { id: entry.openingId }))
    expect(
      all<LedgerDoc>(t, COLLECTIONS.recommendations).find((r) => r._id === entry._id)?.outcome,
    ).toBe('expired')
    ok(await t.api('staff', 'staff/match/run', {}))
    const live = liveOf(t, 'p-1').map((r) => r.openingId)
    expect(live).toHaveLength(3)
    expect(live).not.toContain(entry.openingId)
  })
})

describe('the scheduler function', () => {
  let t: TestRuntime
  beforeAll(async () => {
    t = await testRuntime({ seed: false })
    const w = world(t)
    for (let i = 0; i < 4; i++) w.addOpening(`s-${i}`, '柳南区', 4)
    w.flush()
    w.person('timer-1', 'other')
    w.person('timer-2', 'hard_to_employ')
  })
  afterAll(() => t.close())

  it('runs the pass on its timer trigger, then rests until an hour has passed', async () => {
    const start = Date.now()
    const timerAt = async (minutes: number) => {
      setClock(start + minutes * 60_000)
      return (await t.runtime.call('scheduler', { Type: 'Timer' }, null)) as Record<
        string,
        MatchRunResult & { skipped?: string }
      >
    }
    try {
      expect((await timerAt(0))['match-pass']).toMatchObject({
        complete: true,
        trainees: 2,
        recommendations: 6,
        pushed: 6,
      })
      // The timer fires every few minutes; the pass keeps its own 10-minute cadence.
      expect((await timerAt(5))['match-pass']).toMatchObject({ skipped: 'not-due' })
      expect((await timerAt(10))['match-pass']).toMatchObject({
        skipped: 'resting',
        recommendations: 0,
      })
      expect((await timerAt(70))['match-pass']).toMatchObject({
        complete: true,
        trainees: 2,
        recommendations: 0,
      })
    } finally {
      realClock()
    }
  })
})
