import { AsyncLocalStorage } from 'node:async_hooks'
import type { FunctionEnv } from '../cloudfunctions/api/src/secrets'
import type { LocalDatabase } from './engine'

/** Who is calling and which database answers, for the duration of one function call. */
export interface CallScope {
  database: LocalDatabase
  openid: string | null
  /** The function's environment variables: this runtime's secrets. */
  environment: FunctionEnv
}

/** Carries the CallScope through every await of a call, so several runtimes can share a process. */
export const callScope = new AsyncLocalStorage<CallScope>()

const openDatabases: LocalDatabase[] = []
const environments = new WeakMap<LocalDatabase, FunctionEnv>()

/** Makes a database the answer for SDK calls made outside any call (the latest opened wins). */
export function registerDatabase(database: LocalDatabase, environment: FunctionEnv): void {
  openDatabases.push(database)
  environments.set(database, environment)
}

export function unregisterDatabase(database: LocalDatabase): void {
  const i = openDatabases.indexOf(database)
  if (i >= 0) openDatabases.splice(i, 1)
}

/** The function environment of the current call, else of the most recently opened runtime. */
export function currentEnvironment(): FunctionEnv {
  const scope = callScope.getStore()
  if (scope) return scope.environment
  const database = currentDatabase()
  return (database && environments.get(database)) ?? {}
}

/** The database of the current call, else the most recently opened runtime's. */
export function currentDatabase(): LocalDatabase | undefined {
  return callScope.getStore()?.database ?? openDatabases[openDatabases.length - 1]
}
