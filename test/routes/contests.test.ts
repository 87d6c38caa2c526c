import type { ApiResult } from '../../types/api'
import type { ContestDraft } from '../../types/contests'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { ok, profileInput, updateDoc, workersWithProfiles } from './training-fixtures'

const STAFF = 'contest-staff'
const DAY = 86_400_000
let t: TestRuntime

beforeEach(async () => {
  t = await testRuntime({ seed: false })
  t.runtime.store.insertMany(COLLECTIONS.users, [{ _id: STAFF, roles: ['staff'] }])
})
afterEach(() => t.close())

function refused<T>(result: ApiResult<T>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a refusal, got ok')
  expect(result.message).toMatch(/[\u4e00-\u9fa5]/)
  return { code: result.code, message: result.message }
}

const at = (days: number) => isoBeijing(Date.now() + days * DAY)
const draft = (over: Partial<ContestDraft> = {}): ContestDraft => ({
  title: '养老护理员职业技能竞赛',
  brand: 'jiazheng',
  occupation: '养老护理员',
  startAt: at(10),
  endAt: at(10.3),
  signupDeadline: at(5),
  place: '柳州市公共实训基地',
  rules: '理论30%，实操70%，前三名授予技术能手',
  publicityDays: 7,
  ...over,
})

describe('a competition from sign-up to 技术能手', () => {
  it('sign up in one tap (once), results recorded, honour on the winner after the 公示 period', async () => {
    const contest = ok(await t.api(STAFF, 'staff/contest/save', draft()))
    const [a, b, c] = await workersWithProfiles(t, 3)
    expect(
      refused(await t.api('no-profile', 'contests/signup', { contestId: contest.id })).code,
    ).toBe('PROFILE_INCOMPLETE')
    const taps = await Promise.all(
      [1, 2, 3, 4].map(() => t.api(a, 'contests/signup', { contestId: contest.id })),
    )
    expect(taps.every((r) => r.ok)).toBe(true)
    ok(await t.api(b, 'contests/signup', { contestId: contest.id }))
    ok(await t.api(c, 'contests/signup', { contestId: contest.id }))
    const page = ok(await t.api(a, 'contests/get', { id: contest.id }))
    expect([page.signupCount, page.signedUp, page.publicity]).toEqual([3, true, 'none'])
    expect(ok(await t.api(null, 'contests/get', { id: contest.id })).signedUp).toBe(false)

    const signups = ok(await t.api(STAFF, 'staff/contest/signups', { contestId: contest.id }))
    expect(signups.map((s) => s.name).sort()).toEqual(['测试0号', '测试1号', '测试2号'])
    for (const s of signups) expect(s.id).not.toContain('worker-')
    expect(refused(await t.api(a, 'staff/contest/signups', { contestId: contest.id })).code).toBe(
      'FORBIDDEN',
    )
    const byName = new Map(signups.map((s) => [s.name, s.id]))

    // Results before the contest has started are refused; let it be held.
    const results = [
      { signupId: byName.get('测试1号')!, rank: 1, score: 95, honour: '技术能手' },
      { signupId: byName.get('测试0号')!, rank: 2, score: 90 },
      { signupId: byName.get('测试2号')!, rank: 3, score: 80 },
    ]
    expect(
      refused(await t.api(STAFF, 'staff/contest/results', { contestId: contest.id, results })).code,
    ).toBe('CONFLICT')
    await updateDoc(t, COLLECTIONS.contests, contest.id, { startAt: at(-1), endAt: at(-0.7) })
    const done = ok(await t.api(STAFF, 'staff/contest/results', { contestId: contest.id, results }))
    expect(done.results).toEqual([
      { rank: 1, name: '测**号', score: 95, honour: '技术能手' },
      { rank: 2, name: '测**号', score: 90 },
      { rank: 3, name: '测**号', score: 80 },
    ])
    expect(
      refused(await t.api(STAFF, 'staff/contest/results', { contestId: contest.id, results })).code,
    ).toBe('CONFLICT')

    // During 公示: results public, the honour not yet on the winner's profile.
    expect(ok(await t.api(null, 'contests/get', { id: contest.id })).publicity).toBe('in_publicity')
    expect(ok(await t.api(b, 'contests/mine')).honours).toEqual([])
    expect(ok(await t.api(b, 'inbox/list', {})).items[0].title).toBe(
      '养老护理员职业技能竞赛：第1名',
    )

    // Saving the profile again keeps the honour; after 公示 it shows.
    ok(await t.api(b, 'profile/save', profileInput(1)))
    await updateDoc(t, COLLECTIONS.contests, contest.id, { publicFrom: at(-0.01) })
    await updateDoc(t, COLLECTIONS.profiles, b, { 'honours.0.publicFrom': at(-0.01) })
    const mine = ok(await t.api(b, 'contests/mine'))
    expect(mine.honours.map((h) => [h.title, h.occupation, h.rank])).toEqual([
      ['技术能手', '养老护理员', 1],
    ])
    expect(mine.contestIds).toEqual([contest.id])
    expect(ok(await t.api(a, 'contests/mine')).honours).toEqual([])
    expect(ok(await t.api(null, 'contests/get', { id: contest.id })).publicity).toBe('public')
  }, 30_000)

  it('refuses late sign-ups, honours below third place, strangers’ sign-ups and duplicate ranks', async () => {
    const contest = ok(await t.api(STAFF, 'staff/contest/save', draft()))
    const other = ok(await t.api(STAFF, 'staff/contest/save', draft({ title: '另一个竞赛项目' })))
    const [a, b] = await workersWithProfiles(t, 2)
    ok(await t.api(a, 'contests/signup', { contestId: contest.id }))
    ok(await t.api(b, 'contests/signup', { contestId: other.id }))
    await updateDoc(t, COLLECTIONS.contests, contest.id, {
      startAt: at(-1),
      signupDeadline: at(-2),
    })
    expect(refused(await t.api(b, 'contests/signup', { contestId: contest.id })).code).toBe(
      'EVENT_CLOSED',
    )
    const [mineA] = ok(await t.api(STAFF, 'staff/contest/signups', { contestId: contest.id }))
    const [theirs] = ok(await t.api(STAFF, 'staff/contest/signups', { contestId: other.id }))
    const bad = [
      [{ signupId: mineA.id, rank: 4, honour: '技术能手' }],
      [{ signupId: theirs.id, rank: 1 }],
      [{ signupId: mineA.id, rank: 1, honour: '劳动模范' }],
    ]
    for (const results of bad)
      expect(
        refused(
          await t.api(STAFF, 'staff/contest/results', { contestId: contest.id, results } as never),
        ).code,
      ).toBe('INVALID_INPUT')
    expect(
      refused(
        await t.api(a, 'staff/contest/results', {
          contestId: contest.id,
          results: [{ signupId: mineA.id, rank: 1 }],
        }),
      ).code,
    ).toBe('FORBIDDEN')
    expect(ok(await t.api(null, 'contests/get', { id: contest.id })).status).toBe('published')
    expect(
      refused(await t.api(STAFF, 'staff/contest/save', draft({ signupDeadline: at(11) }))).code,
    ).toBe('INVALID_INPUT')
  })
})

describe('stories', () => {
  it('staff publish a story per brand; the brand’s list shows it; workers cannot publish', async () => {
    const story = {
      brand: 'mifen' as const,
      kind: 'person' as const,
      title: '螺蛳粉师傅的故事',
      summary: '一位学员开了自己的店',
      body: '她参加了培训，拿到了证书，在创业孵化基地的帮助下开了店，现在带动三位乡亲就业。',
    }
    expect(refused(await t.api('worker-x', 'staff/story/save', story)).code).toBe('FORBIDDEN')
    const saved = ok(await t.api(STAFF, 'staff/story/save', story))
    expect(
      ok(await t.api(null, 'stories/list', { brand: 'mifen' })).items.map((s) => s.id),
    ).toEqual([saved.id])
    expect(ok(await t.api(null, 'stories/list', { brand: 'cixiu' })).items).toEqual([])
    expect(ok(await t.api(null, 'stories/get', { id: saved.id })).body).toMatch(/创业孵化基地/)
    expect(refused(await t.api(STAFF, 'staff/story/save', { ...story, body: '太短' })).code).toBe(
      'INVALID_INPUT',
    )
  })
})
