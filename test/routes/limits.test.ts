import { dispatch } from '../../cloudfunctions/api/src/router'
import { COLLECTIONS } from '../../src/domain/collections'
import { httpApi, type HttpApi } from '../helpers/http'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { eventDraft, publishedEvent, seedEventsBase, STAFF, workers } from './events-fixtures'

/** Input limits before parsing: bodies nested or sized past the bounds are INVALID_INPUT, nothing changes. */
let t: TestRuntime
let http: HttpApi
let eventId: string
let worker: string

beforeAll(async () => {
  t = await testRuntime({ seed: false })
  seedEventsBase(t)
  http = await httpApi(t.runtime)
  eventId = await publishedEvent(t)
  ;[worker] = await workers(t, 1)
})
afterAll(async () => {
  await http.close()
  t.close()
})

const nested = (depth: number, leaf: unknown = 'x') => {
  let v: unknown = leaf
  for (let i = 0; i < depth; i++) v = { a: v }
  return v
}
/** The same nesting as JSON text, built without JSON.stringify (which overflows on it). */
const nestedText = (depth: number) => `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`

const signups = () => t.runtime.store.all(COLLECTIONS.eventSignups).length

describe('a request body nested 5,000 deep', () => {
  it('is INVALID_INPUT over HTTP, read before parsing, and nothing is written', async () => {
    const before = signups()
    const body = `{"route":"events/signup","input":{"eventId":"${eventId}","x":${nestedText(5000)}}}`
    expect(await http.postText(worker, body)).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: '提交的内容层级太深了',
    })
    expect(signups()).toBe(before)
  })

  it('is INVALID_INPUT in the router too (the cloud path, where the platform parsed it)', async () => {
    const result = await t.runtime.run(() =>
      dispatch({ route: 'events/signup', input: nested(5000) }, worker, t.runtime.cloud),
    )
    expect(result).toEqual({ ok: false, code: 'INVALID_INPUT', message: '提交的内容层级太深了' })
    expect(signups()).toBe(0)
  })

  it('brackets inside strings do not count as nesting', async () => {
    const result = await http.post(STAFF, 'staff/event/save', {
      ...eventDraft(),
      description: '{'.repeat(300) + '报名请带身份证' + ']'.repeat(300),
    })
    expect(result.ok).toBe(true)
  })
})

describe('a request too large or too wide', () => {
  it('30,000 values in one array is INVALID_INPUT, in the router', async () => {
    const result = await t.runtime.run(() =>
      dispatch(
        { route: 'events/signup', input: { eventId, x: Array.from({ length: 30_000 }, () => 1) } },
        worker,
        t.runtime.cloud,
      ),
    )
    expect(result).toEqual({ ok: false, code: 'INVALID_INPUT', message: '提交的内容太多了' })
  })

  it('a 2 MB body is INVALID_INPUT over HTTP', async () => {
    const body = JSON.stringify({ route: 'events/signup', input: { eventId, x: 'a'.repeat(2e6) } })
    expect(await http.postText(worker, body)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(signups()).toBe(0)
  })

  it('a normal sign-up still goes through', async () => {
    expect(await http.post(worker, 'events/signup', { eventId })).toMatchObject({ ok: true })
  })
})
