/**
 * The rules over a text as read (see normalise.ts). A fee demand is a fee name, or an amount or a
 * transfer, that the worker pays to the employer or an agent. Charging job seekers is illegal
 * (劳动合同法第九条；就业服务与就业管理规定第十四条：不得以招用人员为名牟取不正当利益、向劳动者收取财物),
 * and lawful context is read around each name: 免费 / 不收 before it, 由公司承担 / 报销 after it,
 * 农民工工资保证金 that employers lodge, 依法代扣 of social insurance and tax, a warning against fees.
 */
import { ALL_FEE_NAMES, FEE_NAMES, kindOf, type FeeKind } from './vocabulary'

/** One fee demand or fraud pattern found, as indices into the text as read. */
export interface Finding {
  rule: string
  reason: string
  start: number
  end: number
}

const REASONS: Record<FeeKind | 'prepay' | 'loan_scheme' | string, string> = {
  deposit: '招工时向求职者收押金、保证金是违法的',
  fee: '向求职者收取培训费、报名费、中介费这类费用是违法的',
  uniform: '让求职者出服装费、工装费是违法的，工作服应由单位提供',
  medical: '让求职者把体检费交给单位或中介是违法的（体检应自己到正规医院缴费，或由单位承担）',
  loan: '以培训贷款、分期付费的方式让求职者背债，是违法的“培训贷”骗局',
  generic: '要求求职者交费用是违法的',
  prepay: '要求求职者先交钱、转账才能上岗，是常见的招聘骗局',
}

const EMPLOYER =
  '(?:公司|我司|本公司|企业|单位|用人单位|厂里|厂方|工厂|老板|招聘方|项目部|项目|政府|财政|国家|人社局|平台|我们|店里|门店|酒店|医院)'
const NUM = '(?:\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)'
const AMOUNT = `(?:¥\\d+(?:\\.\\d+)?|${NUM}(?:万|w)?(?:元|块|圆|rmb))`
const IN_CLAUSE = '[^,。;!?\\n]'
const PAY =
  '(?:交|缴|付|支付|转|转账|汇|汇款|打款|缴纳|交纳|充值|垫付|发红包|扫码支付|扫码付|微信转|支付宝转|上交|交付|出|购买|买)'

const BREAK = /[,。;!?\n]/

/** The clause around `index`: [start, end) between sentence or comma breaks. */
function clauseOf(text: string, index: number): [number, number] {
  let s = index
  while (s > 0 && !BREAK.test(text[s - 1])) s--
  let e = index
  while (e < text.length && !BREAK.test(text[e])) e++
  return [s, e]
}

const NAMES_ALT = ALL_FEE_NAMES.join('|')
/** Fee names listed before this one (押金、培训费和…): the negation before the list covers them all. */
const LIST_BEFORE = new RegExp(
  `(?:(?:${NAMES_ALT}|[\\u4e00-\\u9fa5]{1,4}(?:费|金))(?:、|和|及|与|或|以及|/)?)+$`,
  'u',
)
const NEGATION =
  /(?:不|无|免|没有|零|0|拒绝|严禁|禁止|绝不|从不|从未|杜绝|无须|无需|毋须|取消)(?:需|需要|用|收|收取|交|缴|缴纳|交纳|要|要求|任何|一切|额外|再|须|必须|得|会|让|以任何形式|以任何名义|任何名义|名义|的|你|您|求职者|员工|大家|劳动者|工人|应聘者|学员|阿姨|新人|向[\u4e00-\u9fa5]{1,6}|支付|付|出|承担|都|也|其他|另外|任何形式|形式)*$/u
const WARNING = /(?:谨防|警惕|小心|当心|防止|举报|投诉|拒交|拒付|识别|防范|遇到|如有人)[^,]{0,10}$/u
/** 凡是收取押金的都是骗子: the name is what the warning is about. */
const CALLED_FRAUD =
  /^[^,]{0,6}(?:都|均|一律)?(?:是|属于|为|系)(?:骗子|诈骗|违法|骗局|黑中介|违规)/u
