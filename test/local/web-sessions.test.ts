import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COLLECTIONS } from '../../src/domain/collections'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { seedIfEmpty } from '../../local/seed'
import { startServer, type LocalServer } from '../../local/server'
import { httpApi, rawRequest } from '../helpers/raw-http'

const UA_WINDOWS_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const HOUR = 60 * 60 * 1000

jest.setTimeout(30_000)

describe('scan-to-sign-in and sessions over HTTP', () => {
  let runtime: LocalRuntime
  let server: LocalServer
  let staticDir: string

  /** The mini-program's call: WeChat names the caller. */
  const phone = <T>(openid: string, route: string, input: unknown) =>
    runtime.call('api', { route, input }, openid) as Promise<{
      ok: boolean
      code?: string
      data: T
    }>

  /** A browser signs in by scanning: start, the phone confirms, the page polls. */
  async function signInBrowser(openid: string, headers: Record<string, string> = {}) {
    const start = await httpApi(server.url, 'session/webLogin/start', {}, { headers })
    if (!start.ok) throw new Error(start.message)
    const { ticket } = start.data
    expect(await httpApi(server.url, 'session/webLogin/poll', { ticket })).toEqual({
      ok: true,
      data: { status: 'waiting' },
    })
    expect((await phone(openid, 'session/webLogin/confirm', { ticket })).ok).toBe(true)
    const poll = await httpApi(server.url, 'session/webLogin/poll', { ticket })
    if (!poll.ok || !poll.data.token) throw new Error('no token')
    return { ticket, token: poll.data.token }
  }

  const whoami = (token?: string) => httpApi(server.url, 'session/whoami', {}, { token })

  /** Moves a stored session's clock back, through the real SDK path. */
  const ageSession = (id: string, data: { lastUsedAt?: number; createdAt?: number }) =>
    runtime.run(() =>
      runtime.cloud.database().collection(COLLECTIONS.webSessions).doc(id).update({ data }),
    )

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'liuzhou-web-'))
    runtime = await createRuntime()
    await seedIfEmpty(runtime)
    server = await startServer({ port: 0, host: '127.0.0.1', runtime, staticDir })
  })
  afterAll(async () => {
    await server.close()
    runtime.close()
    rmSync(staticDir, { recursive: true, force: true })
  })

  it('signs a browser in by a confirmed scan: the phone sees which browser asks, roles are the account’s', async () => {
    const start = await httpApi(
      server.url,
      'session/webLogin/start',
      {},
      { headers: { 'user-agent': UA_WINDOWS_CHROME } },
    )
    if (!start.ok) throw new Error(start.message)
    const { ticket, expiresAt } = start.data
    const ttl = Date.parse(expiresAt) - Date.now()
    expect(ttl).toBeGreaterThan(110_000)
    expect(ttl).toBeLessThanOrEqual(120_000)
    expect(await httpApi(server.url, 'session/webLogin/poll', { ticket })).toEqual({
      ok: true,
      data: { status: 'waiting' },
    })

    const asks = await phone<{ browser: string; place: string }>(
      'demo-staff',
      'session/webLogin/inspect',
      { ticket },
    )
    expect(asks.data.browser).toBe('Chrome 131 · Windows')
    expect(asks.data.place).toMatch(/本机（(::ffff:)?127\.0\.0\.1）/)
    expect((await phone('demo-staff', 'session/webLogin/confirm', { ticket })).ok).toBe(true)

    const poll = await httpApi(server.url, 'session/webLogin/poll', { ticket })
    expect(poll.ok && poll.data.status).toBe('confirmed')
    const token = poll.ok ? poll.data.token! : ''
    expect(token).toMatch(/\./)
    // The token is handed out once: a second poll (someone who saw the QR) gets nothing.
    expect(await httpApi(server.url, 'session/webLogin/poll', { ticket })).toEqual({
      ok: true,
      data: { status: 'expired' },
    })

    const me = await whoami(token)
    expect(me.ok && me.data).toMatchObject({ openid: 'demo-staff', roles: ['worker', 'staff'] })
    expect((await httpApi(server.url, 'staff/match/coverage', {}, { token })).ok).toBe(true)

    // A worker who scans gets a worker's session: staff routes stay closed.
    const worker = await signInBrowser('demo-worker')
    const forbidden = await httpApi(server.url, 'staff/match/coverage', {}, { token: worker.token })
    expect(forbidden).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('stores only the hash of a token, with the openid, times and browser', async () => {
    const { token } = await signInBrowser('demo-employer', { 'user-agent': UA_WINDOWS_CHROME })
    const [sessionId, secret] = token.split('.')
    const doc = runtime.store.get(COLLECTIONS.webSessions, sessionId) as Record<string, unknown>
    expect(doc).toMatchObject({ openid: 'demo-employer', browser: 'Chrome 131 · Windows' })
    expect(JSON.stringify(runtime.store.all(COLLECTIONS.webSessions))).not.toContain(secret)
    expect(doc.secretHash).toMatch(/^[0-9a-f]{64}$/)
    expect(typeof doc.createdAt).toBe('number')
    expect(typeof doc.lastUsedAt).toBe('number')
  })

  it('answers UNAUTHENTICATED to a made-up, a malformed, an expired and a revoked token', async () => {
    const { token } = await signInBrowser('demo-staff')
    const [sessionId] = token.split('.')
    const madeUp = `${sessionId}.${'A'.repeat(43)}`
    for (const bad of [madeUp, 'not-a-token', `${'x'.repeat(24)}.${'y'.repeat(43)}`]) {
      expect(await whoami(bad)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    }
    // Even a route anyone may call: a stale token is told so, not served as a stranger.
    expect(await httpApi(server.url, 'catalog/brands', {}, { token: madeUp })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
    expect((await whoami(token)).ok).toBe(true)

    // 12 hours idle.
    const idle = await signInBrowser('demo-staff')
    await ageSession(idle.token.split('.')[0], { lastUsedAt: Date.now() - 12 * HOUR - 1000 })
    expect(await whoami(idle.token)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    // Used within 12 hours but begun more than 7 days ago.
    const old = await signInBrowser('demo-staff')
    await ageSession(old.token.split('.')[0], {
      createdAt: Date.now() - 7 * 24 * HOUR - 1000,
      lastUsedAt: Date.now() - HOUR,
    })
    expect(await whoami(old.token)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    // Used 11 hours ago: still alive.
    const recent = await signInBrowser('demo-staff')
    await ageSession(recent.token.split('.')[0], { lastUsedAt: Date.now() - 11 * HOUR })
    expect((await whoami(recent.token)).ok).toBe(true)
  })

  it('lists a person’s browsers in 我的, ends any of them, and sign-out ends the current one', async () => {
    const a = await signInBrowser('demo-provider', { 'user-agent': UA_WINDOWS_CHROME })
    const b = await signInBrowser('demo-provider')
    const stranger = await signInBrowser('demo-trainee')

    const listed = await phone<Array<{ id: string; browser: string; current: boolean }>>(
      'demo-provider',
      'session/sessions',
      {},
    )
    expect(listed.data.map((s) => s.id).sort()).toEqual(
      [a.token.split('.')[0], b.token.split('.')[0]].sort(),
    )
    expect(JSON.stringify(listed.data)).not.toContain(a.token.split('.')[1])
    const fromBrowser = await httpApi(server.url, 'session/sessions', {}, { token: a.token })
    expect(fromBrowser.ok && fromBrowser.data.find((s) => s.current)?.id).toBe(
      a.token.split('.')[0],
    )

    // Another person's session cannot be ended, nor told apart from one that does not exist.
    const notMine = await phone('demo-provider', 'session/revoke', {
      sessionId: stranger.token.split('.')[0],
    })
    expect(notMine).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect((await whoami(stranger.token)).ok).toBe(true)

    expect(
      (await phone('demo-provider', 'session/revoke', { sessionId: b.token.split('.')[0] })).ok,
    ).toBe(true)
    expect(await whoami(b.token)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })

    expect(await httpApi(server.url, 'session/logout', {}, { token: a.token })).toEqual({
      ok: true,
      data: { ended: true },
    })
    expect(await whoami(a.token)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    const left = await phone<unknown[]>('demo-provider', 'session/sessions', {})
    expect(left.data).toEqual([])
  })

  it('lets a ticket be confirmed once, only before it runs out, and only from the mini-program', async () => {
    const start = await httpApi(server.url, 'session/webLogin/start', {})
    const ticket = start.ok ? start.data.ticket : ''
    // Not signed in on the phone: no confirmation.
    expect(
      await runtime.call('api', { route: 'session/webLogin/confirm', input: { ticket } }, null),
    ).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    // A browser session cannot confirm another browser.
    const { token } = await signInBrowser('demo-staff')
    expect(
      await httpApi(server.url, 'session/webLogin/confirm', { ticket }, { token }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // Two phones at once: exactly one wins, and it is that person's session.
    const both = await Promise.all([
      phone('demo-worker', 'session/webLogin/confirm', { ticket }),
      phone('demo-trainee', 'session/webLogin/confirm', { ticket }),
    ])
    expect(both.filter((r) => r.ok)).toHaveLength(1)
    expect(both.filter((r) => !r.ok).map((r) => r.code)).toEqual(['NOT_FOUND'])
    const winner = both[0].ok ? 'demo-worker' : 'demo-trainee'
    const polls = await Promise.all(
      [1, 2, 3].map(() => httpApi(server.url, 'session/webLogin/poll', { ticket })),
    )
    const tokens = polls.flatMap((p) => (p.ok && p.data.token ? [p.data.token] : []))
    expect(tokens).toHaveLength(1)
    const me = await whoami(tokens[0])
    expect(me.ok && me.data.openid).toBe(winner)

    // A ticket past its 2 minutes cannot be confirmed; made-up tickets neither.
    const late = await httpApi(server.url, 'session/webLogin/start', {})
    const lateTicket = late.ok ? late.data.ticket : ''
    const hash = Object.keys(
      Object.fromEntries(
        runtime.store
          .all(COLLECTIONS.webLoginTickets)
          .filter((d) => (d as unknown as { status: string }).status === 'waiting')
          .map((d) => [(d as unknown as { _id: string })._id, d]),
      ),
    )
    await runtime.run(() =>
      Promise.all(
        hash.map((id) =>
          runtime.cloud
            .database()
            .collection(COLLECTIONS.webLoginTickets)
            .doc(id)
            .update({ data: { expiresAt: Date.now() - 1 } }),
        ),
      ),
    )
    expect(
      await phone('demo-staff', 'session/webLogin/confirm', { ticket: lateTicket }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await httpApi(server.url, 'session/webLogin/poll', { ticket: lateTicket })).toEqual({
      ok: true,
      data: { status: 'expired' },
    })
    expect(
      await phone('demo-staff', 'session/webLogin/confirm', { ticket: 'A'.repeat(32) }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await phone('demo-staff', 'session/webLogin/confirm', { ticket: '../x' })).toMatchObject(
      { ok: false, code: 'INVALID_INPUT' },
    )
  })

  it('takes no identity from headers or the body: only the bearer token (x-openid is local, same-origin only)', async () => {
    // The body's userInfo and made-up identity headers are ignored.
    const forged = await rawRequest(server.url, {
      body: JSON.stringify({
        route: 'session/whoami',
        input: {},
        userInfo: { openId: 'demo-staff' },
      }),
      headers: { 'x-wx-openid': 'demo-staff', 'x-openid-override': 'demo-staff' },
    })
    expect(JSON.parse(forged.text).data.openid).toBeNull()
    // The local convenience works for a script on this machine (no Origin) …
    const script = await httpApi(
      server.url,
      'session/whoami',
      {},
      { headers: { 'x-openid': 'demo-staff' } },
    )
    expect(script.ok && script.data.openid).toBe('demo-staff')
    // … and never for a page of another origin.
    const page = await rawRequest(server.url, {
      body: JSON.stringify({ route: 'session/whoami', input: {} }),
      headers: { 'x-openid': 'demo-staff', origin: 'http://evil.example' },
    })
    expect(page.status).toBe(403)
    expect(JSON.parse(page.text)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('refuses pages of other origins (no access-control-allow-origin), and requests not addressed to loopback', async () => {
    const before = runtime.store.all(COLLECTIONS.webLoginTickets).length
    for (const origin of ['http://evil.example', 'http://127.0.0.1:1', 'null']) {
      const preflight = await rawRequest(server.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      })
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
      expect(preflight.status).toBe(403)
      const simple = await rawRequest(server.url, {
        body: JSON.stringify({ route: 'session/webLogin/start', input: {} }),
        headers: { origin, 'content-type': 'text/plain' },
      })
      expect(simple.status).toBe(403)
      expect(simple.headers['access-control-allow-origin']).toBeUndefined()
    }
    // Nothing ran for them.
    expect(runtime.store.all(COLLECTIONS.webLoginTickets)).toHaveLength(before)
    // The runtime's own origin is served.
    const own = await rawRequest(server.url, {
      body: JSON.stringify({ route: 'catalog/brands', input: {} }),
      headers: { origin: server.url },
    })
    expect(own.status).toBe(200)
    expect(own.headers['access-control-allow-origin']).toBeUndefined()

    for (const host of [
      'evil.example',
      'evil.example:80',
      `127.0.0.1.evil.example:${server.port}`,
    ]) {
      for (const path of ['/fn/api', '/', '/local/demo-users']) {
        const res = await rawRequest(server.url, {
          method: path === '/fn/api' ? 'POST' : 'GET',
          path,
          headers: { host, 'x-openid': 'demo-staff' },
          body:
            path === '/fn/api' ? JSON.stringify({ route: 'session/whoami', input: {} }) : undefined,
        })
        expect(res.status).toBe(403)
        expect(res.text).not.toContain('demo-staff')
      }
    }
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`]) {
      const res = await rawRequest(server.url, {
        method: 'GET',
        path: '/healthz',
        headers: { host },
      })
      expect(res.status).toBe(200)
    }
  })

  it('serves a configured origin with its own name in access-control-allow-origin, never *', async () => {
    process.env.WEB_ORIGINS = 'https://desk.example.gov.cn'
    try {
      const preflight = await rawRequest(server.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://desk.example.gov.cn', 'access-control-request-method': 'POST' },
      })
      expect(preflight.status).toBe(204)
      expect(preflight.headers['access-control-allow-origin']).toBe('https://desk.example.gov.cn')
      const call = await rawRequest(server.url, {
        body: JSON.stringify({ route: 'catalog/brands', input: {} }),
        headers: { origin: 'https://desk.example.gov.cn', 'x-openid': 'demo-staff' },
      })
      expect(call.headers['access-control-allow-origin']).toBe('https://desk.example.gov.cn')
      expect(JSON.parse(call.text).ok).toBe(true)
      // The configured page is a page of another origin still: x-openid means nothing to it.
      const who = await rawRequest(server.url, {
        body: JSON.stringify({ route: 'session/whoami', input: {} }),
        headers: { origin: 'https://desk.example.gov.cn', 'x-openid': 'demo-staff' },
      })
      expect(JSON.parse(who.text).data.openid).toBeNull()
    } finally {
      delete process.env.WEB_ORIGINS
    }
  })

  it('lets the demo sign-in page issue the same kind of session for a demo user, same origin only', async () => {
    const res = await rawRequest(server.url, {
      path: '/local/demo-sign-in',
      body: JSON.stringify({ openid: 'demo-staff' }),
    })
    const token = JSON.parse(res.text).data.token as string
    expect(runtime.store.get(COLLECTIONS.webSessions, token.split('.')[0])).toMatchObject({
      openid: 'demo-staff',
    })
    expect((await whoami(token)).ok).toBe(true)
    const other = await rawRequest(server.url, {
      path: '/local/demo-sign-in',
      body: JSON.stringify({ openid: 'demo-staff' }),
      headers: { origin: 'http://evil.example' },
    })
    expect(other.status).toBe(403)
    expect(other.text).not.toContain('token')
    const notDemo = await rawRequest(server.url, {
      path: '/local/demo-sign-in',
      body: JSON.stringify({ openid: 'someone-real' }),
    })
    expect(JSON.parse(notDemo.text)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})
