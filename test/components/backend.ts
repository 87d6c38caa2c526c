/**
 * Gives the `@tarojs/taro` stand-in a back end: `Taro.request` to `/fn/api` is answered by the real
 * `api` function over a seeded in-memory local runtime, exactly as the local HTTP server answers it.
 */
import Taro from '@tarojs/taro'
import { testRuntime, type TestRuntime } from '../helpers/runtime'

type RequestOptions = { url: string; data?: unknown; header?: Record<string, string> }

const request = Taro.request as unknown as jest.Mock

/** Starts the runtime and routes H5 requests to it; `offline()` makes every request fail. */
export async function connectBackend() {
  process.env.TARO_ENV = 'h5'
  const rt: TestRuntime = await testRuntime()
  const online = () =>
    request.mockImplementation(async ({ url, data, header }: RequestOptions) => {
      if (url !== '/fn/api') return { statusCode: 404, data: 'not found' }
      return { statusCode: 200, data: await rt.raw(header?.['x-openid'] ?? null, data) }
    })
  const offline = () =>
    request.mockImplementation(() => Promise.reject({ errMsg: 'request:fail timeout' }))
  online()
  return { rt, online, offline, request }
}
