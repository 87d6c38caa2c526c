import type { ApiResult } from '../../types/api'
import type { StartupCheckInput } from '../../types/startup'
import { buildInstitutions } from '../../database/seed/network'
import { COLLECTIONS } from '../../src/domain/collections'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { ok, workersWithProfiles } from './training-fixtures'

const STAFF = 'startup-staff'
let t: TestRuntime

beforeEach(async () => {
  t = await testRuntime({ seed: false })
  t.runtime.store.insertMany(COLLECTIONS.users, [{ _id: STAFF, roles: ['staff'] }])
  t.runtime.store.insertMany(
    COLLECTIONS.institutions,
    buildInstitutions() as unknown as Array<Record<string, unknown>>,
  )
})
afterEach(() => t.close())

function refused<T>(result: ApiResult<T>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a refusal, got ok')
  expect(result.message).toMatch(/[\u4e00-\u9fa5]/)
  return { code: result.code, message: result.message }
}

const check = async (input: StartupCheckInput) => ok(await t.api(null, 'startup/check', input))
const migrant: StartupCheckInput = {
  who: 'person',
  group: '返乡创业农民工',
  otherLoans: ['购车贷款'],
}

describe('startup/check: the issue’s cases', () => {
  it('a 返乡创业农民工 with only a car loan: eligible up to 30万 for 3 years, with reasons and sources', async () => {
    const { loan, notice, apply } = await check(migrant)
    expect([loan.eligible, loan.maxAmount, loan.years]).toEqual([true, 300_000, 3])
    expect(loan.reasons).toEqual(
      expect.arrayContaining([
        '你是返乡创业农民工，在可以申请的人员范围内',
        '你和配偶现有的购车贷款不影响申请',
        '个人最高可以申请30万元',
        '期限最长3年',
        expect.stringContaining('LPR 减 150 个基点'),
      ]),
    )
    expect(loan.sources.join()).toMatch(/财金〔2020〕21号/)
    expect(loan.sources.join()).toMatch(/个人创业担保贷款最高30万元/)
    expect(notice).toMatch(/不是贷款承诺.*银行/)
    expect(apply).toMatch(/人力资源和社会保障局/)
  })

  it('the same with a spouse’s business loan: not eligible, and says why', async () => {
    const { loan } = await check({ ...migrant, spouseLoans: ['经营贷款'] })
    expect([loan.eligible, loan.maxAmount, loan.years]).toEqual([false, 0, 0])
    expect(loan.reasons).toHaveLength(1)
    expect(loan.reasons[0]).toMatch(
      /^你的配偶有经营贷款：除助学贷款、脱贫人口小额信贷、住房贷款、购车贷款、消费贷款/,
    )
    expect(loan.sources.join()).toMatch(/本人及配偶没有其他贷款/)
  })

  it('a firm of 50 staff with 4 new qualifying hires (8%) is not eligible; with 5 (10%) up to 400万 for 2 years', async () => {
    const firm: StartupCheckInput = {
      who: 'firm',
      staff: 50,
      newHires: 4,
      contractsOneYear: true,
      arrears: false,
    }
    const short = (await check(firm)).loan
    expect([short.eligible, short.maxAmount]).toEqual([false, 0])
    expect(short.reasons).toEqual([
      '现有职工50人，今年新招用符合条件人员4人（8%），不到10%：企业需要新招用至少5人',
    ])
    expect(short.sources.join()).toMatch(/10%（超过100人的企业达到5%）/)
    const enough = (await check({ ...firm, newHires: 5 })).loan
    expect([enough.eligible, enough.maxAmount, enough.years]).toEqual([true, 4_000_000, 2])
    expect(enough.reasons[0]).toBe('现有职工50人，今年新招用符合条件人员5人（10%），达到10%的要求')
    expect(enough.sources.join()).toMatch(/小微企业创业担保贷款最高400万元/)
  })
})

