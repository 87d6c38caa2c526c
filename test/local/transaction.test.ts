import { createRuntime, type LocalRuntime } from '../../local/cloud'

type Tx = {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<unknown>
      update(o: { data: object }): Promise<unknown>
      set(o: { data: object }): Promise<unknown>
    }
    add(o: { data: object }): Promise<unknown>
  }
  commit(): Promise<unknown>
  rollback(reason?: unknown): Promise<unknown>
}

describe('transactions', () => {
  let runtime: LocalRuntime
  const db = () => runtime.cloud.database()
  const seats = () => runtime.store.all('courses').find((d) => d._id === 'c1')?.seatsLeft
  const start = () => runtime.run(() => db().startTransaction() as unknown as Promise<Tx>)
  beforeEach(async () => {
    runtime = await createRuntime()
    runtime.store.insertMany('courses', [{ _id: 'c1', seatsLeft: 5 }])
  })
  afterEach(() => runtime.close())

  it('runTransaction commits every write together and returns the callback result', async () => {
    const result = await runtime.run(() =>
      db().runTransaction(async (tx: Tx) => {
        const { data } = (await tx.collection('courses').doc('c1').get()) as {
          data: { seatsLeft: number }
        }
        await tx
          .collection('courses')
          .doc('c1')
          .update({ data: { seatsLeft: data.seatsLeft - 1 } })
        await tx
          .collection('enrollments')
          .add({ data: { _id: 'e1', courseId: 'c1', openid: 'w1' } })
        return 'done'
      }),
    )
    expect(result).toBe('done')
    expect(seats()).toBe(4)
    expect(runtime.store.all('enrollments')).toEqual([{ _id: 'e1', courseId: 'c1', openid: 'w1' }])
  })

  it('shows a transaction its own writes before commit, and nobody else', async () => {
    const tx = await start()
    await runtime.run(() =>
      tx
        .collection('courses')
        .doc('c1')
        .update({ data: { seatsLeft: 1 } }),
    )
    const inside = (await runtime.run(() => tx.collection('courses').doc('c1').get())) as {
      data: { seatsLeft: number }
    }
    expect(inside.data.seatsLeft).toBe(1)
    expect(seats()).toBe(5)
    await runtime.run(() => tx.commit())
    expect(seats()).toBe(1)
  })

  it('rollback discards the writes and runTransaction rejects with the reason', async () => {
    await expect(
      runtime.run(() =>
        db().runTransaction(async (tx: Tx) => {
          await tx
            .collection('courses')
            .doc('c1')
            .update({ data: { seatsLeft: 0 } })
          await tx.collection('enrollments').add({ data: { _id: 'e1' } })
          await tx.rollback('COURSE_FULL')
        }),
      ),
    ).rejects.toBe('COURSE_FULL')
    expect(seats()).toBe(5)
    expect(runtime.store.all('enrollments')).toEqual([])
  })

  it('a thrown error inside runTransaction rolls everything back', async () => {
    await expect(
      runtime.run(() =>
        db().runTransaction(async (tx: Tx) => {
          await tx
            .collection('courses')
            .doc('c1')
            .update({ data: { seatsLeft: 0 } })
          throw new Error('boom')
        }),
      ),
    ).rejects.toThrow('boom')
    expect(seats()).toBe(5)
  })

  it('when two transactions touch the same document, the later commit fails and changes nothing', async () => {
    const first = await start()
    const second = await start()
    await runtime.run(() =>
      first
        .collection('courses')
        .doc('c1')
        .update({ data: { seatsLeft: 4 } }),
    )
    await runtime.run(() =>
      second
        .collection('courses')
        .doc('c1')
        .update({ data: { seatsLeft: 3 } }),
    )
    await runtime.run(() => second.collection('enrollments').add({ data: { _id: 'from-second' } }))
    await runtime.run(() => first.commit())
    await expect(runtime.run(() => second.commit())).rejects.toMatchObject({
      code: 'DATABASE_TRANSACTION_CONFLICT',
    })
    expect(seats()).toBe(4)
    expect(runtime.store.all('enrollments')).toEqual([])
  })

  it('a plain write to a document a transaction read also makes its commit fail', async () => {
    const tx = await start()
    await runtime.run(() => tx.collection('courses').doc('c1').get())
    await runtime.run(() =>
      db()
        .collection('courses')
        .doc('c1')
        .update({ data: { seatsLeft: 2 } }),
    )
    await runtime.run(() =>
      tx
        .collection('courses')
        .doc('c1')
        .update({ data: { seatsLeft: 4 } }),
    )
    await expect(runtime.run(() => tx.commit())).rejects.toMatchObject({
      code: 'DATABASE_TRANSACTION_CONFLICT',
    })
    expect(seats()).toBe(2)
  })

  it('runTransaction retries after a conflict, so concurrent seat-taking never oversells', async () => {
    runtime.store.insertMany('courses', [{ _id: 'small', seatsLeft: 2 }])
    const takeSeat = (openid: string) =>
      runtime
        .run(() =>
          db().runTransaction(async (tx: Tx) => {
            const { data } = (await tx.collection('courses').doc('small').get()) as {
              data: { seatsLeft: number }
            }
            if (data.seatsLeft <= 0) {
              await tx.rollback('FULL')
              return 'full'
            }
            await new Promise((r) => setTimeout(r, 2))
            await tx
              .collection('courses')
              .doc('small')
              .update({ data: { seatsLeft: data.seatsLeft - 1 } })
            await tx
              .collection('enrollments')
              .add({ data: { _id: `e-${openid}`, courseId: 'small', openid } })
            return 'ok'
          }, 10),
        )
        .catch((e) => e)
    const results = await Promise.all(['a', 'b', 'c'].map(takeSeat))
    expect(results.filter((r) => r === 'ok')).toHaveLength(2)
    expect(runtime.store.all('courses').find((d) => d._id === 'small')?.seatsLeft).toBe(0)
    expect(runtime.store.all('enrollments')).toHaveLength(2)
  })

  it('a unique index is enforced inside a transaction too', async () => {
    runtime.store.insertMany('enrollments', [{ _id: 'e0', courseId: 'c1', openid: 'w1' }])
    await expect(
      runtime.run(() =>
        db().runTransaction(async (tx: Tx) => {
          await tx
            .collection('enrollments')
            .add({ data: { _id: 'e1', courseId: 'c1', openid: 'w1' } })
        }),
      ),
    ).rejects.toBeTruthy()
    expect(runtime.store.all('enrollments').map((d) => d._id)).toEqual(['e0'])
  })
})
