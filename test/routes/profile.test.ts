import { findMany } from '../../cloudfunctions/api/src/db'
import { COLLECTIONS } from '../../src/domain/collections'
import { ID_REASONS } from '../../src/domain/id-card'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import {
  courseInput,
  idNumberFor,
  ok,
  PROVIDER_A,
  profileInput,
  readDoc,
  seedTraining,
} from './training-fixtures'

let t: TestRuntime

beforeEach(async () => {
  t = await testRuntime({ seed: false })
  seedTraining(t)
})
afterEach(() => t.close())

describe('profile/save', () => {
  it('refuses without consent and stores nothing', async () => {
    const res = await t.api('w1', 'profile/save', profileInput(1, { consent: false }))
    expect(res).toMatchObject({ ok: false, code: 'CONSENT_REQUIRED' })
    expect(!res.ok && res.message).toMatch(/同意/)
    expect(
      await t.raw('w1', {
        route: 'profile/save',
        input: { ...profileInput(1), consent: undefined },
      }),
    ).toMatchObject({
      ok: false,
      code: 'CONSENT_REQUIRED',
    })
    expect(await t.api('w1', 'profile/get')).toEqual({ ok: true, data: null })
    expect(await readDoc(t, COLLECTIONS.profiles, 'w1')).toBeNull()
  })

  it('refuses a wrong ID number with the specific reason', async () => {
    const good = idNumberFor(1)
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
    const cases: Array<[string, string]> = [
      [wrongCheck, ID_REASONS.check],
      [good.slice(0, 17), ID_REASONS.length],
      ['45020219900231001X', ID_REASONS.birth],
      ['45020219900101A01X', ID_REASONS.chars],
    ]
    for (const [idNumber, reason] of cases) {
      const res = await t.api('w1', 'profile/save', profileInput(1, { idNumber }))
      expect(res).toMatchObject({ ok: false, code: 'INVALID_ID_NUMBER' })
      expect(!res.ok && res.message).toContain(reason)
    }
    expect(await readDoc(t, COLLECTIONS.profiles, 'w1')).toBeNull()
  })

  it('refuses a wrong phone number and a township outside the county', async () => {
    const phone = await t.api('w1', 'profile/save', profileInput(1, { phone: '1234' }))
    expect(phone).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '手机号应为11位' })
    const township = await t.api(
      'w1',
      'profile/save',
      profileInput(1, { county: '城中区', township: '融水镇' }),
    )
    expect(township).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(!township.ok && township.message).toContain('融水镇不在城中区')
  })

  it('derives birth date and gender from the ID, masks it, and encrypts it at rest', async () => {
    const idNumber = idNumberFor(7) // sequence 007: odd, so male
    const saved = ok(await t.api('w1', 'profile/save', profileInput(7, { idNumber })))
    expect(saved).toMatchObject({
      name: '测试7号',
      birthDate: '1990-01-01',
      gender: 'male',
      idNumberMasked: `4502**********${idNumber.slice(-4)}`,
      complete: true,
    })
    expect(saved).not.toHaveProperty('idNumber')
    expect(saved.consentAt).toMatch(/\+08:00$/)

    const stored = await readDoc(t, COLLECTIONS.profiles, 'w1')
    expect(JSON.stringify(stored)).not.toContain(idNumber)
    expect(stored).toMatchObject({ idNumberEnc: expect.stringMatching(/^v1:/) })

    const female = ok(await t.api('w2', 'profile/save', profileInput(8)))
    expect(female.gender).toBe('female')
  })

  it('is idempotent: saving twice keeps one profile and the first consent time', async () => {
    const first = ok(await t.api('w1', 'profile/save', profileInput(1)))
    const second = ok(
      await t.api('w1', 'profile/save', profileInput(1, { name: '改名后', township: undefined })),
    )
    expect(second.name).toBe('改名后')
    expect(second.consentAt).toBe(first.consentAt)
    expect(second).not.toHaveProperty('township')
    const all = await t.runtime.run(() =>
      findMany(t.runtime.cloud.database().collection(COLLECTIONS.profiles).limit(10)),
    )
    expect(all).toHaveLength(1)
  })
})

describe('profile/get', () => {
  it('gives the owner the full number and the mask; nobody else can read it', async () => {
    ok(await t.api('w1', 'profile/save', profileInput(1)))
    const own = ok(await t.api('w1', 'profile/get'))
    expect(own).toMatchObject({
      idNumber: idNumberFor(1),
      idNumberMasked: expect.stringContaining('**********'),
    })
    expect(ok(await t.api('w2', 'profile/get'))).toBeNull()
    expect(await t.api(null, 'profile/get')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  })
})

describe('profile gate on sign-up', () => {
  it('refuses enroll/create with PROFILE_INCOMPLETE until the profile is saved', async () => {
    const courseId = ok(await t.api(PROVIDER_A, 'provider/course/save', courseInput())).id
    const before = await t.api('w1', 'enroll/create', { courseId })
    expect(before).toMatchObject({ ok: false, code: 'PROFILE_INCOMPLETE' })
    expect(!before.ok && before.message).toMatch(/个人信息/)
    ok(await t.api('w1', 'profile/save', profileInput(1)))
    expect(ok(await t.api('w1', 'enroll/create', { courseId })).status).toBe('confirmed')
  })
})