describe('startup/check: the rest of the rules', () => {
  it('above 100 staff the share is 5%; arrears or short contracts refuse', async () => {
    const big = {
      who: 'firm' as const,
      staff: 200,
      newHires: 10,
      contractsOneYear: true,
      arrears: false,
    }
    expect((await check(big)).loan.eligible).toBe(true)
    expect((await check({ ...big, newHires: 9 })).loan.reasons[0]).toMatch(
      /超过100人的企业需要新招用至少10人/,
    )
    expect((await check({ ...big, arrears: true })).loan.reasons).toEqual([
      '企业有拖欠工资或欠缴社会保险费的情况，不能申请',
    ])
    expect((await check({ ...big, contractsOneYear: false })).loan.eligible).toBe(false)
  })

  it('partners get up to 10% more on their combined amount; a fourth loan is refused', async () => {
    const two = (await check({ ...migrant, partners: 2 })).loan
    expect(two.maxAmount).toBe(660_000)
    expect(two.reasons).toContain('2人合伙创业：合计最高66万元（每人30万元，合计再上浮10%）')
    const fourth = (await check({ ...migrant, previousLoans: 3 })).loan
    expect([fourth.eligible, fourth.reasons[0]]).toEqual([
      false,
      '创业担保贷款最多贷3次，你已经贷过3次',
    ])
  })

  it('a consumer loan of 5万 or more stops an applicant, one below does not; no group, no loan', async () => {
    const consumer = { ...migrant, otherLoans: ['消费贷款' as const] }
    expect((await check({ ...consumer, consumerLoanBalance: 49_999 })).loan.eligible).toBe(true)
    expect((await check({ ...consumer, consumerLoanBalance: 50_000 })).loan.eligible).toBe(false)
    const unknown = (await check(consumer)).loan
    expect(unknown.reasons).toContain('消费贷款余额须低于5万元，申请时银行会核对')
    expect((await check({ who: 'person' })).loan.reasons).toEqual(['请先选择你属于哪一类人员'])
  })

  it('every one of the ten groups exactly as written may apply; another name is refused as input', async () => {
    const groups = ok(await t.api(null, 'startup/rules')).groups.value
    expect(groups).toEqual([
      '城镇登记失业人员',
      '就业困难人员 含残疾人',
      '退役军人',
      '高校毕业生',
      '化解过剩产能企业职工和失业人员',
      '返乡创业农民工',
      '网络商户',
      '脱贫人口',
      '农村自主创业农民',
      '刑满释放人员',
    ])
    for (const group of groups)
      expect((await check({ who: 'person', group })).loan.eligible).toBe(true)
    expect(
      refused(await t.api(null, 'startup/check', { who: 'person', group: '老板' as never })).code,
    ).toBe('INVALID_INPUT')
  })

  it('返乡入乡创业补贴: 5,000 元 when every condition holds, each missing one named', async () => {
    const all = {
      ...migrant,
      township: true,
      monthsOperating: 7,
      employees: 3,
      hadStartupSubsidy: false,
    }
    const [yes] = (await check(all)).subsidies
    expect([yes.name, yes.amount, yes.eligible]).toEqual(['返乡入乡创业补贴', 5000, true])
    expect(yes.source).toMatch(/桂人社规〔2020〕15号/)
    const [no] = (await check({ ...all, monthsOperating: 5, hadStartupSubsidy: true })).subsidies
    expect(no.eligible).toBe(false)
    expect(no.reasons).toEqual([
      '须正常经营6个月以上，现在5个月',
      '每人只能领一次，且不能与其他创业补贴重复领取',
    ])
  })

  it('refuses nonsense with a readable message', async () => {
    for (const input of [
      { who: 'firm', staff: 10, newHires: 11 },
      { who: 'person', partners: 0 },
      { who: 'robot' },
      { who: 'person', otherLoans: ['高利贷'] },
    ])
      expect(refused(await t.api(null, 'startup/check', input as never)).code).toBe('INVALID_INPUT')
  })
})

describe('staff/startup/rules', () => {
  it('staff change a rule with its source and year and the check answers by it; workers may not', async () => {
    const rules = ok(await t.api(null, 'startup/rules'))
    const changed = {
      ...rules,
      personMax: {
        value: 500_000,
        source: '示例：广西2027年个人创业担保贷款最高50万元',
        year: 2027,
      },
    }
    expect(refused(await t.api('worker-x', 'staff/startup/rules', changed)).code).toBe('FORBIDDEN')
    expect((await check(migrant)).loan.maxAmount).toBe(300_000)
    ok(await t.api(STAFF, 'staff/startup/rules', changed))
    const after = await check(migrant)
    expect([after.loan.maxAmount, after.rulesYear]).toEqual([500_000, 2027])
    expect(after.loan.sources).toContain('示例：广西2027年个人创业担保贷款最高50万元')
    const noSource = { ...changed, firmMax: { value: 1, source: '', year: 2027 } }
    expect(refused(await t.api(STAFF, 'staff/startup/rules', noSource)).code).toBe('INVALID_INPUT')
  })
})