const DECLARED_NONE = /^[:是为]?(?:无|没有|不收|免|全免|免收|免费|0元?(?!\d)|零|不需要|不用)/
const PAID_AFTER = new RegExp(
  `^[:]?(?:均|都|全部|一律|全额)?(?:由|归|是)?${EMPLOYER}(?:全额|全部|统一|免费|负责|来)?(?:承担|负责|支付|出|全包|包|补贴|报销|买单|缴纳|提供|发放)|^[:]?(?:全免|免费|免收|全额报销|可报销|报销|实报实销|补贴|全额补贴|政府补贴|全包|包了)`,
)
const PAID_BEFORE = new RegExp(
  `(?:${EMPLOYER}(?:全额|全部|统一|免费|负责|为你|为员工|为大家|帮你|替你)?(?:承担|负责|支付|出|报销|补贴|包|提供|代付|买单|发|发放|奖励)|报销|全额报销|补贴|奖励|发放|返)(?:了|的|所有|全部|员工的?|你的|给你|每人|一笔|\\d+元)?$`,
)
/** Someone other than the worker pays: the household (雇主) that hires a 家政 agency, say. */
const OTHER_PAYER_BEFORE =
  /(?:向|由|找|收|收取)(?:雇主|客户|用人单位|用工单位|企业|厂方|甲方|业主)[^,]{0,6}$|(?:物业|停车|水电|业主|住户)$/u
/** Whatever the wording, the worker ends up paying. */
const WORKER_PAYS =
  /从工资(?:里|中)?(?:扣|扣除|扣回)|工资(?:里|中)(?:扣|扣除|抵扣)|扣回|自付|自理|个人承担|本人承担|学员承担|自行承担|自己承担|自己出|垫付|先交|预交|分期|先学后付|退还|返还|退回|离职.{0,4}退|满.{0,6}退/u
/** Wage guarantee deposits (农民工工资保证金) are lodged by employers with the bank, not paid by workers. */
const WORKER_MARKERS =
  /每人|个人|本人|员工需|员工要|求职者|应聘者|你需|你要|您需|工人需|工人要|入职前|上岗前|入职时|报到时|到岗前|进厂前|面试前/u
/** The worker pays the hospital directly: lawful for a medical check. */
const SELF_AT_HOSPITAL = /自行|自己|到医院|去医院|医院缴|在医院|自理|自付|自费/u
const TO_US = new RegExp(
  `(?:交|缴|付|转|打)(?:给|到|至)?(?:${EMPLOYER}|我们|中介|招聘方|我处|财务|办公室|负责人|老师|带队|微信|支付宝)|统一(?:收取|收|缴|交|代收|办理)|代收|指定(?:的)?(?:医院|体检|机构|诊所)|到(?:公司|我司|办公室)(?:交|缴)|(?:${EMPLOYER}|我们)(?:收取|代收|统一收)`,
  'u',
)
const AMOUNT_AFTER = new RegExp(
  `^(?:[:是为要需约共合计计]|大概|只要|仅|一共|每人|每位|人均)*(?:${AMOUNT}|\\d{2,}|[一二两三四五六七八九十百千]+(?:百|千|万))`,
  'u',
)
const PAY_BEFORE = new RegExp(`(?:${PAY}|收|收取|需要|要|先|需)(?:一下|一笔|个|点|齐)?$`, 'u')

/** Money that flows to the worker or is deducted by law: wages, subsidies, social insurance. */
const MONEY_TO_WORKER = new RegExp(
  `送|领取|领|工资|薪资|薪水|月薪|底薪|奖金|补贴|补助|报销|返费|奖励|提成|绩效|加班费|餐补|房补|路费|社保|医保|公积金|五险|个税|养老保险|住宿|宿舍|房租|水电|伙食|餐费|饭钱|吃饭|${EMPLOYER}(?:每月|每年|按月|统一|全额|额外|会)?(?:为|给|帮|替|向)`,
  'u',
)
const BY_LAW = /代扣代缴|依法代扣|依法缴纳|代扣|代缴/u

const LAWFUL_NAME_CONTEXT = new RegExp(
  `(?:${EMPLOYER})(?:为|给)(?:你|您|员工|大家|学员)?(?:缴纳|交|缴)`,
)

function kindRule(kind: FeeKind): string {
  return kind === 'generic' ? 'fee' : kind
}

