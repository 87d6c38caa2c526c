import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { LocalDatabase } from '../../local/engine'

type Course = {
  _id: string
  title: string
  county: string
  seats: number
  startAt: Date
  tags?: string[]
}
type Got<T> = { data: T[] }

const COURSES: Course[] = [
  {
    _id: 'c1',
    title: '螺蛳粉制作',
    county: '柳南区',
    seats: 0,
    startAt: new Date('2026-03-01T01:00:00Z'),
    tags: ['mifen'],
  },
  {
    _id: 'c2',
    title: '养老护理员',
    county: '鱼峰区',
    seats: 12,
    startAt: new Date('2026-02-01T01:00:00Z'),
    tags: ['jiazheng'],
  },
  {
    _id: 'c3',
    title: '母婴护理员',
    county: '柳南区',
    seats: 3,
    startAt: new Date('2026-04-01T01:00:00Z'),
    tags: ['jiazheng'],
  },
  {
    _id: 'c4',
    title: '钢筋工',
    county: '柳江区',
    seats: 30,
    startAt: new Date('2026-01-15T01:00:00Z'),
  },
  {
    _id: 'c5',
    title: '苗绣',
    county: '融水苗族自治县',
    seats: 8,
    startAt: new Date('2026-05-01T01:00:00Z'),
    tags: ['cixiu'],
  },
]

describe('queries through the SDK behave like the cloud database', () => {
  let runtime: LocalRuntime
  const db = () => runtime.cloud.database()
  const ids = (docs: Array<{ _id: string }>) => docs.map((d) => d._id)
  const get = <T>(q: { get(): unknown }) =>
    runtime.run(async () => ((await q.get()) as Got<T>).data)

  beforeAll(async () => {
    runtime = await createRuntime()
    runtime.store.insertMany('courses', COURSES)
  })
  afterAll(() => runtime.close())

  it('filters with command operators', async () => {
    const _ = db().command
    expect(
      ids(
        await get<Course>(
          db()
            .collection('courses')
            .where({ seats: _.gt(5) })
            .limit(10),
        ),
      ),
    ).toEqual(['c2', 'c4', 'c5'])
    expect(
      ids(
        await get<Course>(
          db()
            .collection('courses')
            .where({ county: _.in(['柳南区', '柳江区']) })
            .limit(10),
        ),
      ),
    ).toEqual(['c1', 'c3', 'c4'])
    expect(
      ids(
        await get<Course>(
          db()
            .collection('courses')
            .where({ seats: _.gt(0).and(_.lt(10)) })
            .limit(10),
        ),
      ),
    ).toEqual(['c3', 'c5'])
    expect(
      ids(
        await get<Course>(
          db()
            .collection('courses')
            .where(_.or([{ seats: 0 }, { county: '柳江区' }]))
            .limit(10),
        ),
      ),
    ).toEqual(['c1', 'c4'])
    expect(
      ids(await get<Course>(db().collection('courses').where({ tags: 'jiazheng' }).limit(10))),
    ).toEqual(['c2', 'c3'])
    expect(
      ids(
        await get<Course>(
          db()
            .collection('courses')
            .where({ tags: _.exists(false) })
            .limit(10),
        ),
      ),
    ).toEqual(['c4'])
    expect(
      ids(
        await get<Course>(
          db()
            .collection('courses')
            .where({ county: _.neq('柳南区'), seats: _.nin([30]) })
            .limit(10),
        ),
      ),
    ).toEqual(['c2', 'c5'])
  })

  it('compares Dates as Dates', async () => {
    const _ = db().command
    const docs = await get<Course>(
      db()
        .collection('courses')
        .where({ startAt: _.gte(new Date('2026-03-01T00:00:00Z')) })
        .limit(10),
    )
    expect(ids(docs)).toEqual(['c1', 'c3', 'c5'])
    expect(docs[0].startAt).toEqual(new Date('2026-03-01T01:00:00Z'))
  })

  it('matches db.RegExp and JS regular expressions', async () => {
    expect(
      ids(
        await get<Course>(
          db()
            .collection('courses')
            .where({ title: db().RegExp({ regexp: '护理', options: 'i' }) })
            .limit(10),
        ),
      ),
    ).toEqual(['c2', 'c3'])
    expect(
      ids(await get<Course>(db().collection('courses').where({ title: /^苗/ }).limit(10))),
    ).toEqual(['c5'])
  })

  it('orders, skips and limits', async () => {
    const byStart = await get<Course>(
      db().collection('courses').orderBy('startAt', 'asc').limit(10),
    )
    expect(ids(byStart)).toEqual(['c4', 'c2', 'c1', 'c3', 'c5'])
    // By code point: 柳南区 (c3 then c1 by seats desc), 柳江区, 融水…, 鱼峰区.
    const page = await get<Course>(
      db().collection('courses').orderBy('county', 'asc').orderBy('seats', 'desc').skip(1).limit(2),
    )
    expect(ids(page)).toEqual(['c1', 'c4'])
  })

  it('projects fields with field()', async () => {
    const [doc] = await get<Partial<Course>>(
      db().collection('courses').where({ _id: 'c2' }).field({ title: true }).limit(1),
    )
    expect(doc).toEqual({ _id: 'c2', title: '养老护理员' })
  })

  it('counts matches regardless of limits', async () => {
    const total = await runtime.run(
      async () =>
        (
          (await db().collection('courses').where({ county: '柳南区' }).count()) as {
            total: number
          }
        ).total,
    )
    expect(total).toBe(2)
  })

  describe('the cloud get limits', () => {
    let big: LocalRuntime
    beforeAll(async () => {
      big = await createRuntime()
      big.store.insertMany(
        'many',
        Array.from({ length: 1500 }, (_v, i) => ({ _id: `m${String(i).padStart(4, '0')}`, i })),
      )
    })
    afterAll(() => big.close())
    const count = (q: { get(): unknown }) =>
      big.run(async () => ((await q.get()) as Got<unknown>).data.length)

    it('returns 100 documents when no limit is given', async () => {
      expect(await count(big.cloud.database().collection('many'))).toBe(100)
    })

    it('returns at most 1000 documents whatever the limit', async () => {
      expect(await count(big.cloud.database().collection('many').limit(1000))).toBe(1000)
      expect(await count(big.cloud.database().collection('many').limit(5000))).toBe(1000)
      expect(await count(big.cloud.database().collection('many').skip(1400).limit(1000))).toBe(100)
    })

    it('caps a raw request that asks the transport for more than 1000', () => {
      const res = new LocalDatabase(big.store).execute('database.getDocument', {
        collectionName: 'many',
        limit: 5000,
      })
      expect((res.data as { list: string[] }).list).toHaveLength(1000)
    })
  })
})
