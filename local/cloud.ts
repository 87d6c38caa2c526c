import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { setEnvironmentSource, type FunctionEnv } from '../cloudfunctions/api/src/secrets'
import {
  callScope,
  currentDatabase,
  currentEnvironment,
  registerDatabase,
  unregisterDatabase,
} from './context'
import { LocalDatabase, type EngineOptions } from './engine'
import { createOpenApi } from './openapi'
import { loadCloud, loadDb, type Cloud } from './sdk'
import { localEnvironment } from './secrets'
import { LocalStore } from './store'
import { LocalTransport } from './transport'

/** A cloud function's entry, as the platform calls it. */
export type CloudMain = (event: unknown, context?: unknown) => Promise<unknown>

/**
 * The cloud functions the runtime can run, each loaded on first call (after the seam is in place).
 * A new function is one more line: `name: () => load(require('../cloudfunctions/name/src/index'))`.
 */
const load = (module: unknown) => (module as { main: CloudMain }).main
export const FUNCTIONS: Record<string, () => CloudMain> = {
  api: () => load(require('../cloudfunctions/api/src/index')),
  scheduler: () => load(require('../cloudfunctions/scheduler/src/index')),
}

/** Rejected by `call` for a function name the runtime does not know. */
export class UnknownFunctionError extends Error {
  constructor(readonly fn: string) {
    super(`unknown cloud function: ${fn}`)
    this.name = 'UnknownFunctionError'
  }
}

export interface LocalRuntime {
  /** Invokes cloud function `fn` ('api', later 'scheduler') as `openid` (null = no identity). Resolves to exactly what the function returns. */
  call(fn: string, event: unknown, openid: string | null): Promise<unknown>
  /** Runs SDK code (e.g. `cloud.database()` queries) against this runtime's store, as `openid`. */
  run<R>(fn: () => R, openid?: string | null): Promise<Awaited<R>>
  /** The real wx-server-sdk module, with the seam installed. */
  cloud: Cloud
  store: LocalStore
  /** What the functions read as their environment variables (the store's secrets). */
  environment: FunctionEnv
  close(): void
}

let installedCloud: Cloud | undefined

/** SDK calls that would go to the network; locally they reject at once instead. */
const NOT_EMULATED = [
  'uploadFile',
  'downloadFile',
  'getTempFileURL',
  'deleteFile',
  'callOpenAPI',
  'getOpenData',
  'getVoIPSign',
  'getCloudCallSign',
] as const

/** What the platform hands a function: the caller's data plus `userInfo`, after a JSON trip. */
function toEvent(event: unknown, openid: string | null): unknown {
  const data = event === undefined ? {} : JSON.parse(JSON.stringify(event))
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data
  const { userInfo: _ignored, ...rest } = data as Record<string, unknown>
  return openid ? { ...rest, userInfo: { appId: 'local', openId: openid } } : rest
}

/** The function's return value as the caller receives it: serialised to JSON and back. */
function fromResult(result: unknown): unknown {
  return result === undefined ? undefined : JSON.parse(JSON.stringify(result))
}

/** Runs cloud function `fn` against `database` as `openid`, as the platform would. */
async function invoke(
  database: LocalDatabase,
  environment: FunctionEnv,
  fn: string,
  event: unknown,
  openid: string | null,
) {
  const load = Object.prototype.hasOwnProperty.call(FUNCTIONS, fn) ? FUNCTIONS[fn] : undefined
  if (!load) throw new UnknownFunctionError(fn)
  const main = load()
  const payload = toEvent(event, openid)
  return fromResult(await callScope.run({ database, openid, environment }, () => main(payload, {})))
}

/**
 * Installs the seam once per module registry: pins `Db.reqClass` to LocalTransport (the node SDK
 * reassigns it on every `cloud.database()`, so a getter that ignores writes), and replaces
 * `getWXContext`, `openapi` and `callFunction` with versions that read the current call.
 */
export function installSeam(): Cloud {
  if (installedCloud) return installedCloud
  // Without this the SDK starts a metadata request on init that fails offline.
  process.env.TENCENTCLOUD = 'true'
  Object.defineProperty(loadDb(), 'reqClass', {
    configurable: true,
    get: () => LocalTransport,
    set() {},
  })
  const cloud = loadCloud()
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  cloud.getWXContext = () => {
    const openid = callScope.getStore()?.openid ?? undefined
    return {
      OPENID: openid,
      APPID: 'local',
      UNIONID: openid && `local-union-${openid}`,
      ENV: 'local',
      SOURCE: 'wx_client',
    }
  }
  const sdk = cloud as unknown as Record<string, unknown>
  sdk.openapi = createOpenApi()
  // A function calling another: the callee runs on the same store with no user identity.
  sdk.callFunction = async ({ name, data }: { name: string; data?: unknown }) => {
    const database = callScope.getStore()?.database ?? currentDatabase()
    if (!database) throw Object.assign(new Error('no local runtime is open'), { errCode: -1 })
    const result = await invoke(database, currentEnvironment(), name, data ?? {}, null)
    return { result, errMsg: 'cloud.callFunction:ok', requestID: 'local' }
  }
  for (const api of NOT_EMULATED) {
    sdk[api] = async () => {
      const errMsg = `${api}:fail not emulated by the local runtime`
      throw Object.assign(new Error(errMsg), { errCode: -1, errMsg })
    }
  }
  // Each call reads its own runtime's secrets, never the process's environment.
  setEnvironmentSource(currentEnvironment)
  installedCloud = cloud
  return cloud
}

/**
 * Opens a local runtime over a store (`:memory:` unless `file` is given). `fastPath: false` makes
 * mingo evaluate every query (for comparisons and benchmarks). The functions' secrets are the
 * store's own (random for an in-memory store, kept beside a store file); `environment` replaces
 * them with exactly the variables a cloud console would hold (cloud-mode tests).
 */
export async function createRuntime(
  opts: { file?: string; environment?: FunctionEnv } & EngineOptions = {},
): Promise<LocalRuntime> {
  const cloud = installSeam()
  const file = opts.file ?? ':memory:'
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const store = LocalStore.open({ file })
  const environment = opts.environment ?? localEnvironment(file).env
  const database = new LocalDatabase(store, { fastPath: opts.fastPath })
  registerDatabase(database, environment)
  let closed = false
  const assertOpen = () => {
    if (closed) throw new Error('local runtime is closed')
  }

  return {
    cloud,
    store,
    environment,
    async call(fn, event, openid) {
      assertOpen()
      return invoke(database, environment, fn, event, openid)
    },
    async run<R>(fn: () => R, openid: string | null = null): Promise<Awaited<R>> {
      assertOpen()
      return await callScope.run({ database, openid, environment }, fn)
    },
    close() {
      if (closed) return
      closed = true
      unregisterDatabase(database)
      store.close()
    },
  }
}
