import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRuntime, FUNCTIONS, type LocalRuntime } from '../../local/cloud'
import { startServer, type LocalServer } from '../../local/server'
import { ensureBrands } from './fixtures/brands'

describe('the local HTTP server', () => {
  let runtime: LocalRuntime
  let server: LocalServer
  let staticDir: string

  const post = async (body: string, opts: { fn?: string; openid?: string } = {}) => {
    const res = await fetch(`${server.url}/fn/${opts.fn ?? 'api'}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.openid !== undefined ? { 'x-openid': opts.openid } : {}),
      },
      body,
    })
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() }
  }
  const postJson = async (body: unknown, opts?: { fn?: string; openid?: string }) => {
    const res = await post(JSON.stringify(body), opts)
    expect(res.status).toBe(200)
    expect(res.type).toMatch(/^application\/json/)
    return JSON.parse(res.text)
  }
  const brandsAnswer = () => postJson({ route: 'catalog/brands', input: {} })

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'liuzhou-h5-'))
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>柳州劳务品牌</title>')
    writeFileSync(join(staticDir, 'app.js'), 'console.log(1)')
    runtime = await createRuntime()
    ensureBrands(runtime)
    server = await startServer({ port: 0, host: '127.0.0.1', runtime, staticDir })
  })
  afterAll(async () => {
    await server.close()
    runtime.close()
    rmSync(staticDir, { recursive: true, force: true })
  })

  it('answers catalog/brands with the four brand lines', async () => {
    const body = await brandsAnswer()
    expect(body.ok).toBe(true)
    expect(body.data.map((b: { name: string }) => b.name)).toEqual([
      '八桂米粉师傅',
      '八桂家政',
      '八桂建工',
      '龙城刺绣',
    ])
    expect(body.data[0].targets.training.value).toBe(8000)
  })

  it('takes the caller from the x-openid header, and nobody when it is empty', async () => {
    expect(
      (await postJson({ route: 'session/whoami', input: {} }, { openid: 'demo-worker' })).data
        .openid,
    ).toBe('demo-worker')
    expect(
      (await postJson({ route: 'session/whoami', input: {} }, { openid: '' })).data.openid,
    ).toBeNull()
    expect((await postJson({ route: 'session/whoami', input: {} })).data.openid).toBeNull()
  })

  it('answers an envelope error for bad requests and keeps serving', async () => {
    const notJson = await post('not json')
    expect(notJson.status).toBe(200)
    expect(JSON.parse(notJson.text)).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: '请求格式不对',
    })
    expect(await postJson({ route: 'nope' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await postJson({ route: 'catalog/brands', input: { x: 1 } })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
    expect(await postJson([1, 2])).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(
      await postJson({ route: 'catalog/brands', input: {} }, { fn: 'nosuchfunction' }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const huge = await post(
      JSON.stringify({ route: 'catalog/brands', input: { text: 'x'.repeat(1_100_000) } }),
    )
    expect(JSON.parse(huge.text)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect((await brandsAnswer()).ok).toBe(true)
  })

  it('never leaks a stack or an error message when a function crashes', async () => {
    const api = FUNCTIONS.api
    FUNCTIONS.api = () => async () => {
      throw new Error('secret detail at /work/main/file.ts:1')
    }
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const res = await post(JSON.stringify({ route: 'x' }))
      expect(JSON.parse(res.text)).toEqual({
        ok: false,
        code: 'INTERNAL',
        message: '系统开小差了，请稍后再试',
      })
      expect(res.text).not.toContain('secret')
    } finally {
      FUNCTIONS.api = api
      spy.mockRestore()
    }
    expect((await brandsAnswer()).ok).toBe(true)
  })

  it('reports health and lists the demo users for the sign-in page', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true })
    const users = await (await fetch(`${server.url}/local/demo-users`)).json()
    expect(users.map((u: { openid: string }) => u.openid)).toEqual([
      'demo-worker',
      'demo-trainee',
      'demo-employer',
      'demo-provider',
      'demo-staff',
    ])
    expect(users[0].label).toBe('劳动者（已填资料）')
  })

  it('serves the H5 build, with index.html for / and for client routes', async () => {
    const home = await fetch(`${server.url}/`)
    expect(home.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await home.text()).toContain('柳州劳务品牌')
    expect(await (await fetch(`${server.url}/pages/home/index`)).text()).toContain('柳州劳务品牌')
    const js = await fetch(`${server.url}/app.js`)
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404)
  })

  it('does not serve files outside the H5 build', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/..%2f..%2f..%2fetc%2fpasswd' },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(404)
  })
})
