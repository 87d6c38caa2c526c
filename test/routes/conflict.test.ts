import { isTransactionConflict, retryOnConflict } from '../../cloudfunctions/api/src/conflict'
import { AppError } from '../../cloudfunctions/api/src/errors'
import { createRuntime, type LocalRuntime } from '../../local/cloud'

type Tx = {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: { n: number } }>
      update(o: { data: object }): Promise<unknown>
    }
  }
}

/**
 * The conflict a transaction meets when another changes its document, raised by the local runtime
 * as the cloud raises it, through the real SDK (whose runTransaction retries three times itself).
 */
describe('transaction conflicts', () => {
  let runtime: LocalRuntime
  const db = () => runtime.cloud.database()
  beforeEach(async () => {
    runtime = await createRuntime()
    runtime.store.insertMany('counters', [{ _id: 'c', n: 0 }])
  })
  afterEach(() => runtime.close())

  /** A transaction that reads the counter, lets `meddle` change it, then writes: it always conflicts. */
  const contested = (meddle: () => Promise<unknown>) =>
    runtime.run(() =>
      db().runTransaction(async (tx: Tx) => {
        const { data } = await tx.collection('counters').doc('c').get()
        await meddle()
        await tx
          .collection('counters')
          .doc('c')
          .update({ data: { n: data.n + 1 } })
      }),
    )
  const bump = async (): Promise<void> => {
    await db()
      .collection('counters')
      .doc('c')
      .update({ data: { n: db().command.inc(1) } })
  }

  it('the SDK gives up after its retries with an error the helper recognises', async () => {
    const err = await contested(bump).catch((e: unknown) => e)
    expect(isTransactionConflict(err)).toBe(true)
    expect(isTransactionConflict(new Error('document with _id c does not exist'))).toBe(false)
  })

  it('a conflict that persists becomes CONFLICT 人太多了，请稍后再试', async () => {
    const err = await retryOnConflict(() => contested(bump), 2).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect(err).toMatchObject({ code: 'CONFLICT', message: '人太多了，请稍后再试' })
  })

  it('a conflict that passes is retried inside the function and succeeds', async () => {
    let meddled = 0
    // Someone else writes during the first four runs (the SDK's own three retries and one of ours).
    await retryOnConflict(() => contested(() => (meddled++ < 4 ? bump() : Promise.resolve())))
    expect(runtime.store.get('counters', 'c')?.n).toBe(5)
  })
})
