/**
 * Secrets fail closed. With the environment a cloud console would hold, the api function refuses
 * to serve (INTERNAL, logged once naming the variable) when ID_NUMBER_KEY or CHECKIN_SECRET is
 * missing or too short; nothing is written. Locally every store gets its own random secrets.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COLLECTIONS } from '../../src/domain/collections'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { secretsFileOf } from '../../local/secrets'
import { profileInput } from './training-fixtures'

const INTERNAL = { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' }
const GOOD = { ID_NUMBER_KEY: 'ab'.repeat(32), CHECKIN_SECRET: 'c'.repeat(32) }

const opened: LocalRuntime[] = []
afterEach(() => opened.splice(0).forEach((r) => r.close()))
async function runtime(opts: Parameters<typeof createRuntime>[0]) {
  const r = await createRuntime(opts)
  opened.push(r)
  return r
}
const saveProfile = (r: LocalRuntime, openid = 'w-1') =>
  r.call('api', { route: 'profile/save', input: profileInput(1) }, openid)

function errors() {
  return jest.spyOn(console, 'error').mockImplementation(() => undefined)
}

test('without the secrets the function refuses, says which variable once, and writes nothing', async () => {
  const r = await runtime({ environment: {} })
  const log = errors()
  try {
    expect(await saveProfile(r)).toEqual(INTERNAL)
    expect(await r.call('api', { route: 'catalog/brands', input: {} }, null)).toEqual(INTERNAL)
    expect(log).toHaveBeenCalledTimes(1)
    const said = String(log.mock.calls[0][0])
    expect(said).toContain('ID_NUMBER_KEY is not set')
    expect(said).toContain('CHECKIN_SECRET is not set')
  } finally {
    log.mockRestore()
  }
  expect(r.store.all(COLLECTIONS.profiles)).toHaveLength(0)
})

test('a secret that is there but too short is refused as well, naming it', async () => {
  const r = await runtime({ environment: { ...GOOD, CHECKIN_SECRET: 'liuzhou-checkin' } })
  const log = errors()
  try {
    expect(await saveProfile(r)).toEqual(INTERNAL)
    expect(log).toHaveBeenCalledTimes(1)
    expect(String(log.mock.calls[0][0])).toContain('CHECKIN_SECRET must be at least 32 characters')
    expect(String(log.mock.calls[0][0])).not.toContain('ID_NUMBER_KEY')
  } finally {
    log.mockRestore()
  }
  const short = await runtime({ environment: { ...GOOD, ID_NUMBER_KEY: 'abcd' } })
  const log2 = errors()
  try {
    expect(await saveProfile(short)).toEqual(INTERNAL)
    expect(String(log2.mock.calls[0][0])).toContain('ID_NUMBER_KEY must be 64 hex characters')
  } finally {
    log2.mockRestore()
  }
})

test('with both secrets set the function serves', async () => {
  const r = await runtime({ environment: GOOD })
  expect(await saveProfile(r)).toMatchObject({ ok: true })
  expect(await r.call('api', { route: 'profile/get', input: {} }, 'w-1')).toMatchObject({
    ok: true,
    data: { idNumber: profileInput(1).idNumber },
  })
})

test('two fresh local stores have different secrets, kept beside each store and reused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liuzhou-secrets-'))
  try {
    const [a, b] = ['a.sqlite', 'b.sqlite'].map((f) => join(dir, f))
    const ra = await runtime({ file: a })
    const rb = await runtime({ file: b })
    expect(ra.environment.ID_NUMBER_KEY).not.toBe(rb.environment.ID_NUMBER_KEY)
    expect(ra.environment.CHECKIN_SECRET).not.toBe(rb.environment.CHECKIN_SECRET)
    expect(JSON.parse(readFileSync(secretsFileOf(a), 'utf8'))).toEqual(ra.environment)
    expect(statSync(secretsFileOf(a)).mode & 0o077).toBe(0)
    expect(await saveProfile(ra)).toMatchObject({ ok: true })
    ra.close()

    // Reopened, the store reads its ID numbers back with the same key.
    const again = await runtime({ file: a })
    expect(again.environment).toEqual(JSON.parse(readFileSync(secretsFileOf(a), 'utf8')))
    expect(await again.call('api', { route: 'profile/get', input: {} }, 'w-1')).toMatchObject({
      ok: true,
      data: { idNumber: profileInput(1).idNumber },
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('two in-memory runtimes have different secrets', async () => {
  const [a, b] = [await runtime({}), await runtime({})]
  expect(a.environment.ID_NUMBER_KEY).toMatch(/^[0-9a-f]{64}$/)
  expect(a.environment.ID_NUMBER_KEY).not.toBe(b.environment.ID_NUMBER_KEY)
  expect(a.environment.CHECKIN_SECRET).not.toBe(b.environment.CHECKIN_SECRET)
})
