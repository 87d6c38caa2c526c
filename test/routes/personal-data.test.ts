/**
 * Personal data and limits (issue 11): an ID number belongs to one account, also when two accounts
 * save it at once; posting and company registration are rate-limited with state in the database.
 */
import { isoBeijing } from '../../src/domain/time'
import { withUsccCheckDigit } from '../../src/domain/uscc'
import { RATE_LIMITS } from '../../cloudfunctions/api/src/rate-limit'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { ok, profileInput } from './training-fixtures'

jest.setTimeout(60_000)

let t: TestRuntime
beforeAll(async () => {
  t = await testRuntime()
})
afterAll(() => t.close())

describe('one ID number, one account', () => {
  it('two accounts saving the same number at once: one keeps it, the other is told how staff can help', async () => {
    const input = profileInput(901)
    const [a, b] = await Promise.all([
      t.api('id-owner-a', 'profile/save', input),
      t.api('id-owner-b', 'profile/save', input),
    ])
    const results = [a, b]
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const refused = results.find((r) => !r.ok)
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(!refused?.ok && refused?.message).toContain('人社服务窗口')
    expect(!refused?.ok && refused?.message).toContain('12333')
  })

  it('the owner saves again freely; changing the number frees the old one', async () => {
    ok(await t.api('id-mover', 'profile/save', profileInput(902)))
    ok(await t.api('id-mover', 'profile/save', profileInput(902, { name: '改了名字' })))
    expect(await t.api('id-taker', 'profile/save', profileInput(902))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    ok(await t.api('id-mover', 'profile/save', profileInput(903)))
    ok(await t.api('id-taker', 'profile/save', profileInput(902)))
  })
})

describe('rate limits', () => {
  it(`posting: ${RATE_LIMITS.post.max} an hour per employer, then RATE_LIMITED`, async () => {
    const post = (i: number) =>
      t.api('demo-employer', 'jobs/post', {
        brand: 'mifen',
        occupation: '传统螺蛳粉烹制',
        title: `螺蛳粉店帮厨${i}`,
        headcount: 1,
        payMin: 3000,
        payMax: 4000,
        county: '柳北区',
        description: '在店里帮忙备料、煮粉，包吃住，依法签订劳动合同。',
        expiresAt: isoBeijing(Date.now() + 10 * 86_400_000),
      })
    const answers = await Promise.all(
      Array.from({ length: RATE_LIMITS.post.max + 3 }, (_, i) => post(i)),
    )
    const codes = answers.map((r) => (r.ok ? 'OK' : r.code))
    expect(codes.filter((c) => c === 'OK')).toHaveLength(RATE_LIMITS.post.max)
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(3)
    const refused = answers.find((r) => !r.ok)
    expect(!refused?.ok && refused?.message).toContain('发布太频繁')
  })

  it(`company registration: ${RATE_LIMITS.register.max} a day per account`, async () => {
    const codes: string[] = []
    for (let i = 0; i < RATE_LIMITS.register.max + 1; i++) {
      const r = await t.api('serial-registrant', 'employer/register', {
        name: `柳州市第${i}测试有限公司`,
        uscc: withUsccCheckDigit(`91450200MA5TR${String(100 + i).padStart(4, '0')}`),
        contact: '王先生',
        phone: '13800002222',
      })
      codes.push(r.ok ? 'OK' : r.code)
    }
    expect(codes.at(-1)).toBe('RATE_LIMITED')
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(1)
  })
})