describe('startup/apply, startup/mine, staff review', () => {
  it('a worker sends the check as an application once; staff review it; the worker is told in 消息', async () => {
    const [a, b] = await workersWithProfiles(t, 2)
    const sent = ok(
      await t.api(a, 'startup/apply', { kind: 'loan', check: migrant, phone: '13800000001' }),
    )
    expect([sent.status, sent.result?.loan.maxAmount, sent.name]).toEqual([
      'submitted',
      300_000,
      '测试0号',
    ])
    expect(sent.id).not.toContain(a)
    const again = await Promise.all(
      [1, 2, 3].map(() =>
        t.api(a, 'startup/apply', { kind: 'loan', check: migrant, phone: '13800000001' }),
      ),
    )
    expect(new Set(again.map((r) => ok(r).id))).toEqual(new Set([sent.id]))
    expect(ok(await t.api(a, 'startup/mine'))).toHaveLength(1)
    expect(ok(await t.api(b, 'startup/mine'))).toHaveLength(0)

    expect(
      refused(
        await t.api(b, 'staff/startup/review', {
          id: sent.id,
          action: 'approve',
          message: '我批了',
        }),
      ).code,
    ).toBe('FORBIDDEN')
    const list = ok(await t.api(STAFF, 'staff/startup/list', { status: 'submitted' }))
    expect(list.items.map((i) => i.id)).toEqual([sent.id])
    const asked = ok(
      await t.api(STAFF, 'staff/startup/review', {
        id: sent.id,
        action: 'ask',
        message: '请补充营业执照照片',
      }),
    )
    expect(asked.status).toBe('need_more')
    const approved = ok(
      await t.api(STAFF, 'staff/startup/review', {
        id: sent.id,
        action: 'approve',
        message: '材料齐全，已推荐到银行',
      }),
    )
    expect(approved.messages.map((m) => m.text)).toEqual([
      '请补充营业执照照片',
      '材料齐全，已推荐到银行',
    ])
    const late = refused(
      await t.api(STAFF, 'staff/startup/review', {
        id: sent.id,
        action: 'refuse',
        message: '改主意了',
      }),
    )
    expect(late.code).toBe('CONFLICT')

    const inbox = ok(await t.api(a, 'inbox/list', {})).items
    expect(inbox.map((m) => m.title).sort()).toEqual([
      '创业担保贷款申请：初审通过，已推荐到经办银行（是否放款由银行审核决定）',
      '创业担保贷款申请：需要补充材料',
    ])
    expect(ok(await t.api(b, 'inbox/list', {})).items).toHaveLength(0)
    const [mine] = ok(await t.api(a, 'startup/mine'))
    expect(mine.status).toBe('approved')
  })

  it('two staff acting at once: one wins, the other is told, one message each way', async () => {
    const [a] = await workersWithProfiles(t, 1)
    const sent = ok(
      await t.api(a, 'startup/apply', { kind: 'subsidy', check: migrant, phone: '13800000001' }),
    )
    const results = await Promise.all([
      t.api(STAFF, 'staff/startup/review', { id: sent.id, action: 'approve', message: '通过' }),
      t.api(STAFF, 'staff/startup/review', { id: sent.id, action: 'refuse', message: '不通过' }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => (r as { code: string }).code)).toEqual([
      'CONFLICT',
    ])
    expect(ok(await t.api(a, 'startup/mine'))[0].messages).toHaveLength(1)
    expect(ok(await t.api(a, 'inbox/list', {})).items).toHaveLength(1)
  })

  it('applies to an incubation base with project, team and stage; not to a training base', async () => {
    const [a] = await workersWithProfiles(t, 1)
    const app = ok(
      await t.api(a, 'startup/apply', {
        kind: 'incubation',
        baseId: 'seed-institution-04',
        project: '在家乡开一家螺蛳粉网店',
        team: '3人：我、爱人、表弟',
        stage: 'preparing',
        phone: '13800000001',
      }),
    )
    expect(app.incubation?.baseName).toBe('柳州螺蛳粉创业孵化基地（示例）')
    const wrong = refused(
      await t.api(a, 'startup/apply', {
        kind: 'incubation',
        baseId: 'seed-institution-01',
        project: '在家乡开一家螺蛳粉网店',
        team: '我',
        stage: 'idea',
        phone: '13800000001',
      }),
    )
    expect(wrong.code).toBe('NOT_FOUND')
  })

  it('needs a profile, refuses a forged result and a stranger, and stores nothing then', async () => {
    expect(
      refused(
        await t.api('no-profile', 'startup/apply', {
          kind: 'loan',
          check: migrant,
          phone: '13800000001',
        }),
      ).code,
    ).toBe('PROFILE_INCOMPLETE')
    expect(
      refused(
        await t.api(null, 'startup/apply', { kind: 'loan', check: migrant, phone: '13800000001' }),
      ).code,
    ).toBe('UNAUTHENTICATED')
    const [a] = await workersWithProfiles(t, 1)
    const forged = {
      kind: 'loan',
      check: migrant,
      phone: '13800000001',
      result: { loan: { eligible: true, maxAmount: 9_999_999 } },
    }
    expect(refused(await t.api(a, 'startup/apply', forged as never)).code).toBe('INVALID_INPUT')
    expect(refused(await t.api(null, 'staff/startup/list', {})).code).toBe('UNAUTHENTICATED')
    expect(ok(await t.api(STAFF, 'staff/startup/list', {})).total).toBe(0)
  })
})
