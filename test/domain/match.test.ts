import { MatchEngine, TraineeIndex } from '../../cloudfunctions/api/src/match/engine'
import type { MatchOpening, MatchTrainee } from '../../cloudfunctions/api/src/match/model'
import { scoreOpening } from '../../cloudfunctions/api/src/match/score'

const NOW = new Date('2026-11-26T10:00:00+08:00')
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString()

function opening(id: string, over: Partial<MatchOpening> = {}): MatchOpening {
  return {
    id,
    brand: 'jiazheng',
    occupation: '养老护理员',
    headcount: 5,
    hired: 0,
    payMin: 3500,
    payMax: 4500,
    county: '柳南区',
    place: '柳南区',
    benefits: { socialInsurance: false, board: false, lodging: false },
    postedAt: day(-20),
    expiresAt: day(30),
    status: 'open',
    employerOk: true,
    ...over,
  }
}

function trainee(id: string, over: Partial<MatchTrainee> = {}): MatchTrainee {
  return {
    id,
    priority: false,
    county: '柳南区',
    wishes: { brands: ['jiazheng'], occupations: ['养老护理员'], places: ['柳南区'], minPay: 3000 },
    courses: [{ brand: 'jiazheng', occupation: '养老护理员', completed: true }],
    ...over,
  }
}

describe('scoreOpening', () => {
  it('explains a match in plain Chinese, most telling factor first', () => {
    const result = scoreOpening(trainee('t1'), opening('o1'), NOW)
    expect(result?.reasons.slice(0, 3)).toEqual(['你学过养老护理', '离家近', '工资符合期望'])
  })

  it('ranks a finished course above a course in progress above a mere wish', () => {
    const o = opening('o1')
    const finished = scoreOpening(trainee('a'), o, NOW)!.score
    const training = scoreOpening(
      trainee('b', {
        courses: [{ brand: 'jiazheng', occupation: '养老护理员', completed: false }],
      }),
      o,
      NOW,
    )!.score
    const wish = scoreOpening(
      trainee('c', { courses: [{ brand: 'jiazheng', occupation: '母婴护理员', completed: true }] }),
      o,
      NOW,
    )!.score
    expect(finished).toBeGreaterThan(training)
    expect(training).toBeGreaterThan(wish)
  })

  it('drops expired, closed, full, unverified-employer and dismissed openings', () => {
    const t = trainee('t1')
    expect(scoreOpening(t, opening('o', { expiresAt: day(-1) }), NOW)).toBeNull()
    expect(scoreOpening(t, opening('o', { status: 'closed' }), NOW)).toBeNull()
    expect(scoreOpening(t, opening('o', { hired: 5 }), NOW)).toBeNull()
    expect(scoreOpening(t, opening('o', { employerOk: false }), NOW)).toBeNull()
    expect(scoreOpening({ ...t, dismissed: ['o'] }, opening('o'), NOW)).toBeNull()
    expect(scoreOpening(t, opening('o'), NOW)).not.toBeNull()
  })

  it('offers Guangdong only to those willing to go there, and says so', () => {
    const zhanjiang = opening('gd', { county: undefined, place: '广东湛江' })
    expect(scoreOpening(trainee('home'), zhanjiang, NOW)).toBeNull()
    const willing = trainee('go', {
      wishes: { brands: ['jiazheng'], occupations: [], places: ['柳南区', '广东湛江'] },
    })
    expect(scoreOpening(willing, zhanjiang, NOW)?.reasons).toContain('你愿意去广东湛江')
  })

  it('counts a certificate that meets the requirement and penalises one that does not', () => {
    const req = opening('c', { certificate: { type: 'skill_level', level: 4 } })
    const holder = trainee('h', {
      courses: [
        {
          brand: 'jiazheng',
          occupation: '养老护理员',
          completed: true,
          certificate: { type: 'skill_level', level: 4 },
        },
      ],
    })
    const lower = trainee('l', {
      courses: [
        {
          brand: 'jiazheng',
          occupation: '养老护理员',
          completed: true,
          certificate: { type: 'skill_level', level: 5 },
        },
      ],
    })
    const a = scoreOpening(holder, req, NOW)!
    const b = scoreOpening(lower, req, NOW)!
    expect(a.reasons).toContain('你的证书符合要求')
    expect(a.score).toBeGreaterThan(b.score)
  })

  it('prefers pay that meets the lowest acceptable pay', () => {
    const t = trainee('t')
    const good = scoreOpening(t, opening('g', { payMin: 3200, payMax: 4000 }), NOW)!
    const low = scoreOpening(t, opening('l', { payMin: 2000, payMax: 2500 }), NOW)!
    expect(good.score).toBeGreaterThan(low.score)
    expect(low.reasons).not.toContain('工资符合期望')
  })
})

