/**
 * Screening of job postings before anyone sees them (R4). Asking job seekers for money in any form
 * is illegal (就业服务与就业管理规定：不得以招用人员为名牟取不正当利益、向劳动者收取财物) and is
 * the commonest recruitment fraud; so are training loans, 刷单 and "easy money" bait. Each rule says
 * in plain Chinese why a posting is refused. The WeChat content-security check runs after these.
 */
import type { Cloud } from './context'

export type ScreeningResult =
  | { ok: true }
  | { ok: false; rule: string; reason: string; excerpt: string }

interface Rule {
  id: string
  pattern: RegExp
  reason: string
  /** Fees that are fine when someone other than the worker pays (培训费由公司承担). */
  paidByOthers?: boolean
  /** Extra condition on the whole text (bait needs both a pay claim and "no experience"). */
  alsoNeeds?: RegExp
  /** Extra condition on the match's surroundings. */
  when?: (before: string, after: string) => boolean
}

const AMOUNT = '(?:\\d+|[一二两三四五六七八九十百千万]+)\\s*(?:元|块)'
const EMPLOYER = '(?:公司|我司|本公司|企业|单位|厂里|厂方|老板|招聘方|负责人|项目部)'

const RULES: readonly Rule[] = [
  {
    id: 'deposit',
    pattern: /押金|保证金|抵押金|风险金|保障金/,
    reason: '向求职者收押金、保证金是违法的',
  },
  {
    id: 'fee',
    pattern: /(?:培训|报名|介绍|中介|服务|手续|建档|资料|工本|信息|面试|入职|上岗|管理|押证)费/,
    reason: '向求职者收取培训费、报名费、中介费等费用是违法的',
    paidByOthers: true,
  },
  {
    id: 'uniform',
    pattern: /(?:服装|工装|制服|工服|被褥|床上用品|工牌)费/,
    reason: '向求职者收取服装费等费用是违法的',
    paidByOthers: true,
  },
  {
    id: 'medical',
    pattern: /体检费/,
    reason: '让求职者把体检费交给单位是违法的（体检应在正规医院自行缴费）',
    paidByOthers: true,
    // 体检费自理 (paid at the hospital) is common and lawful; a fee the employer names or collects is not.
    when: (before, after) =>
      new RegExp(`^[:：\\s]*${AMOUNT}|(?:交|缴|付|转)(?:给|到)?${EMPLOYER}|统一收取|代收`).test(
        after,
      ) || /(?:交|缴|付|收|收取|缴纳|交纳)$/.test(before),
  },
  {
    id: 'prepay',
    pattern: new RegExp(
      `(?:先|需|要|须|得|必须)(?:交|缴|付|转账|转|垫付|缴纳|交纳)[^。；;，,\\n]{0,10}?${AMOUNT}|交钱上岗|缴费上岗|先交钱|先付款|交钱入职`,
    ),
    reason: '要求求职者先交钱才能上岗，是常见的招聘骗局',
  },
  {
    id: 'loan',
    pattern:
      /培训贷|贷款培训|学费贷|以贷养学|分期(?:付|交|缴)?(?:学费|培训费)|(?:办|申请|开通)理?(?:网贷|小额贷款|信用卡|花呗|借呗|分期)/,
    reason: '以培训贷款、分期付费或办信用卡的方式让求职者背债，是违法的“培训贷”骗局',
  },
  {
    id: 'brushing',
    pattern: /刷单|刷信誉|刷好评|刷流水|垫付.{0,6}返|点赞(?:赚|返)|做任务(?:赚|返)/,
    reason: '刷单、垫付返利都是诈骗',
  },
  {
    id: 'bait',
    pattern:
      /(?:日结|日赚|日入|当天结|当日结).{0,12}?(?:高薪|高收入|过万|上万|躺赚|\d{4,}\s*元?\s*\/?\s*(?:天|日))/,
    alsoNeeds: /无需经验|不需要经验|零经验|零基础|无经验|不限经验|不用经验|在家|手机就能|动动手指/,
    reason: '“日结高薪、无需经验”这类说法是常见的招聘骗局',
  },
  {
    id: 'bait',
    pattern: /躺赚|稳赚不赔|零投入|高额返利|轻松赚钱|动动手指.{0,6}赚/,
    reason: '“躺赚、零投入、高额返利”这类说法是常见的招聘骗局',
  },
  {
    id: 'identity',
    pattern: /(?:扣押|押|收取|上交|留存|抵押)(?:身份证|证件|毕业证)/,
    reason: '扣押或收取求职者的身份证件是违法的',
  },
  {
    id: 'overseas',
    pattern: /(?:境外|国外|出国|缅甸|柬埔寨).{0,8}?(?:高薪|月入|月薪|包机票)/,
    reason: '境外高薪招工常是诈骗或非法出境务工',
  },
]

