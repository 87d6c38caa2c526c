import { request } from 'node:http'
import type { ApiResult, RouteInput, RouteName, RouteOutput } from '../../types/api'

export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
}

/**
 * One raw HTTP request to a local server, with full control of Host, Origin and the other headers
 * (which fetch would not let a test set).
 */
export function rawRequest(
  url: string,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<RawAnswer> {
  const target = new URL(opts.path ?? '/fn/api', url)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: opts.method ?? 'POST',
        headers: {
          ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    if (opts.body !== undefined) req.write(opts.body)
    req.end()
  })
}

/** Calls a route over HTTP as a browser at a desk would: with its bearer token, if any. */
export async function httpApi<K extends RouteName>(
  url: string,
  route: K,
  input: RouteInput<K>,
  opts: { token?: string; headers?: Record<string, string> } = {},
): Promise<ApiResult<RouteOutput<K>>> {
  const res = await rawRequest(url, {
    body: JSON.stringify({ route, input }),
    headers: {
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
  })
  return JSON.parse(res.text) as ApiResult<RouteOutput<K>>
}