function lawfulAround(text: string, start: number, end: number, kind: FeeKind): boolean {
  const [cs, ce] = clauseOf(text, start)
  const before = text.slice(cs, start)
  const after = text.slice(end, ce)
  const clause = text.slice(cs, ce)
  const bareBefore = before.replace(LIST_BEFORE, '')
  if (NEGATION.test(bareBefore) || NEGATION.test(before)) return true
  if (WARNING.test(before) || CALLED_FRAUD.test(after)) return true
  if (DECLARED_NONE.test(after)) return true
  if (OTHER_PAYER_BEFORE.test(before)) return true
  const worker = kind === 'medical' ? false : WORKER_PAYS.test(clause)
  if (!worker && (PAID_AFTER.test(after) || PAID_BEFORE.test(bareBefore))) return true
  if (kind === 'deposit' && /工资$/.test(before) && !WORKER_MARKERS.test(clause)) return true
  if (kind === 'medical') {
    if (PAID_AFTER.test(after) || PAID_BEFORE.test(bareBefore)) return true
    if (TO_US.test(clause)) return false
    const demanded = AMOUNT_AFTER.test(after) || PAY_BEFORE.test(before)
    return !demanded || SELF_AT_HOSPITAL.test(clause)
  }
  if (kind === 'generic') {
    const demanded = AMOUNT_AFTER.test(after) || PAY_BEFORE.test(before)
    return !demanded || LAWFUL_NAME_CONTEXT.test(before)
  }
  return false
}

function feeNames(text: string): Finding[] {
  const found: Finding[] = []
  // 培训费用 reads as 培训费: the 用 belongs to the name.
  const pattern = new RegExp(`(?:${NAMES_ALT})用?`, 'gu')
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0
    const end = start + m[0].length
    const kind = kindOf(m[0].length > 2 && m[0].endsWith('费用') ? m[0].slice(0, -1) : m[0])
    if (lawfulAround(text, start, end, kind)) continue
    found.push({ rule: kindRule(kind), reason: REASONS[kind], start, end: extend(text, end) })
  }
  return found
}

/** Extends a finding over the amount that follows it, so the quote shows what was asked. */
function extend(text: string, end: number): number {
  const [, ce] = clauseOf(text, end)
  const m = new RegExp(`^${IN_CLAUSE}{0,6}?${AMOUNT}`, 'u').exec(text.slice(end, ce))
  if (m) return end + m[0].length
  const digits = /^[:是为约]?\d{2,}/.exec(text.slice(end, ce))
  return digits ? end + digits[0].length : end
}

const PREPAY: RegExp[] = [
  new RegExp(
    `(?:先|需|需要|要|须|必须|得|请|应|预|提前|只需|只要|仅需|仅|就|才)${PAY}${IN_CLAUSE}{0,12}?${AMOUNT}`,
    'gu',
  ),
  new RegExp(
    `(?:入职前|上岗前|面试前|报名时|报到时|到岗前|进厂前|报名后|面试时|入职时|当天|现场)${IN_CLAUSE}{0,6}?${PAY}${IN_CLAUSE}{0,10}?${AMOUNT}`,
    'gu',
  ),
  new RegExp(
    `${PAY}(?:了|完|够|上)?${AMOUNT}${IN_CLAUSE}{0,8}?(?:上岗|入职|上班|报名|占名额|名额|锁定|保留|安排|包分配|包入职|包过|包进|面试|进厂|就能|即可|才能|优先)`,
    'gu',
  ),
  new RegExp(
    `(?:收|收取|收费)(?:每人|每位|一人|人均|您|你)?${AMOUNT}|每人(?:收|交|缴)${AMOUNT}`,
    'gu',
  ),
  new RegExp(
    `(?:转账|汇款|打款|红包|扫码)${IN_CLAUSE}{0,8}?${AMOUNT}|${AMOUNT}${IN_CLAUSE}{0,4}?(?:转账|汇款|打款|红包)`,
    'gu',
  ),
  new RegExp(
    `(?:入职后|上岗后|录用后|面试后|培训后|通过后|合格后|结业后|报名后)${IN_CLAUSE}{0,4}?${PAY}${IN_CLAUSE}{0,6}?${AMOUNT}`,
    'gu',
  ),
  /交钱上岗|缴费上岗|先交钱|先付款|交钱入职|付费入职|付费内推|交钱安排|缴费后安排|先缴费|交费后|付费上岗|先交费|预付款|交钱就|花钱买|交了钱|给钱就|有偿推荐|有偿内推|交钱才|交钱办/gu,
]

/** 交1000元 with no 需 or 先: a demand unless the clause is about wages, board or lodging. */
const BARE_PAY = new RegExp(`(?:交|缴|缴纳|交纳|上交)${AMOUNT}`, 'gu')