const SENTENCE_BREAK = /[，。,.;；！!？?\n]/
/** The "list so far" before a match: 培训费、服装费 → drop 培训费、 to find the 不收 before it. */
const LIST_ITEMS =
  /(?:(?:(?![不无免收交缴取任何])[\u4e00-\u9fa5]){1,4}(?:费|金)(?:、|和|及|与|或))+$/u
const NEGATION =
  /(?:不|无|免|没有|零|拒绝|严禁|禁止|绝不|从不)(?:需|需要|用|收|收取|交|缴|缴纳|交纳|要|要求|任何|一切|额外|再|须|必须|得|会|让|以任何形式|你|您|求职者|员工|大家|劳动者|工人|向[\u4e00-\u9fa5]{1,6}|\s)*$/u
const PAID_BY_OTHERS = new RegExp(
  `^[:：，,\\s]*(?:由|归)?(?:${EMPLOYER}|政府|财政)(?:承担|负责|支付|出|全包|补贴|报销)|^[:：，,\\s]*(?:全免|免费|免收|报销|补贴|全额补贴|政府补贴|不收|无)`,
)

function clause(text: string, end: number, width: number): string {
  const before = text.slice(Math.max(0, end - width), end)
  const parts = before.split(SENTENCE_BREAK)
  return parts[parts.length - 1]
}

function negated(text: string, index: number): boolean {
  return NEGATION.test(clause(text, index, 20).replace(LIST_ITEMS, ''))
}

/** 押金：无, 培训费：0元 */
const DECLARED_NONE = /^[:：\s]*(?:无|没有|不收|免|0\s*元|零|全免)/

function following(text: string, from: number, width: number): string {
  return text.slice(from, from + width).split(/[。；;！!\n]/)[0]
}

/** Checks a posting's text against the fee and fraud rules; the first hit explains the refusal. */
export function screenPosting(fields: {
  title: string
  description: string
  requirements?: string
  shift?: string
}): ScreeningResult {
  const text = [fields.title, fields.requirements, fields.shift, fields.description]
    .filter(Boolean)
    .join('\n')
  for (const rule of RULES) {
    if (rule.alsoNeeds && !rule.alsoNeeds.test(text)) continue
    const global = new RegExp(rule.pattern.source, 'gu')
    for (const match of text.matchAll(global)) {
      const at = match.index ?? 0
      const end = at + match[0].length
      const after = following(text, end, 14)
      if (negated(text, at) || DECLARED_NONE.test(after)) continue
      if (rule.paidByOthers && PAID_BY_OTHERS.test(after)) continue
      if (rule.when && !rule.when(clause(text, at, 12), after)) continue
      const excerpt = `${match[0]}${following(text, end, 8).split(SENTENCE_BREAK)[0]}`
      return { ok: false, rule: rule.id, reason: rule.reason, excerpt }
    }
  }
  return { ok: true }
}

/** The refusal a poster reads: what we found, why it is not allowed, what to do. */
export function rejectionMessage(result: Extract<ScreeningResult, { ok: false }>): string {
  return `发布不成功：岗位信息里写了“${result.excerpt}”，${result.reason}。请删改后再发布。`
}

export type ContentCheck = { ok: true } | { ok: false; message: string } | { ok: 'unavailable' }

/**
 * WeChat's content-security check (security.msgSecCheck v2) on text a user wrote. `openid` must be
 * a user who opened the mini-program in the last two hours: the poster.
 */
export async function checkContent(
  cloud: Cloud,
  openid: string,
  content: string,
): Promise<ContentCheck> {
  let result: { errCode?: number; errcode?: number; result?: { suggest?: string } }
  try {
    result = (await cloud.openapi.security.msgSecCheck({
      content,
      version: 2,
      scene: 1,
      openid,
    } as Parameters<Cloud['openapi']['security']['msgSecCheck']>[0])) as typeof result
  } catch (err) {
    const code = (err as { errCode?: number }).errCode
    if (code === 87014)
      return { ok: false, message: '岗位内容没有通过微信内容安全检查，请修改后再发布' }
    console.warn('[screening] msgSecCheck failed:', (err as Error).message ?? err)
    return { ok: 'unavailable' }
  }
  const code = result.errCode ?? result.errcode ?? 0
  if (code === 87014 || (result.result?.suggest && result.result.suggest !== 'pass')) {
    return {
      ok: false,
      message: '岗位内容没有通过微信内容安全检查（含有不允许发布的内容），请修改后再发布',
    }
  }
  if (code !== 0) return { ok: 'unavailable' }
  return { ok: true }
}
