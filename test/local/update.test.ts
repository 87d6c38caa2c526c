import { createRuntime, type LocalRuntime } from '../../local/cloud'

type Stats = { stats: { updated: number } }

describe('writes through the SDK behave like the cloud database', () => {
  let runtime: LocalRuntime
  const db = () => runtime.cloud.database()
  const doc = (collection: string, id: string) =>
    runtime.store.all(collection).find((d) => d._id === id)
  beforeEach(async () => {
    runtime = await createRuntime()
  })
  afterEach(() => runtime.close())

  it('applies the update operators the SDK sends, including nested field paths', async () => {
    runtime.store.insertMany('profiles', [
      {
        _id: 'p',
        n: 1,
        tags: ['a', 'b'],
        set: [1],
        wishes: { brands: ['mifen'], minPay: 3000 },
        gone: 1,
      },
    ])
    const result = (await runtime.run(() => {
      const _ = db().command
      return db()
        .collection('profiles')
        .doc('p')
        .update({
          data: {
            n: _.inc(2),
            tags: _.push('c'),
            set: _.addToSet(1),
            gone: _.remove(),
            wishes: { minPay: 3500 },
            'address.county': '柳北区',
          },
        })
    })) as Stats
    expect(result.stats.updated).toBe(1)
    expect(doc('profiles', 'p')).toEqual({
      _id: 'p',
      n: 3,
      tags: ['a', 'b', 'c'],
      set: [1],
      wishes: { brands: ['mifen'], minPay: 3500 },
      address: { county: '柳北区' },
    })
    await runtime.run(() =>
      db()
        .collection('profiles')
        .doc('p')
        .update({ data: { tags: db().command.pull('a'), n: db().command.set(10) } }),
    )
    expect(doc('profiles', 'p')).toMatchObject({ tags: ['b', 'c'], n: 10 })
  })

  it('a conditional atomic update takes the last seat exactly once', async () => {
    runtime.store.insertMany('courses', [{ _id: 'c1', seatsLeft: 2 }])
    const take = () =>
      runtime.run(async () => {
        const _ = db().command
        const res = (await db()
          .collection('courses')
          .where({ _id: 'c1', seatsLeft: _.gt(0) })
          .update({ data: { seatsLeft: _.inc(-1) } })) as Stats
        return res.stats.updated
      })
    const results = await Promise.all([take(), take(), take(), take()])
    expect(results.sort()).toEqual([0, 0, 1, 1])
    expect(doc('courses', 'c1')).toEqual({ _id: 'c1', seatsLeft: 0 })
  })

  it('counts only documents that changed, and updates many with where()', async () => {
    runtime.store.insertMany('openings', [
      { _id: 'o1', status: 'open', county: '柳南区' },
      { _id: 'o2', status: 'open', county: '柳南区' },
      { _id: 'o3', status: 'closed', county: '柳南区' },
    ])
    const close = () =>
      runtime.run(() =>
        db()
          .collection('openings')
          .where({ county: '柳南区' })
          .update({ data: { status: 'closed' } }),
      ) as Promise<Stats>
    expect((await close()).stats.updated).toBe(2)
    expect((await close()).stats.updated).toBe(0)
    // An update leaves a document where it was: reads without orderBy keep their order.
    expect(runtime.store.all('openings').map((d) => d._id)).toEqual(['o1', 'o2', 'o3'])
  })

  it('set() replaces or creates a document, update() of a missing one changes nothing', async () => {
    runtime.store.insertMany('users', [{ _id: 'u1', roles: ['staff'], extra: true }])
    const set = (id: string) =>
      runtime.run(() =>
        db()
          .collection('users')
          .doc(id)
          .set({ data: { roles: ['employer'] } }),
      ) as Promise<{ stats: { updated: number; created: number } }>
    expect((await set('u1')).stats).toEqual({ updated: 1, created: 0 })
    expect(doc('users', 'u1')).toEqual({ _id: 'u1', roles: ['employer'] })
    expect((await set('u2')).stats).toEqual({ updated: 0, created: 1 })
    expect(doc('users', 'u2')).toEqual({ _id: 'u2', roles: ['employer'] })
    const missing = (await runtime.run(() =>
      db()
        .collection('users')
        .doc('nobody')
        .update({ data: { roles: [] } }),
    )) as Stats
    expect(missing.stats.updated).toBe(0)
    expect(doc('users', 'nobody')).toBeUndefined()
  })

  it('removes one document or all that match', async () => {
    runtime.store.insertMany('inbox', [
      { _id: 'm1', openid: 'a' },
      { _id: 'm2', openid: 'a' },
      { _id: 'm3', openid: 'b' },
    ])
    const removed = (await runtime.run(() =>
      db().collection('inbox').where({ openid: 'a' }).remove(),
    )) as { stats: { removed: number } }
    expect(removed.stats.removed).toBe(2)
    expect(runtime.store.all('inbox').map((d) => d._id)).toEqual(['m3'])
  })

  it('keeps Dates as Dates through add, update and get', async () => {
    const at = new Date('2026-06-01T08:00:00+08:00')
    const got = await runtime.run(async () => {
      await db()
        .collection('enrollments')
        .add({ data: { _id: 'e1', createdAt: at } })
      await db()
        .collection('enrollments')
        .doc('e1')
        .update({ data: { checkedInAt: new Date(at.getTime() + 1000) } })
      return (
        (await db().collection('enrollments').doc('e1').get()) as unknown as {
          data: { createdAt: Date; checkedInAt: Date }
        }
      ).data
    })
    expect(got.createdAt).toBeInstanceOf(Date)
    expect(got.createdAt.getTime()).toBe(at.getTime())
    expect(got.checkedInAt.getTime()).toBe(at.getTime() + 1000)
  })

  describe('unique indexes from database/indexes.json', () => {
    it('rejects a second enrollment of the same worker in the same course', async () => {
      const enroll = (id: string, openid: string) =>
        runtime.run(() =>
          db()
            .collection('enrollments')
            .add({ data: { _id: id, courseId: 'c1', openid, status: 'enrolled' } }),
        )
      await enroll('e1', 'w1')
      await expect(enroll('e2', 'w1')).rejects.toMatchObject({
        errCode: -502001,
        errMsg: expect.stringContaining('duplicate key'),
      })
      await enroll('e3', 'w2')
      expect(runtime.store.all('enrollments').map((d) => d._id)).toEqual(['e1', 'e3'])
    })

    it('rejects an update that would duplicate a unique key, and a reused _id', async () => {
      runtime.store.insertMany('employers', [
        { _id: 'a', uscc: '91450200MA5KXXXX1X' },
        { _id: 'b', uscc: '91450200MA5KXXXX2X' },
      ])
      await expect(
        runtime.run(() =>
          db()
            .collection('employers')
            .doc('b')
            .update({ data: { uscc: '91450200MA5KXXXX1X' } }),
        ),
      ).rejects.toMatchObject({
        errCode: -502001,
      })
      expect(doc('employers', 'b')).toMatchObject({ uscc: '91450200MA5KXXXX2X' })
      await expect(
        runtime.run(() =>
          db()
            .collection('employers')
            .add({ data: { _id: 'a', uscc: 'other' } }),
        ),
      ).rejects.toMatchObject({
        errMsg: expect.stringContaining('duplicate key'),
      })
    })

    it('lets a freed key be taken again', async () => {
      runtime.store.insertMany('event_signups', [{ _id: 's1', eventId: 'ev', openid: 'w' }])
      await runtime.run(() => db().collection('event_signups').doc('s1').remove())
      await runtime.run(() =>
        db()
          .collection('event_signups')
          .add({ data: { _id: 's2', eventId: 'ev', openid: 'w' } }),
      )
      expect(runtime.store.all('event_signups').map((d) => d._id)).toEqual(['s2'])
    })
  })
})
