/**
 * Batch writes as @cloudbase/database 1.4.3 sends them and the cloud answers them: `add` with an
 * array is ONE `database.insertDocument` whose `data` is an array of EJSON strings, answered
 * `{ data: { insertedIds } }`, which wx-server-sdk resolves as `{ _ids }` in the order given;
 * `where().update()` is ONE `database.modifyDocument` with `multi: true`, answered with the count.
 */
import { COLLECTIONS } from '../../src/domain/collections'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { LocalTransport } from '../../local/transport'

type Sent = { action: string; params: Record<string, unknown> }

describe('batch writes through the real SDK', () => {
  let runtime: LocalRuntime
  let sent: Sent[]
  const send = LocalTransport.prototype.send
  beforeAll(async () => {
    runtime = await createRuntime()
    // A pass-through that records what the SDK puts on the wire; the real transport answers.
    LocalTransport.prototype.send = function (this: LocalTransport, action, params) {
      sent.push({ action, params: { ...(params ?? {}) } as Record<string, unknown> })
      return send.call(this, action, params)
    }
  })
  beforeEach(() => {
    sent = []
  })
  afterAll(() => {
    LocalTransport.prototype.send = send
    runtime.close()
  })

  const db = () => runtime.cloud.database()

  it('inserts an array in one request and answers every id in order', async () => {
    const result = await runtime.run(() =>
      db()
        .collection('batch')
        .add({
          data: [
            { _id: 'b-2', n: 2, at: new Date('2026-12-01T08:00:00Z') },
            { n: 1 },
            { _id: 'b-0', n: 0 },
          ],
        }),
    )
    expect(sent).toHaveLength(1)
    expect(sent[0].action).toBe('database.insertDocument')
    const data = sent[0].params.data as string[]
    expect(Array.isArray(data)).toBe(true)
    expect(data).toHaveLength(3)
    for (const text of data) expect(typeof text).toBe('string')
    const { _ids, errMsg } = result as unknown as { _ids: string[]; errMsg: string }
    expect(errMsg).toBe('collection.add:ok')
    expect(_ids).toHaveLength(3)
    expect(_ids[0]).toBe('b-2')
    expect(_ids[1]).toMatch(/^[0-9a-f]{32}$/)
    expect(_ids[2]).toBe('b-0')
    const stored = runtime.store.all('batch')
    expect(stored.map((d) => d._id)).toEqual(_ids)
    expect(stored[0].at).toEqual(new Date('2026-12-01T08:00:00Z'))
  })

  it('a single document still answers `_id`, not `_ids`', async () => {
    const result = (await runtime.run(() =>
      db()
        .collection('batch')
        .add({ data: { _id: 'single', n: 9 } }),
    )) as unknown as Record<string, unknown>
    expect(result._id).toBe('single')
    expect(result._ids).toBeUndefined()
    expect(sent[0].params.data).toHaveLength(1)
  })

  it('refuses a batch holding an id already stored, or twice, and writes none of it', async () => {
    const before = runtime.store.all('batch').length
    for (const data of [
      [{ _id: 'fresh-1' }, { _id: 'b-0' }],
      [{ _id: 'fresh-2' }, { _id: 'fresh-2' }],
    ]) {
      await expect(runtime.run(() => db().collection('batch').add({ data }))).rejects.toMatchObject(
        { errMsg: expect.stringContaining('duplicate key') },
      )
    }
    expect(runtime.store.all('batch')).toHaveLength(before)
  })

  it('refuses a batch that breaks a unique index of database/indexes.json', async () => {
    const entry = (id: string) => ({ _id: id, openid: 'w-1', openingId: 'o-1', outcome: 'pending' })
    await expect(
      runtime.run(() =>
        db()
          .collection(COLLECTIONS.recommendations)
          .add({ data: [entry('r-1'), entry('r-2')] }),
      ),
    ).rejects.toMatchObject({ errMsg: expect.stringContaining('openid_openingId') })
    expect(runtime.store.all(COLLECTIONS.recommendations)).toHaveLength(0)
  })

  it('updates every matching document in one request and answers how many changed', async () => {
    const _ = db().command
    const result = (await runtime.run(() =>
      db()
        .collection('batch')
        .where({ _id: _.in(['b-0', 'b-2', 'single', 'missing']), n: _.lt(5) })
        .update({ data: { expired: true } }),
    )) as { stats: { updated: number } }
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ action: 'database.modifyDocument', params: { multi: true } })
    expect(result.stats.updated).toBe(2)
    const expired = runtime.store
      .all('batch')
      .filter((d) => d.expired)
      .map((d) => d._id)
    expect(expired.sort()).toEqual(['b-0', 'b-2'])
  })
})
