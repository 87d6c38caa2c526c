import { COLLECTIONS } from '../../src/domain/collections'
import { createRuntime, FUNCTIONS, type LocalRuntime } from '../../local/cloud'

describe('cloud.openapi locally', () => {
  let runtime: LocalRuntime
  const openapi = () =>
    runtime.cloud.openapi as {
      subscribeMessage: { send(p: object): Promise<{ errCode: number }> }
      security: {
        msgSecCheck(
          p: object,
        ): Promise<{ errCode: number; errcode: number; result: { suggest: string; label: number } }>
      }
      urlscheme: { generate(p: object): Promise<unknown> }
    }
  beforeEach(async () => {
    runtime = await createRuntime()
  })
  afterEach(() => runtime.close())

  it('subscribeMessage.send records the message in the outbox instead of sending it', async () => {
    // The api function calls cloud.init() when it loads; the fakes must survive that.
    await runtime.call('api', { route: 'catalog/brands', input: {} }, null)
    const res = await runtime.run(() =>
      openapi().subscribeMessage.send({
        touser: 'demo-worker',
        templateId: 'tpl-course',
        page: 'pages/me/index',
        data: { thing1: { value: '螺蛳粉制作' } },
      }),
    )
    expect(res.errCode).toBe(0)
    expect(runtime.store.all(COLLECTIONS.outbox)).toEqual([
      expect.objectContaining({
        touser: 'demo-worker',
        templateId: 'tpl-course',
        page: 'pages/me/index',
        data: { thing1: { value: '螺蛳粉制作' } },
        sentAt: expect.any(Date),
      }),
    ])
  })

  it('subscribeMessage.send rejects a message without a recipient, like the platform', async () => {
    await expect(
      runtime.run(() => openapi().subscribeMessage.send({ templateId: 'tpl', data: {} })),
    ).rejects.toMatchObject({ errCode: 47003 })
    expect(runtime.store.all(COLLECTIONS.outbox)).toEqual([])
  })

  it('security.msgSecCheck flags the listed words and passes ordinary text, deterministically', async () => {
    const check = (content: string) =>
      runtime.run(() =>
        openapi().security.msgSecCheck({ content, version: 2, scene: 1, openid: 'x' }),
      )
    expect(await check('招聘螺蛳粉师傅，包吃住，月薪5000元')).toMatchObject({
      errCode: 0,
      result: { suggest: 'pass' },
    })
    for (const text of ['可以代开发票', '线上赌博', '色情内容', '电信诈骗']) {
      expect(await check(text)).toMatchObject({
        errCode: 87014,
        errcode: 87014,
        result: { suggest: 'risky', label: expect.any(Number) },
      })
    }
  })

  it('other OpenAPIs reject clearly instead of calling the network', async () => {
    await expect(openapi().urlscheme.generate({})).rejects.toMatchObject({
      errMsg: expect.stringContaining('not emulated'),
    })
  })
})

describe('other cloud APIs locally', () => {
  it('callFunction runs another local function on the same store, with no user identity', async () => {
    const runtime = await createRuntime()
    FUNCTIONS.echo = () => async (event) => ({
      event,
      openid: runtime.cloud.getWXContext().OPENID ?? null,
      users: runtime.store.all('users').length,
    })
    try {
      runtime.store.insertMany('users', [{ _id: 'u' }])
      const res = await runtime.run(
        () => runtime.cloud.callFunction({ name: 'echo', data: { a: 1 } }),
        'caller',
      )
      expect(res).toMatchObject({ result: { event: { a: 1 }, openid: null, users: 1 } })
    } finally {
      delete FUNCTIONS.echo
      runtime.close()
    }
  })

  it('storage APIs reject at once instead of trying the network', async () => {
    const runtime = await createRuntime()
    try {
      await expect(
        runtime.cloud.getTempFileURL({ fileList: ['cloud://x'] }) as Promise<unknown>,
      ).rejects.toMatchObject({ errMsg: expect.stringContaining('not emulated') })
    } finally {
      runtime.close()
    }
  })
})

describe('several runtimes in one process', () => {
  it('keep their data apart, each call answered by its own store', async () => {
    const a = await createRuntime()
    const b = await createRuntime()
    try {
      a.store.insertMany('users', [{ _id: 'boss', roles: ['staff'] }])
      const whoami = (rt: LocalRuntime) =>
        rt.call('api', { route: 'session/whoami', input: {} }, 'boss') as Promise<{
          data: { roles: string[] }
        }>
      const [inA, inB] = await Promise.all([whoami(a), whoami(b)])
      expect(inA.data.roles).toEqual(['worker', 'staff'])
      expect(inB.data.roles).toEqual(['worker'])
    } finally {
      a.close()
      b.close()
    }
  })

  it('a closed runtime refuses calls', async () => {
    const rt = await createRuntime()
    rt.close()
    await expect(rt.call('api', { route: 'catalog/brands', input: {} }, null)).rejects.toThrow(
      'closed',
    )
  })
})
