import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { loadDb } from '../../local/sdk'
import { LocalTransport } from '../../local/transport'

/**
 * The contract with wx-server-sdk: if a dependency bump moves the request-class seam or changes what
 * the SDK sends, these fail loudly instead of the app silently calling the network.
 */
describe('the wx-server-sdk seam', () => {
  let runtime: LocalRuntime
  beforeAll(async () => {
    runtime = await createRuntime()
  })
  afterAll(() => runtime.close())

  it('runs on the pinned SDK version', () => {
    expect(require('wx-server-sdk/package.json').version).toBe('4.0.2')
  })

  it('keeps Db.reqClass pinned to LocalTransport even after cloud.database() reassigns it', () => {
    runtime.cloud.database()
    runtime.cloud.database({ env: 'another-env' })
    expect(loadDb().reqClass).toBe(LocalTransport)
  })

  it('round-trips add, get, where, update, count, aggregate and remove through the real SDK', async () => {
    await runtime.run(async () => {
      const db = runtime.cloud.database()
      const _ = db.command
      const added = (await db
        .collection('seam')
        .add({ data: { name: '米粉', n: 1, at: new Date('2026-01-02T03:04:05Z') } })) as {
        _id: string
      }
      expect(typeof added._id).toBe('string')
      await db.collection('seam').add({ data: { name: '家政', n: 5 } })

      const one = (await db.collection('seam').doc(added._id).get()) as {
        data: Record<string, unknown>
      }
      expect(one.data).toEqual({
        _id: added._id,
        name: '米粉',
        n: 1,
        at: new Date('2026-01-02T03:04:05Z'),
      })
      expect(one.data.at).toBeInstanceOf(Date)

      const where = (await db
        .collection('seam')
        .where({ n: _.gte(2) })
        .limit(10)
        .get()) as unknown as { data: Array<{ name: string }> }
      expect(where.data.map((d) => d.name)).toEqual(['家政'])

      const updated = (await db
        .collection('seam')
        .where({ name: '米粉' })
        .update({ data: { n: _.inc(2) } })) as { stats: { updated: number } }
      expect(updated.stats.updated).toBe(1)
      expect(
        ((await db.collection('seam').doc(added._id).get()) as unknown as { data: { n: number } })
          .data.n,
      ).toBe(3)

      expect(((await db.collection('seam').count()) as { total: number }).total).toBe(2)
      expect(
        (
          (await db
            .collection('seam')
            .where({ n: _.lt(4) })
            .count()) as { total: number }
        ).total,
      ).toBe(1)

      const agg = (await db
        .collection('seam')
        .aggregate()
        .group({ _id: null, sum: _.aggregate.sum('$n') })
        .end()) as { list: Array<{ sum: number }> }
      expect(agg.list).toEqual([{ _id: null, sum: 8 }])

      const removed = (await db.collection('seam').doc(added._id).remove()) as {
        stats: { removed: number }
      }
      expect(removed.stats.removed).toBe(1)
      expect(runtime.store.all('seam').map((d) => d.name)).toEqual(['家政'])
    })
  })

  it('writes land in the store the runtime owns', async () => {
    await runtime.run(() =>
      runtime.cloud
        .database()
        .collection('seam_store')
        .add({ data: { _id: 'fixed', v: 1 } }),
    )
    expect(runtime.store.all('seam_store')).toEqual([{ _id: 'fixed', v: 1 }])
  })

  it('turns db.serverDate() into a real Date, with its offset', async () => {
    const before = Date.now()
    await runtime.run(async () => {
      const db = runtime.cloud.database()
      await db.collection('seam_dates').add({
        data: {
          _id: 'd',
          at: db.serverDate(),
          later: (db.serverDate as (opts: { offset: number }) => unknown)({ offset: 60_000 }),
        },
      })
    })
    const [doc] = runtime.store.all('seam_dates') as unknown as Array<{ at: Date; later: Date }>
    expect(doc.at).toBeInstanceOf(Date)
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before)
    expect(doc.later.getTime() - doc.at.getTime()).toBe(60_000)
  })

  it('rejects doc(id).get() on a missing document, as the cloud does', async () => {
    await expect(
      runtime.run(() => runtime.cloud.database().collection('seam').doc('missing').get()),
    ).rejects.toMatchObject({
      errMsg: expect.stringContaining('does not exist'),
    })
  })

  it('gives each call its own identity through getWXContext', async () => {
    const whoAmI = (openid: string | null) =>
      runtime.run(async () => {
        await new Promise((r) => setTimeout(r, 5))
        return runtime.cloud.getWXContext()
      }, openid)
    const [a, b, none] = await Promise.all([whoAmI('user-a'), whoAmI('user-b'), whoAmI(null)])
    expect(a).toMatchObject({ OPENID: 'user-a', APPID: 'local', ENV: 'local' })
    expect(b.OPENID).toBe('user-b')
    expect(none.OPENID).toBeUndefined()
  })

  it('passes the caller to the api function only through the platform context', async () => {
    const asWorker = (await runtime.call(
      'api',
      { route: 'session/whoami', input: {}, userInfo: { openId: 'forged' } },
      'someone',
    )) as {
      data: { openid: string }
    }
    expect(asWorker.data.openid).toBe('someone')
    const anonymous = (await runtime.call('api', { route: 'session/whoami', input: {} }, null)) as {
      data: { openid: null }
    }
    expect(anonymous.data.openid).toBeNull()
  })
})
