import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { clearFault, injectFault } from '../../local/faults'

/** Fault injection of the local transport, through the real SDK: fail or crash after write N. */
describe('fault injection', () => {
  let runtime: LocalRuntime
  const db = () => runtime.cloud.database()
  const add = (n: number) =>
    runtime.run(() =>
      db()
        .collection('faults')
        .add({ data: { _id: `d${n}`, n } }),
    )
  const read = () => runtime.run(() => db().collection('faults').where({}).limit(10).get())
  const stored = () => runtime.store.all('faults').map((d) => d.n)
  beforeEach(async () => {
    runtime = await createRuntime()
  })
  afterEach(() => runtime.close())

  it('counts writes and leaves them alone without a plan', async () => {
    const state = injectFault(runtime, null)
    await add(1)
    await read()
    await add(2)
    expect(state).toEqual({ writes: 2, crashed: false })
    expect(stored()).toEqual([1, 2])
  })

  it('fail: write N+1 is refused as a database error, later writes go through', async () => {
    injectFault(runtime, { mode: 'fail', afterWrites: 1 })
    await add(1)
    await expect(add(2)).rejects.toThrow(/injected fault: write failed/)
    await add(3)
    expect(stored()).toEqual([1, 3])
  })

  it('crash: writes up to N land, then every request is refused, reads too', async () => {
    const state = injectFault(runtime, { mode: 'crash', afterWrites: 2 })
    await add(1)
    await add(2)
    await read()
    await expect(add(3)).rejects.toThrow(/the instance crashed/)
    await expect(read()).rejects.toThrow(/the instance crashed/)
    expect(state.crashed).toBe(true)
    expect(stored()).toEqual([1, 2])
    clearFault(runtime)
    await add(4)
    expect(stored()).toEqual([1, 2, 4])
  })
})