function prepay(text: string): Finding[] {
  const found: Finding[] = []
  for (const m of text.matchAll(BARE_PAY)) {
    const start = m.index ?? 0
    const [cs, ce] = clauseOf(text, start)
    const before = text.slice(cs, start)
    if (NEGATION.test(before) || WARNING.test(before)) continue
    if (MONEY_TO_WORKER.test(text.slice(cs, ce)) || BY_LAW.test(text.slice(cs, ce))) continue
    found.push({ rule: 'prepay', reason: REASONS.prepay, start, end: start + m[0].length })
  }
  for (const pattern of PREPAY) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0
      const [cs, ce] = clauseOf(text, start)
      const before = text.slice(cs, start)
      const clause = text.slice(cs, ce)
      if (NEGATION.test(before) || WARNING.test(before)) continue
      if (MONEY_TO_WORKER.test(before + m[0].replace(new RegExp(AMOUNT + '.*$', 'u'), ''))) continue
      if (BY_LAW.test(clause)) continue
      found.push({ rule: 'prepay', reason: REASONS.prepay, start, end: start + m[0].length })
    }
  }
  return found
}

interface PatternRule {
  rule: string
  pattern: RegExp
  reason: string
  /** The whole text must also say this (bait needs both a pay claim and "no experience"). */
  alsoNeeds?: RegExp
}

const PATTERNS: readonly PatternRule[] = [
  {
    rule: 'loan',
    pattern:
      /贷款培训|学费贷|以贷养学|先学后付|零首付|0首付|分期(?:付|交|缴)?(?:学费|培训费)|(?:办|申请|开通)理?(?:网贷|小额贷款|信用卡|花呗|借呗|白条|分期)/gu,
    reason: REASONS.loan,
  },
  {
    rule: 'brushing',
    pattern: /刷单|刷信誉|刷好评|刷流水|垫付.{0,6}返|点赞(?:赚|返)|做任务(?:赚|返)/gu,
    reason: '刷单、垫付返利都是诈骗',
  },
  {
    rule: 'bait',
    pattern:
      /(?:日结|日赚|日入|当天结|当日结).{0,12}?(?:高薪|高收入|过万|上万|躺赚|\d{4,}元?(?:天|日))/gu,
    alsoNeeds: /无需经验|不需要经验|零经验|零基础|无经验|不限经验|不用经验|在家|手机就能|动动手指/u,
    reason: '“日结高薪、无需经验”这类说法是常见的招聘骗局',
  },
  {
    rule: 'bait',
    pattern: /躺赚|稳赚不赔|零投入|高额返利|轻松赚钱|动动手指.{0,6}赚/gu,
    reason: '“躺赚、零投入、高额返利”这类说法是常见的招聘骗局',
  },
  {
    rule: 'identity',
    pattern: /(?:扣押|押|收取|上交|留存|抵押|扣留|交)(?:身份证|证件|毕业证|银行卡)/gu,
    reason: '扣押或收取求职者的身份证件、银行卡是违法的',
  },
  {
    rule: 'overseas',
    pattern: /(?:境外|国外|出国|缅甸|柬埔寨|老挝|迪拜).{0,8}?(?:高薪|月入|月薪|包机票)/gu,
    reason: '境外高薪招工常是诈骗或非法出境务工',
  },
]

function patterns(text: string, whole: string): Finding[] {
  const found: Finding[] = []
  for (const r of PATTERNS) {
    if (r.alsoNeeds && !r.alsoNeeds.test(whole)) continue
    for (const m of text.matchAll(r.pattern)) {
      const start = m.index ?? 0
      const [cs] = clauseOf(text, start)
      const before = text.slice(cs, start)
      if (NEGATION.test(before) || WARNING.test(before)) continue
      if (r.rule === 'loan' && /创业担保/.test(text.slice(cs, start + m[0].length + 4))) continue
      found.push({ rule: r.rule, reason: r.reason, start, end: start + m[0].length })
    }
  }
  return found
}

const byPosition = (a: Finding, b: Finding) => a.start - b.start

/**
 * Every finding in `text` (as read); `whole` is all fields as read. A named fee comes first (its
 * reason is the most exact), then fraud patterns, then an unnamed payment.
 */
export function findings(text: string, whole: string): Finding[] {
  return [
    ...feeNames(text).sort(byPosition),
    ...patterns(text, whole).sort(byPosition),
    ...prepay(text).sort(byPosition),
  ]
}

/** Every fee name the rules know, for rejoining words split by punctuation. */
export const WORDS: readonly string[] = [
  ...ALL_FEE_NAMES,
  ...Object.values(FEE_NAMES).flat(),
  '转账',
  '汇款',
  '打款',
  '红包',
  '交钱',
  '缴费',
  '刷单',
  '先交',
]
