import type { ApiResult, RouteInput, RouteName, RouteOutput } from '../../types/api'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { seedAvailable, seedIfEmpty } from '../../local/seed'

/** A local runtime over an in-memory store, for route tests. */
export interface TestRuntime {
  runtime: LocalRuntime
  /** Calls route `route` of the `api` function as `openid` (null = not signed in). */
  api<K extends RouteName>(
    openid: string | null,
    route: K,
    input?: RouteInput<K>,
  ): Promise<ApiResult<RouteOutput<K>>>
  /** Sends any event to the `api` function, e.g. a malformed one. */
  raw(openid: string | null, event: unknown): Promise<unknown>
  close(): void
}

/** Opens an in-memory runtime, seeded with the demo data by default (when database/seed exists). */
export async function testRuntime(opts: { seed?: boolean } = {}): Promise<TestRuntime> {
  const runtime = await createRuntime()
  if (opts.seed !== false && seedAvailable()) await seedIfEmpty(runtime)
  return {
    runtime,
    api: (openid, route, input) =>
      runtime.call('api', { route, input: input ?? {} }, openid) as Promise<
        ApiResult<RouteOutput<typeof route>>
      >,
    raw: (openid, event) => runtime.call('api', event, openid),
    close: () => runtime.close(),
  }
}
