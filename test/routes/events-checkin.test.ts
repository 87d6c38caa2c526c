import { tmpdir } from 'node:os'
import type { ApiResult, RouteInput, RouteName, RouteOutput } from '../../types/api'
import { issueCheckinCode } from '../../cloudfunctions/api/src/checkin-code'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { startServer, type LocalServer } from '../../local/server'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { HOUR, STAFF, publishedEvent, seedEventsBase, workers } from './events-fixtures'
import { ok, readDoc, updateDoc } from './training-fixtures'

let t: TestRuntime
let server: LocalServer

beforeEach(async () => {
  t = await testRuntime({ seed: false })
  seedEventsBase(t)
  server = await startServer({ port: 0, runtime: t.runtime, staticDir: tmpdir() })
})
afterEach(async () => {
  await server.close()
  t.close()
})

/** A call as the phone makes it: POST /fn/api through the HTTP runtime, the caller in x-openid. */
async function http<K extends RouteName>(
  openid: string,
  route: K,
  input: RouteInput<K>,
): Promise<ApiResult<RouteOutput<K>>> {
  const res = await fetch(`${server.url}/fn/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify({ route, input }),
  })
  return (await res.json()) as ApiResult<RouteOutput<K>>
}

function refusal<T>(result: ApiResult<T>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a refusal, got ok')
  return { code: result.code, message: result.message }
}

/** An event in progress (started an hour ago) with signed-up workers. */
async function liveEvent(signedUp: string[]): Promise<string> {
  const id = await publishedEvent(t)
  for (const w of signedUp) ok(await http(w, 'events/signup', { eventId: id }))
  await updateDoc(t, COLLECTIONS.events, id, {
    startAt: isoBeijing(Date.now() - HOUR),
    endAt: isoBeijing(Date.now() + 2 * HOUR),
  })
  return id
}

describe('QR check-in through the HTTP runtime', () => {
  it('a fresh staff code checks a signed-up worker in; checking in twice counts once', async () => {
    const [a, b] = await workers(t, 2)
    const id = await liveEvent([a, b])
    const { code, expiresAt } = ok(await http(STAFF, 'events/checkinCode', { eventId: id }))
    const left = Date.parse(expiresAt) - Date.now()
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThanOrEqual(60_000)

    const first = ok(await http(a, 'events/checkin', { eventId: id, code }))
    expect(first).toMatchObject({ checkedIn: true, eventTitle: '八桂家政专场招聘会' })
    const again = ok(await http(a, 'events/checkin', { eventId: id, code }))
    expect(again).toEqual(first)
    const fresh = ok(await http(STAFF, 'events/checkinCode', { eventId: id })).code
    expect(ok(await http(a, 'events/checkin', { eventId: id, code: fresh }))).toEqual(first)

    const event = ok(await http(a, 'events/get', { id }))
    expect(event).toMatchObject({ checkedIn: true, checkedInCount: 1, results: { attended: 1 } })
    expect(ok(await http(b, 'events/get', { id })).checkedIn).toBe(false)
    ok(await http(b, 'events/checkin', { eventId: id, code }))
    expect(ok(await http(a, 'events/get', { id })).checkedInCount).toBe(2)
    expect(await readDoc(t, COLLECTIONS.eventSignups, `${id}:${a}`)).toMatchObject({
      checkedInAt: first.checkedInAt,
    })
  })

  it('accepts the code of the previous minute (time to scan) but refuses an older one as expired', async () => {
    const [a, b] = await workers(t, 2)
    const id = await liveEvent([a, b])
    const previous = issueCheckinCode(id, new Date(Date.now() - 60_000)).code
    ok(await http(a, 'events/checkin', { eventId: id, code: previous }))

    const old = issueCheckinCode(id, new Date(Date.now() - 3 * 60_000)).code
    const res = refusal(await http(b, 'events/checkin', { eventId: id, code: old }))
    expect(res).toEqual({
      code: 'CHECKIN_CODE_INVALID',
      message: '签到码已过期，请让工作人员刷新二维码后重新扫码',
    })
    expect(ok(await http(b, 'events/get', { id })).checkedIn).toBe(false)
  })

  it('refuses the code of another event, naming the reason', async () => {
    const [a] = await workers(t, 1)
    const id = await liveEvent([a])
    const other = await liveEvent([])
    const code = ok(await http(STAFF, 'events/checkinCode', { eventId: other })).code
    const res = refusal(await http(a, 'events/checkin', { eventId: id, code }))
    expect(res.code).toBe('CHECKIN_CODE_INVALID')
    expect(res.message).toContain('另一场活动')
    expect(ok(await http(a, 'events/get', { id })).checkedInCount ?? 0).toBe(0)
  })

  it('refuses altered and forged codes', async () => {
    const [a] = await workers(t, 1)
    const id = await liveEvent([a])
    const other = await liveEvent([])
    const code = ok(await http(STAFF, 'events/checkinCode', { eventId: id })).code
    const parts = code.split('.')
    const [prefix, window, sig] = [parts[0], parts.at(-2) ?? '', parts.at(-1) ?? '']
    const flip = (s: string, i: number) =>
      s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1)
    const altered = [
      `${prefix}.${id}.${window}.${flip(sig, 5)}`, // signature changed
      `${prefix}.${id}.${Number(window) + 1}.${sig}`, // window moved forward
      `${prefix}.${other}.${window}.${sig}`, // event swapped
      `${prefix}.${id}.${window}.${'A'.repeat(43)}`, // made up
      code.slice(0, -1), // cut short
      'https://example.cn/not-a-checkin-code',
    ]
    for (const forged of altered) {
      const res = refusal(await http(a, 'events/checkin', { eventId: id, code: forged }))
      expect(res).toEqual({
        code: 'CHECKIN_CODE_INVALID',
        message: '签到码无效，请对准工作人员手机上的签到二维码重新扫码',
      })
    }
    expect(ok(await http(a, 'events/get', { id })).checkedIn).toBe(false)
  })

  it('needs a sign-up, and only staff can show a code', async () => {
    const [a, stranger] = await workers(t, 2)
    const id = await liveEvent([a])
    expect(refusal(await http(a, 'events/checkinCode', { eventId: id })).code).toBe('FORBIDDEN')
    const code = ok(await http(STAFF, 'events/checkinCode', { eventId: id })).code
    const res = refusal(await http(stranger, 'events/checkin', { eventId: id, code }))
    expect(res.code).toBe('CONFLICT')
    expect(res.message).toContain('先在活动页点“报名”')
    expect(ok(await http(a, 'events/get', { id })).checkedInCount ?? 0).toBe(0)
  })

  it('no code for a cancelled event', async () => {
    const id = await liveEvent([])
    ok(await http(STAFF, 'staff/event/cancel', { id, reason: '暴雨预警' }))
    expect(refusal(await http(STAFF, 'events/checkinCode', { eventId: id })).code).toBe(
      'EVENT_CLOSED',
    )
  })
})
