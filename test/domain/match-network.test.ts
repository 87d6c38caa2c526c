import type { MatchOpening, MatchTrainee } from '../../cloudfunctions/api/src/match/model'
import { scoreOpening } from '../../cloudfunctions/api/src/match/score'
import { toMatchTrainee } from '../../cloudfunctions/api/src/match/store'

const NOW = new Date('2026-11-26T10:00:00+08:00')
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString()

const opening = (over: Partial<MatchOpening> = {}): MatchOpening => ({
  id: 'o1',
  brand: 'jiangong',
  occupation: '钢筋工',
  headcount: 5,
  hired: 0,
  payMin: 6000,
  payMax: 8000,
  place: '广东湛江',
  benefits: { socialInsurance: false, board: false, lodging: false },
  postedAt: day(-20),
  expiresAt: day(30),
  status: 'open',
  employerOk: true,
  ...over,
})

const trainee = (over: Partial<MatchTrainee> = {}): MatchTrainee => ({
  id: 't1',
  priority: false,
  county: '融安县',
  wishes: { brands: ['jiangong'], occupations: [], places: ['广东湛江'] },
  courses: [{ brand: 'jiangong', occupation: '砌筑工', completed: true }],
  ...over,
})

describe('粤桂劳务协作 priority and honours in matching', () => {
  it('puts a brand trainee ahead on a cooperation opening, and says so', () => {
    const plain = scoreOpening(trainee(), opening(), NOW)!
    const coop = scoreOpening(trainee(), opening({ cooperation: true }), NOW)!
    expect(coop.score).toBeGreaterThan(plain.score)
    expect(coop.reasons).toContain('粤桂协作岗位，品牌学员优先')
    expect(plain.reasons).not.toContain('粤桂协作岗位，品牌学员优先')
    // Someone who only wishes for the brand, with no course, gets no trainee priority.
    const noCourse = scoreOpening(trainee({ courses: [] }), opening({ cooperation: true }), NOW)!
    expect(noCourse.reasons).not.toContain('粤桂协作岗位，品牌学员优先')
  })

  it('gives a 技术能手 in the occupation a reason and more points, only once its 公示 is over', () => {
    const profile = {
      _id: 't1',
      group: 'rural_labor' as const,
      county: '融安县' as const,
      wishes: {
        brands: ['jiangong' as const],
        occupations: ['钢筋工'],
        places: ['广东湛江' as const],
      },
    }
    const honour = (publicFrom: string) => ({
      title: '技术能手',
      contestId: 'c1',
      contestTitle: '钢筋工技能竞赛',
      brand: 'jiangong' as const,
      occupation: '钢筋工',
      rank: 1,
      awardedAt: day(-10),
      publicFrom,
    })
    const courses = [{ brand: 'jiangong' as const, occupation: '钢筋工', completed: true }]
    const during = toMatchTrainee({ ...profile, honours: [honour(day(2))] }, courses, [], NOW)
    const after = toMatchTrainee({ ...profile, honours: [honour(day(-1))] }, courses, [], NOW)
    const a = scoreOpening(during, opening(), NOW)!
    const b = scoreOpening(after, opening(), NOW)!
    expect(a.reasons).not.toContain('你是钢筋工技术能手')
    expect(b.reasons.slice(0, 2)).toEqual(['你学过钢筋工', '你是钢筋工技术能手'])
    expect(b.score).toBeGreaterThan(a.score)
    expect(scoreOpening(after, opening({ occupation: '木工' }), NOW)?.reasons ?? []).not.toContain(
      '你是钢筋工技术能手',
    )
  })
})
