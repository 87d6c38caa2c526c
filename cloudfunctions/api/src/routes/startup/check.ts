/**
 * The start-up loan and subsidy check: pure, over the rules in force. It says what the rules
 * say and why; it never promises a loan (the guarantee fund and the bank decide).
 */
import type {
  LoanAnswer,
  LoanKind,
  StartupCheckInput,
  StartupCheckResult,
  StartupRules,
  SubsidyAnswer,
} from '../../../../../types/startup'

const wan = (yuan: number) => `${(yuan / 10_000).toLocaleString('zh-CN')}万元`
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`

export const NOTICE =
  '这是按政策条件做的自查，不是贷款承诺：能不能贷、贷多少，由担保机构和经办银行审核决定。'

function interestLine(rules: StartupRules): string {
  const bp = rules.borrowerRateBelowLprBp.value
  return `利息：贷款利率中 LPR 减 ${bp} 个基点（${bp / 100} 个百分点）以内的部分由你承担，其余部分由财政贴息`
}

/** The loans that stop an applicant, named (a consumer loan only at or above the cap). */
function blockingLoans(
  loans: readonly LoanKind[],
  rules: StartupRules,
  consumerBalance: number | undefined,
): LoanKind[] {
  return loans.filter((k) => {
    if (k === '消费贷款')
      return consumerBalance !== undefined && consumerBalance >= rules.consumerLoanCap.value
    return !rules.allowedLoans.value.includes(k)
  })
}

function personLoan(input: StartupCheckInput, rules: StartupRules): LoanAnswer {
  const years = rules.personYears.value
  const reasons: string[] = []
  const sources = new Set<string>([rules.groups.source])
  const no: string[] = []
  if (!input.group) no.push('请先选择你属于哪一类人员')
  else if (!rules.groups.value.includes(input.group))
    no.push(`“${input.group}”不在可以申请的人员范围内`)
  else reasons.push(`你是${input.group}，在可以申请的人员范围内`)

  const own = blockingLoans(input.otherLoans ?? [], rules, input.consumerLoanBalance)
  const spouse = blockingLoans(input.spouseLoans ?? [], rules, input.consumerLoanBalance)
  sources.add(rules.allowedLoans.source)
  if (own.length)
    no.push(
      `你本人有${own.join('、')}：除${rules.allowedLoans.value.join('、')}（消费贷款须低于${wan(rules.consumerLoanCap.value)}）外，本人和配偶都不能有其他贷款`,
    )
  if (spouse.length)
    no.push(
      `你的配偶有${spouse.join('、')}：除${rules.allowedLoans.value.join('、')}（消费贷款须低于${wan(rules.consumerLoanCap.value)}）外，本人和配偶都不能有其他贷款`,
    )
  const held = [...(input.otherLoans ?? []), ...(input.spouseLoans ?? [])]
  if (!own.length && !spouse.length) {
    reasons.push(
      held.length
        ? `你和配偶现有的${[...new Set(held)].join('、')}不影响申请`
        : '你和配偶没有其他贷款',
    )
    if (held.includes('消费贷款') && input.consumerLoanBalance === undefined)
      reasons.push(`消费贷款余额须低于${wan(rules.consumerLoanCap.value)}，申请时银行会核对`)
  }
  if ((input.previousLoans ?? 0) >= rules.maxLoans.value) {
    no.push(`创业担保贷款最多贷${rules.maxLoans.value}次，你已经贷过${input.previousLoans}次`)
    sources.add(rules.maxLoans.source)
  }
  if (no.length)
    return { eligible: false, maxAmount: 0, years: 0, reasons: no, sources: [...sources] }

  const partners = Math.max(1, input.partners ?? 1)
  let maxAmount = rules.personMax.value
  sources.add(rules.personMax.source)
  if (partners > 1) {
    maxAmount = Math.round(partners * rules.personMax.value * (1 + rules.partnerUplift.value))
    reasons.push(
      `${partners}人合伙创业：合计最高${wan(maxAmount)}（每人${wan(rules.personMax.value)}，合计再上浮${pct(rules.partnerUplift.value)}）`,
    )
    sources.add(rules.partnerUplift.source)
  } else reasons.push(`个人最高可以申请${wan(maxAmount)}`)
  reasons.push(`期限最长${years}年`, interestLine(rules))
  sources.add(rules.personYears.source).add(rules.borrowerRateBelowLprBp.source)
  if ((input.previousLoans ?? 0) > 0)
    reasons.push(`你已经贷过${input.previousLoans}次，最多${rules.maxLoans.value}次`)
  return { eligible: true, maxAmount, years, reasons, sources: [...sources] }
}

function firmLoan(input: StartupCheckInput, rules: StartupRules): LoanAnswer {
  const years = rules.firmYears.value
  const sources = new Set<string>([rules.hiringShare.source])
  const no: string[] = []
  const reasons: string[] = []
  const staff = input.staff ?? 0
  const hires = input.newHires ?? 0
  if (staff <= 0) no.push('请填写企业现有在职职工人数')
  else {
    const large = staff > rules.largeFirmStaff.value
    const share = large ? rules.hiringShareLarge.value : rules.hiringShare.value
    const needed = Math.ceil(staff * share - 1e-9)
    const line = `现有职工${staff}人，今年新招用符合条件人员${hires}人（${pct(hires / staff)}）`
    if (hires < needed)
      no.push(
        `${line}，不到${pct(share)}：${large ? `超过${rules.largeFirmStaff.value}人的企业` : '企业'}需要新招用至少${needed}人`,
      )
    else reasons.push(`${line}，达到${pct(share)}的要求`)
  }
  if (input.contractsOneYear === false) no.push('新招用的人员需要签订1年以上劳动合同')
  else if (input.contractsOneYear === undefined)
    reasons.push('新招用人员须签订1年以上劳动合同，申请时要提供合同')
  else reasons.push('新招用人员签了1年以上劳动合同')
  if (input.arrears === true) no.push('企业有拖欠工资或欠缴社会保险费的情况，不能申请')
  else if (input.arrears === false) reasons.push('没有拖欠工资和欠缴社保')
  if ((input.previousLoans ?? 0) >= rules.maxLoans.value) {
    no.push(`创业担保贷款最多贷${rules.maxLoans.value}次，已经贷过${input.previousLoans}次`)
    sources.add(rules.maxLoans.source)
  }
  if (no.length)
    return { eligible: false, maxAmount: 0, years: 0, reasons: no, sources: [...sources] }
  const maxAmount = rules.firmMax.value
  reasons.push(`小微企业最高可以申请${wan(maxAmount)}`, `期限最长${years}年`, interestLine(rules))
  sources
    .add(rules.firmMax.source)
    .add(rules.firmYears.source)
    .add(rules.borrowerRateBelowLprBp.source)
  return { eligible: true, maxAmount, years, reasons, sources: [...sources] }
}

function returnSubsidy(input: StartupCheckInput, rules: StartupRules): SubsidyAnswer {
  const r = rules.returnSubsidy.value
  const no: string[] = []
  const yes: string[] = []
  const need = (answer: boolean | undefined, ok: string, notOk: string, missing: string) => {
    if (answer === true) yes.push(ok)
    else no.push(answer === false ? notOk : missing)
  }
  need(
    input.township,
    '经营主体在乡镇及以下',
    '经营主体须在乡镇及以下',
    '请说明经营主体是否在乡镇及以下',
  )
  need(
    input.monthsOperating === undefined ? undefined : input.monthsOperating >= r.months,
    `已正常经营${input.monthsOperating}个月`,
    `须正常经营${r.months}个月以上，现在${input.monthsOperating}个月`,
    `请填写已经营几个月（须${r.months}个月以上）`,
  )
  need(
    input.employees === undefined ? undefined : input.employees >= r.employees,
    `带动${input.employees}人就业`,
    `须带动${r.employees}人以上就业半年以上、月工资不低于${r.minPay}元，现在${input.employees}人`,
    `请填写带动了几人就业（须${r.employees}人以上，半年以上，月工资不低于${r.minPay}元）`,
  )
  need(
    input.hadStartupSubsidy === undefined ? undefined : !input.hadStartupSubsidy,
    '没有领过这项或其他创业补贴',
    '每人只能领一次，且不能与其他创业补贴重复领取',
    '请说明是否领过创业补贴（每人限一次，不与其他创业补贴重复）',
  )
  return {
    name: '返乡入乡创业补贴',
    amount: r.amount,
    eligible: no.length === 0,
    reasons: no.length ? no : [...yes, `一次性补贴${r.amount.toLocaleString('zh-CN')}元`],
    source: rules.returnSubsidy.source,
  }
}

/** The answer for one set of answers under one set of rules. */
export function checkStartup(input: StartupCheckInput, rules: StartupRules): StartupCheckResult {
  return {
    loan: input.who === 'firm' ? firmLoan(input, rules) : personLoan(input, rules),
    subsidies: input.who === 'person' ? [returnSubsidy(input, rules)] : [],
    notice: NOTICE,
    apply: rules.apply,
    rulesYear: Math.max(rules.personMax.year, rules.firmMax.year),
  }
}
