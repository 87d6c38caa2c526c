/**
 * Employers and openings (R4), through the local runtime's HTTP face (`POST /fn/api`, as the H5 app
 * calls it) and the real SDK: sign-up with the 统一社会信用代码, staff review, screened posting,
 * the public list, closing and take-down.
 */
import type { ApiResult } from '../../types/api'
import type { Employer, EmployerMe, Opening, OpeningInput, OpeningPage } from '../../types/jobs'
import type { WhoAmI } from '../../types/session'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { withUsccCheckDigit } from '../../src/domain/uscc'
import { startServer, type LocalServer } from '../../local/server'
import { testRuntime, type TestRuntime } from '../helpers/runtime'

const STAFF = 'demo-staff'
let t: TestRuntime
let server: LocalServer

beforeAll(async () => {
  t = await testRuntime()
  server = await startServer({ port: 0, runtime: t.runtime, staticDir: '/nonexistent' })
})
afterAll(async () => {
  await server.close()
  t.close()
})

async function post<T>(
  openid: string | null,
  route: string,
  input: unknown = {},
): Promise<ApiResult<T>> {
  const res = await fetch(`${server.url}/fn/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify({ route, input }),
  })
  return (await res.json()) as ApiResult<T>
}

function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.data
}

let serial = 0
/** A valid code for a test employer (GB 32100 check character computed). */
function uscc(): string {
  serial += 1
  return withUsccCheckDigit(`91450200MA5TQT${String(serial).padStart(3, '0')}`)
}

function posting(overrides: Partial<OpeningInput> = {}): OpeningInput {
  return {
    brand: 'jiazheng',
    occupation: '养老护理员',
    title: '养老院护理员',
    headcount: 3,
    payMin: 3800,
    payMax: 4800,
    county: '柳南区',
    requirements: '有养老护理员证书优先',
    benefits: { socialInsurance: true, board: true },
    shift: '三班倒，月休4天',
    description: '在柳南区的养老院照护老人起居，包吃，缴纳社保，依法签订劳动合同。',
    expiresAt: isoBeijing(Date.now() + 30 * 86_400_000),
    ...overrides,
  }
}

/** Signs up an employer as `owner` and has staff verify it. */
async function verifiedEmployer(
  owner: string,
  name = '柳州测试家政服务有限公司',
): Promise<Employer> {
  const employer = ok(
    await post<Employer>(owner, 'employer/register', {
      name,
      uscc: uscc(),
      contact: '黄经理',
      phone: '13977200001',
    }),
  )
  return ok(
    await post<Employer>(STAFF, 'staff/employer/verify', {
      employerId: employer.id,
      approve: true,
    }),
  )
}

describe('employer sign-up and review', () => {
  it('refuses a 统一社会信用代码 with a wrong check character, with the reason', async () => {
    const good = uscc()
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
    const result = await post(`owner-bad-${serial}`, 'employer/register', {
      name: '柳州错误代码有限公司',
      uscc: wrong,
      contact: '李先生',
      phone: '13977200002',
    })
    expect(result).toMatchObject({ ok: false, code: 'INVALID_USCC' })
    expect(!result.ok && result.message).toContain('校验码')
  })

  it('signs up, waits for review, then staff verify and the owner becomes an employer', async () => {
    const owner = 'owner-flow'
    const code = uscc()
    const employer = ok(
      await post<Employer>(owner, 'employer/register', {
        name: '柳州示范家政有限公司',
        uscc: code,
        contact: '韦女士',
        phone: '139 7720 0003',
      }),
    )
    expect(employer).toMatchObject({
      status: 'pending',
      uscc: code,
      phone: '13977200003',
      blacklisted: false,
    })

    const me = ok(await post<EmployerMe>(owner, 'employer/me'))
    expect(me.standing).toBe('pending')
    expect(me.message).toContain('审核中')

    const early = await post(owner, 'jobs/post', posting())
    expect(early).toMatchObject({ ok: false, code: 'EMPLOYER_NOT_VERIFIED' })
    expect(!early.ok && early.message).toContain('审核')

    expect(
      await post(owner, 'staff/employer/verify', { employerId: employer.id, approve: true }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const verified = ok(
      await post<Employer>(STAFF, 'staff/employer/verify', {
        employerId: employer.id,
        approve: true,
      }),
    )
    expect(verified.status).toBe('verified')
    expect(ok(await post<WhoAmI>(owner, 'session/whoami')).roles).toEqual(
      expect.arrayContaining(['worker', 'employer']),
    )
    expect(ok(await post<EmployerMe>(owner, 'employer/me')).standing).toBe('verified')

    const opening = ok(await post<Opening>(owner, 'jobs/post', posting()))
    expect(opening).toMatchObject({
      status: 'open',
      employerId: employer.id,
      place: '柳南区',
      hired: 0,
    })
    const listed = ok(await post<OpeningPage>(null, 'jobs/list', { q: '示范家政' }))
    expect(listed.items.map((o) => o.id)).toEqual([opening.id])
    expect(ok(await post<Opening>(null, 'jobs/get', { id: opening.id })).title).toBe('养老院护理员')
  })

  it('keeps other roles when granting the employer role', async () => {
    const owner = 'owner-also-provider'
    t.runtime.store.insertMany(COLLECTIONS.users, [{ _id: owner, roles: ['provider'] }])
    await verifiedEmployer(owner, '柳州兼办培训有限公司')
    expect(ok(await post<WhoAmI>(owner, 'session/whoami')).roles).toEqual(
      expect.arrayContaining(['worker', 'provider', 'employer']),
    )
  })

  it('allows one employer per 统一社会信用代码 and one per owner', async () => {
    const code = uscc()
    ok(
      await post(`owner-a-${code}`, 'employer/register', {
        name: '柳州甲公司',
        uscc: code,
        contact: '甲',
        phone: '13977200004',
      }),
    )
    const again = await post(`owner-b-${code}`, 'employer/register', {
      name: '柳州乙公司',
      uscc: code,
      contact: '乙',
      phone: '13977200005',
    })
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' })
    const second = await post(`owner-a-${code}`, 'employer/register', {
      name: '柳州丙公司',
      uscc: uscc(),
      contact: '甲',
      phone: '13977200004',
    })
    expect(second).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('refuses with a reason the employer reads, and takes a corrected sign-up back to review', async () => {
    const owner = 'owner-refused'
    const employer = ok(
      await post<Employer>(owner, 'employer/register', {
        name: '柳州待改有限公司',
        uscc: uscc(),
        contact: '覃',
        phone: '13977200006',
      }),
    )
    expect(
      await post(STAFF, 'staff/employer/verify', { employerId: employer.id, approve: false }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
    ok(
      await post(STAFF, 'staff/employer/verify', {
        employerId: employer.id,
        approve: false,
        reason: '营业执照照片不清楚',
      }),
    )
    const me = ok(await post<EmployerMe>(owner, 'employer/me'))
    expect(me).toMatchObject({ standing: 'refused' })
    expect(me.message).toContain('营业执照照片不清楚')
    const refusedPost = await post(owner, 'jobs/post', posting())
    expect(refusedPost).toMatchObject({ ok: false, code: 'EMPLOYER_NOT_VERIFIED' })
    expect(!refusedPost.ok && refusedPost.message).toContain('营业执照照片不清楚')

    const fixed = ok(
      await post<Employer>(owner, 'employer/register', {
        name: '柳州待改有限公司',
        uscc: uscc(),
        contact: '覃',
        phone: '13977200006',
      }),
    )
    expect(fixed).toMatchObject({ id: employer.id, status: 'pending' })
  })

  it('says so when someone with no employer tries to post', async () => {
    const result = await post('nobody-employer', 'jobs/post', posting())
    expect(result).toMatchObject({ ok: false, code: 'EMPLOYER_NOT_VERIFIED' })
    expect(!result.ok && result.message).toContain('登记')
  })

  it('refuses a blacklisted employer with the reason', async () => {
    t.runtime.store.insertMany(COLLECTIONS.employers, [
      {
        _id: 'emp-blacklisted',
        id: 'emp-blacklisted',
        name: '柳州失信劳务有限公司',
        uscc: uscc(),
        contact: '某',
        phone: '13977200007',
        status: 'verified',
        blacklisted: true,
        ownerOpenid: 'owner-blacklisted',
      },
    ])
    t.runtime.store.insertMany(COLLECTIONS.users, [
      { _id: 'owner-blacklisted', roles: ['employer'] },
    ])
    const result = await post('owner-blacklisted', 'jobs/post', posting())
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(!result.ok && result.message).toContain('失信')
  })
})

describe('posting screening', () => {
  const owner = 'owner-screened'
  beforeAll(async () => {
    await verifiedEmployer(owner, '柳州筛查测试有限公司')
  })

  it('refuses a posting that asks for a deposit, naming what it found and why', async () => {
    const result = await post(
      owner,
      'jobs/post',
      posting({ description: '包吃包住，入职需交押金300元，做满三个月退还。' }),
    )
    expect(result).toMatchObject({ ok: false, code: 'POSTING_REJECTED' })
    expect(!result.ok && result.message).toContain('押金300元')
    expect(!result.ok && result.message).toContain('违法')
  })

  it.each([
    ['培训费', '上岗前参加公司培训，培训费1980元，可分期。'],
    ['培训贷', '零基础也能学，公司帮你办培训贷，先学后付。'],
    ['刷单', '在家用手机刷单，日结。'],
    ['日结高薪', '日结高薪，无需经验，手机就能做。'],
    ['服装费', '入职先交服装费200元。'],
  ])('refuses %s', async (word, description) => {
    const result = await post(owner, 'jobs/post', posting({ description }))
    expect(result).toMatchObject({ ok: false, code: 'POSTING_REJECTED' })
    expect(!result.ok && result.message).toContain(word)
  })

  it('lets a posting through that says no fees are charged', async () => {
    ok(
      await post(
        owner,
        'jobs/post',
        posting({ description: '公司不收取任何押金、培训费和服装费，培训费由公司承担，包住。' }),
      ),
    )
  })

  it('refuses what the WeChat content-security check flags', async () => {
    const result = await post(
      owner,
      'jobs/post',
      posting({ description: '招聘网络客服，工作内容涉及赌博网站推广。' }),
    )
    expect(result).toMatchObject({ ok: false, code: 'POSTING_REJECTED' })
    expect(!result.ok && result.message).toContain('内容安全')
  })

  it('checks pay, place, occupation and expiry', async () => {
    const cases: Array<[Partial<OpeningInput>, string]> = [
      [{ payMin: 5000, payMax: 4000 }, '最低月薪不能高于最高月薪'],
      [{ occupation: '钢筋工' }, '工种不属于'],
      [{ county: undefined }, '工作地点'],
      [{ expiresAt: isoBeijing(Date.now() - 86_400_000) }, '截止时间'],
    ]
    for (const [change, message] of cases) {
      const result = await post(owner, 'jobs/post', posting(change))
      expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
      expect(!result.ok && result.message).toContain(message)
    }
  })
})

describe('the public list, closing and take-down', () => {
  const owner = 'owner-lister'
  let opening: Opening
  beforeAll(async () => {
    await verifiedEmployer(owner, '柳州列表测试建工有限公司')
    opening = ok(
      await post<Opening>(
        owner,
        'jobs/post',
        posting({
          brand: 'jiangong',
          occupation: '钢筋工',
          title: '钢筋工（列表测试）',
          county: '鹿寨县',
        }),
      ),
    )
  })

  it('filters by brand, occupation, county and keyword, newest first, paged', async () => {
    const page = ok(
      await post<OpeningPage>(null, 'jobs/list', {
        brand: 'jiangong',
        occupation: '钢筋工',
        county: '鹿寨县',
      }),
    )
    expect(page.items[0].id).toBe(opening.id)
    expect(
      page.items.every(
        (o) => o.brand === 'jiangong' && o.occupation === '钢筋工' && o.county === '鹿寨县',
      ),
    ).toBe(true)

    const all = ok(await post<OpeningPage>(null, 'jobs/list', { pageSize: 50 }))
    expect(all.total).toBeGreaterThan(50)
    const second = ok(await post<OpeningPage>(null, 'jobs/list', { page: 2, pageSize: 50 }))
    expect(second.items.length).toBe(Math.min(50, all.total - 50))
    const ids = [...all.items, ...second.items].map((o) => o.id)
    expect(new Set(ids).size).toBe(ids.length)
    const posted = all.items.map((o) => o.postedAt)
    expect([...posted].sort().reverse()).toEqual(posted)
  })

  it('shows only open, unexpired openings of employers in good standing', async () => {
    const employers = t.runtime.store.all(COLLECTIONS.employers) as Array<{
      _id: string
      status: string
      blacklisted?: boolean
    }>
    const bad = new Set(
      employers.filter((e) => e.status !== 'verified' || e.blacklisted).map((e) => e._id),
    )
    const now = isoBeijing(new Date())
    let page = 1
    for (;;) {
      const result = ok(await post<OpeningPage>(null, 'jobs/list', { page, pageSize: 50 }))
      for (const o of result.items) {
        expect(o.status).toBe('open')
        expect(o.expiresAt > now).toBe(true)
        expect(bad.has(o.employerId)).toBe(false)
      }
      if (page * 50 >= result.total) break
      page += 1
    }
  })

  it('lets the employer close its own opening, and only staff take others down, with a reason', async () => {
    const extra = ok(
      await post<Opening>(
        owner,
        'jobs/post',
        posting({ title: '家务服务员（下架测试）', occupation: '家务服务员' }),
      ),
    )
    expect(await post('owner-screened', 'jobs/close', { id: extra.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await post(STAFF, 'jobs/close', { id: extra.id })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
    const down = ok(
      await post<Opening>(STAFF, 'jobs/close', { id: extra.id, reason: '岗位信息与实际不符' }),
    )
    expect(down).toMatchObject({ status: 'taken_down', takedownReason: '岗位信息与实际不符' })
    expect(await post(null, 'jobs/get', { id: extra.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(ok(await post<Opening>(owner, 'jobs/get', { id: extra.id })).status).toBe('taken_down')

    const closed = ok(await post<Opening>(owner, 'jobs/close', { id: opening.id }))
    expect(closed.status).toBe('closed')
    const page = ok(await post<OpeningPage>(null, 'jobs/list', { q: '列表测试' }))
    expect(page.items.map((o) => o.id)).not.toContain(opening.id)
    expect(
      ok(await post<Opening[]>(owner, 'employer/openings'))
        .map((o) => o.status)
        .sort(),
    ).toEqual(['closed', 'taken_down'])
  })
})
