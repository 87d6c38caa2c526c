/**
 * The api function's secrets, from its environment variables (set in the cloud console, or by
 * `npm run deploy` from the deployer's environment). There is no fallback: a function without them,
 * or with one too short to be safe, refuses to serve (see `secretProblems`).
 */

/** A function's environment variables. */
export type FunctionEnv = Readonly<Record<string, string | undefined>>

let source: () => FunctionEnv = () => process.env

/**
 * Where `functionEnv` reads from: `process.env` in the cloud. The local runtime gives each call its
 * store's own secrets (several runtimes can share one process), so it replaces the source.
 */
export function setEnvironmentSource(next: () => FunctionEnv): void {
  source = next
}

export function functionEnv(): FunctionEnv {
  return source()
}

/** 32 bytes of AES-256-GCM key for ID numbers at rest, written as 64 hex characters. */
const ID_NUMBER_KEY_HEX = /^[0-9a-fA-F]{64}$/
/** The HMAC key of check-in codes: at least this many characters (e.g. 32 random bytes, base64). */
export const CHECKIN_SECRET_MIN = 32

/** What is wrong with the secrets in `env`, naming each variable; empty when both are usable. */
export function secretProblems(env: FunctionEnv = functionEnv()): string[] {
  const out: string[] = []
  const idKey = env.ID_NUMBER_KEY
  if (!idKey) out.push('ID_NUMBER_KEY is not set')
  else if (!ID_NUMBER_KEY_HEX.test(idKey))
    out.push('ID_NUMBER_KEY must be 64 hex characters (32 bytes)')
  const checkin = env.CHECKIN_SECRET
  if (!checkin) out.push('CHECKIN_SECRET is not set')
  else if (checkin.length < CHECKIN_SECRET_MIN)
    out.push(`CHECKIN_SECRET must be at least ${CHECKIN_SECRET_MIN} characters`)
  return out
}

function secretOf(name: 'ID_NUMBER_KEY' | 'CHECKIN_SECRET', env: FunctionEnv): string {
  const problem = secretProblems(env).find((p) => p.startsWith(name))
  if (problem) throw new Error(problem)
  return env[name] as string
}

/** The key that encrypts ID numbers; throws when it is missing or malformed. */
export function idNumberKey(env: FunctionEnv = functionEnv()): Buffer {
  return Buffer.from(secretOf('ID_NUMBER_KEY', env), 'hex')
}

/** The key that signs check-in codes; throws when it is missing or too short. */
export function checkinSecret(env: FunctionEnv = functionEnv()): string {
  return secretOf('CHECKIN_SECRET', env)
}

const logged = new Set<string>()

/** Logs each secret problem once per function instance (every refused call would repeat it). */
export function logSecretProblems(problems: string[]): void {
  const fresh = problems.filter((p) => !logged.has(p))
  fresh.forEach((p) => logged.add(p))
  if (fresh.length)
    console.error(`[api] INTERNAL: refusing to serve until fixed: ${fresh.join('; ')}`)
}
