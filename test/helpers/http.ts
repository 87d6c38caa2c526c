import type { ApiResult, RouteInput, RouteName, RouteOutput } from '../../types/api'
import type { LocalRuntime } from '../../local/cloud'
import { startServer, type LocalServer } from '../../local/server'

/** The runtime's HTTP face on an ephemeral port, as the H5 app calls it (`POST /fn/api`). */
export interface HttpApi {
  server: LocalServer
  /** Calls `route` as `openid` over HTTP; resolves the envelope the app would receive. */
  post<K extends RouteName>(
    openid: string | null,
    route: K,
    input?: RouteInput<K>,
  ): Promise<ApiResult<RouteOutput<K>>>
  /** POSTs any text as the body. */
  postText(openid: string | null, body: string): Promise<unknown>
  close(): Promise<void>
}

export async function httpApi(runtime: LocalRuntime): Promise<HttpApi> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    runtime,
    staticDir: '/nonexistent',
  })
  const postText = async (openid: string | null, body: string) => {
    const res = await fetch(`${server.url}/fn/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
      body,
    })
    return res.json()
  }
  return {
    server,
    postText,
    post: (openid, route, input) =>
      postText(openid, JSON.stringify({ route, input: input ?? {} })) as Promise<
        ApiResult<RouteOutput<typeof route>>
      >,
    close: () => server.close(),
  }
}

/** How many answers carry each code (`ok` for successes). */
export function tally(results: Array<ApiResult<unknown>>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of results) {
    const key = r.ok ? 'ok' : r.code
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}
