import { ApiError, callApi } from '../../src/services/call-api'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend, signInAs } from './backend'

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())
beforeEach(() => {
  resetTaroStub()
  backend.online()
})

describe('callApi on H5', () => {
  it('returns the route data from the api function', async () => {
    const brands = await callApi('catalog/brands', {})

    expect(brands.map((b) => b.name)).toEqual(['八桂米粉师傅', '八桂家政', '八桂建工', '龙城刺绣'])
  })

  it('names the caller with the signed-in local openid', async () => {
    expect((await callApi('session/whoami', {})).openid).toBeNull()

    signInAs('demo-worker')

    expect(await callApi('session/whoami', {})).toMatchObject({
      openid: 'demo-worker',
      roles: ['worker'],
    })
  })

  it('throws ApiError with the code and Chinese message of a refused call', async () => {
    const err = await callApi('catalog/brands', { extra: 1 } as never).catch((e: unknown) => e)

    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).code).toBe('INVALID_INPUT')
    expect((err as ApiError).message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('retries a read a bounded number of times, then says the network is bad', async () => {
    backend.offline()

    const err = await callApi('catalog/brands', {}, { retry: true }).catch((e: unknown) => e)

    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'NETWORK', message: '网络不太好，请检查网络后重试' })
    expect(backend.request).toHaveBeenCalledTimes(3)
  })

  it('never retries a call that did not ask for it (a write could happen twice)', async () => {
    backend.offline()

    await expect(callApi('catalog/brands', {})).rejects.toMatchObject({ code: 'NETWORK' })
    expect(backend.request).toHaveBeenCalledTimes(1)
  })

  it('succeeds when the network comes back during the retries', async () => {
    backend.request.mockImplementationOnce(() => Promise.reject({ errMsg: 'request:fail timeout' }))

    const brands = await callApi('catalog/brands', {}, { retry: true })

    expect(brands).toHaveLength(4)
    expect(backend.request).toHaveBeenCalledTimes(2)
  })
})
