/**
 * The fee vocabulary of recruitment fraud: the names under which job seekers are asked to pay, as
 * public reports of 黑中介 and fake postings list them, with their pinyin and initials (made with
 * pinyin-pro, so a text written in pinyin or as initials reads the same), and English names.
 */
import { pinyin } from 'pinyin-pro'

/** What kind of payment a name stands for; each kind has its own reason. */
export type FeeKind = 'deposit' | 'fee' | 'uniform' | 'medical' | 'loan' | 'generic'

export const FEE_NAMES: Record<FeeKind, readonly string[]> = {
  deposit: [
    '押金',
    '保证金',
    '抵押金',
    '风险金',
    '诚信金',
    '安全金',
    '质保金',
    '定金',
    '订金',
    '押岗费',
    '保岗费',
    '占位费',
    '名额费',
  ],
  fee: [
    '培训费',
    '学费',
    '报名费',
    '介绍费',
    '中介费',
    '仲介费',
    '服务费',
    '手续费',
    '建档费',
    '档案费',
    '资料费',
    '工本费',
    '信息费',
    '面试费',
    '入职费',
    '上岗费',
    '管理费',
    '押证费',
    '办证费',
    '考证费',
    '证书费',
    '推荐费',
    '内推费',
    '会员费',
    '认证费',
    '茶水费',
    '好处费',
    '求职费',
    '岗位费',
    '安置费',
    '办卡费',
    '拜师费',
    '入会费',
    '照片费',
  ],
  uniform: [
    '服装费',
    '工装费',
    '制服费',
    '工服费',
    '工作服费',
    '被褥费',
    '床上用品费',
    '工牌费',
    '胸卡费',
  ],
  medical: ['体检费'],
  loan: ['培训贷', '学费贷', '贷款培训', '以贷养学', '助学贷'],
  generic: ['费用'],
}

/** Words that are not fee names but that a pinyin or English text must be read back into. */
const OTHER_WORDS = [
  '转账',
  '汇款',
  '打款',
  '交钱',
  '缴费',
  '先交',
  '免费',
  '不收',
  '报销',
  '承担',
  '公司',
  '贷款',
  '分期',
]

/** English names (lower case) read as the Chinese word; longest first when matched. */
export const ENGLISH: Record<string, string> = {
  'security deposit': '押金',
  'guarantee deposit': '保证金',
  'guarantee money': '保证金',
  'margin money': '保证金',
  deposit: '押金',
  'training fees': '培训费',
  'training fee': '培训费',
  'training cost': '培训费',
  'training loan': '培训贷',
  tuition: '学费',
  'registration fee': '报名费',
  'application fee': '报名费',
  'sign up fee': '报名费',
  'signup fee': '报名费',
  'agency fee': '中介费',
  'agent fee': '中介费',
  'intermediary fee': '中介费',
  'referral fee': '介绍费',
  'introduction fee': '介绍费',
  'placement fee': '介绍费',
  'service fee': '服务费',
  'processing fee': '手续费',
  'handling fee': '手续费',
  'admin fee': '管理费',
  'management fee': '管理费',
  'uniform fee': '服装费',
  'uniform cost': '服装费',
  'medical exam fee': '体检费',
  'medical check fee': '体检费',
  'physical exam fee': '体检费',
  'health check fee': '体检费',
  'medical fee': '体检费',
  fees: '费用',
  fee: '费用',
  'paid by the company': '由公司承担',
  'paid by company': '由公司承担',
  'covered by the company': '由公司承担',
  'covered by company': '由公司承担',
  'company pays': '公司承担',
  'employer pays': '公司承担',
  'free of charge': '免费',
  free: '免费',
  'no charge': '不收费',
  no: '无',
  'pay first': '先交',
  'pay upfront': '先交',
  'pay in advance': '先交',
  upfront: '先',
  'in advance': '先',
  'need to pay': '需交',
  'must pay': '须交',
  'have to pay': '须交',
  pay: '交',
  transfer: '转账',
  wire: '汇款',
  yuan: '元',
  rmb: '元',
  cny: '元',
  kuai: '块',
}

function toneless(word: string): string {
  return pinyin(word, { toneType: 'none', separator: '', v: true, type: 'string' }).toLowerCase()
}

function initials(word: string): string {
  return pinyin(word, { pattern: 'first', toneType: 'none', separator: '', type: 'string' })
    .toLowerCase()
    .replace(/\s/g, '')
}

/** Every fee name, longest first. */
export const ALL_FEE_NAMES: readonly string[] = Object.values(FEE_NAMES)
  .flat()
  .sort((a, b) => b.length - a.length)

/** The kind a fee name stands for. */
export function kindOf(name: string): FeeKind {
  return (Object.keys(FEE_NAMES) as FeeKind[]).find((k) => FEE_NAMES[k].includes(name)) ?? 'fee'
}

/** Full pinyin (no tones, no spaces) → word, for reading pinyin texts back; longest first. */
export const PINYIN: ReadonlyArray<readonly [string, string]> = [
  ...ALL_FEE_NAMES,
  ...OTHER_WORDS,
  '元',
  '块',
]
  .map((w) => [toneless(w), w] as const)
  .filter(([p]) => p.length >= 4)
  .sort((a, b) => b[0].length - a[0].length)

/**
 * Initials → fee name (yj 押金, bzj 保证金, pxf 培训费). Only names of three or more characters and
 * 押金, whose initials are not common abbreviations of something else.
 */
export const INITIALS: ReadonlyMap<string, string> = new Map(
  [...ALL_FEE_NAMES.filter((w) => w.length >= 3 && kindOf(w) !== 'generic'), '押金']
    .map((w) => [initials(w), w] as const)
    .reverse(),
)