describe('MatchEngine', () => {
  it('is deterministic and breaks ties by opening id', () => {
    const openings = ['o3', 'o1', 'o2', 'o4'].map((id) => opening(id))
    const a = new MatchEngine(openings, NOW).pass([trainee('t1')])
    const b = new MatchEngine([...openings].reverse(), NOW).pass([trainee('t1')])
    expect(a.map((x) => x.openingId)).toEqual(['o1', 'o2', 'o3'])
    expect(b).toEqual(a)
  })

  it('gives the last slot of an opening to the priority trainee, whoever comes first by id', () => {
    const only = opening('o1', { headcount: 1 })
    const engine = new MatchEngine([only], NOW, { slotsPerPlace: 1 })
    const out = engine.pass([trainee('a-ordinary'), trainee('b-priority', { priority: true })])
    expect(out.map((x) => x.traineeId)).toEqual(['b-priority'])
  })

  it('never re-offers what the ledger already holds and tops up to three', () => {
    const openings = ['o1', 'o2', 'o3', 'o4', 'o5'].map((id) => opening(id))
    const engine = new MatchEngine(openings, NOW)
    const out = engine.serve(trainee('t'), { live: 1, seen: new Set(['o1', 'o2']) })
    expect(out.map((x) => x.openingId)).toEqual(['o3', 'o4'])
  })

  it('chooses exactly what scoring every pair would choose', () => {
    const brands = ['jiazheng', 'mifen'] as const
    const occupations = {
      jiazheng: ['养老护理员', '母婴护理员', '家务服务员'],
      mifen: ['辅料制作', '传统螺蛳粉烹制'],
    }
    const counties = ['柳南区', '城中区', '融水苗族自治县', '三江侗族自治县'] as const
    const openings: MatchOpening[] = []
    for (let i = 0; i < 120; i++) {
      const brand = brands[i % 2]
      const county = counties[i % 4]
      openings.push(
        opening(`o${String(i).padStart(3, '0')}`, {
          brand,
          occupation: occupations[brand][i % occupations[brand].length],
          county,
          place: county,
          payMin: 2500 + (i % 7) * 300,
          payMax: 4000 + (i % 5) * 300,
          headcount: 1 + (i % 3),
          postedAt: day(-(i % 40)),
          benefits: { socialInsurance: i % 2 === 0, board: i % 3 === 0, lodging: i % 5 === 0 },
        }),
      )
    }
    const trainees: MatchTrainee[] = []
    for (let i = 0; i < 80; i++) {
      const brand = brands[i % 2]
      trainees.push(
        trainee(`t${String(i).padStart(3, '0')}`, {
          priority: i % 4 === 0,
          county: counties[(i * 3) % 4],
          wishes: {
            brands: [brand],
            occupations: [],
            places: [counties[i % 4]],
            minPay: 2800 + (i % 6) * 200,
          },
          courses: [
            {
              brand,
              occupation: occupations[brand][i % occupations[brand].length],
              completed: i % 2 === 0,
            },
          ],
        }),
      )
    }
    const indexed = new MatchEngine(openings, NOW).pass(trainees)
    const naive = new MatchEngine(openings, NOW).pass(trainees, new Map(), { naive: true })
    expect(indexed.length).toBeGreaterThan(100)
    expect(indexed).toEqual(naive)
  })
})

describe('TraineeIndex', () => {
  it('ranks candidates for an opening with reasons in the employer’s words, leaving out who dismissed it', () => {
    const o = opening('o1')
    const index = new TraineeIndex([
      trainee('near'),
      trainee('far', {
        county: '三江侗族自治县',
        wishes: { brands: ['jiazheng'], occupations: [], places: ['三江侗族自治县'] },
      }),
      trainee('nope', { dismissed: ['o1'] }),
      trainee('other', { wishes: { brands: ['mifen'], occupations: [], places: [] }, courses: [] }),
    ])
    const ranked = index.rank(o, 10, NOW)
    expect(ranked.map((r) => r.traineeId)).toEqual(['near', 'far'])
    expect(ranked[0].reasons[0]).toBe('学过养老护理')
    expect(ranked[0].reasons.join('')).not.toMatch(/你/)
  })
})
