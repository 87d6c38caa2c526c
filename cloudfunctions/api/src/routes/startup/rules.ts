/**
 * The 创业担保贷款 and 返乡入乡创业补贴 rules as data: the defaults below are Guangxi's for 2025,
 * each with its source; staff replace them (`staff/startup/rules`) when the province changes one.
 */
import type { StartupGroup, StartupRules } from '../../../../../types/startup'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import type { Database } from '../../context'
import { findOne } from '../../db'

/** The ten groups exactly as the policy writes them. */
export const STARTUP_GROUPS: readonly StartupGroup[] = [
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
]

const NATIONAL =
  '财政部 人力资源社会保障部 中国人民银行《关于进一步加大创业担保贷款贴息力度全力支持重点群体创业就业的通知》（财金〔2020〕21号）'
const GUANGXI_2025 = '广西壮族自治区2025年创业担保贷款政策'
const RETURN_SUBSIDY = '《关于进一步支持农民工等人员返乡入乡创业的通知》（桂人社规〔2020〕15号）'

export const DEFAULT_RULES: StartupRules = {
  groups: { value: [...STARTUP_GROUPS], source: NATIONAL, year: 2025 },
  allowedLoans: {
    value: ['助学贷款', '脱贫人口小额信贷', '住房贷款', '购车贷款', '消费贷款'],
    source: `${NATIONAL}：除助学贷款、扶贫小额信贷、住房贷款、购车贷款、5万元以下小额消费贷款（含信用卡消费）外，本人及配偶没有其他贷款`,
    year: 2025,
  },
  consumerLoanCap: { value: 50_000, source: NATIONAL, year: 2025 },
  personMax: { value: 300_000, source: `${GUANGXI_2025}：个人创业担保贷款最高30万元`, year: 2025 },
  firmMax: {
    value: 4_000_000,
    source: `${GUANGXI_2025}：小微企业创业担保贷款最高400万元`,
    year: 2025,
  },
  partnerUplift: {
    value: 0.1,
    source: `${GUANGXI_2025}：合伙创业的，可在符合条件个人贷款总额度基础上最高上浮10%`,
    year: 2025,
  },
  personYears: { value: 3, source: `${GUANGXI_2025}：个人贷款期限最长3年`, year: 2025 },
  firmYears: { value: 2, source: `${GUANGXI_2025}：小微企业贷款期限最长2年`, year: 2025 },
  maxLoans: { value: 3, source: `${NATIONAL}：累计次数不超过3次`, year: 2025 },
  borrowerRateBelowLprBp: {
    value: 150,
    source: `${NATIONAL}：LPR-150BP以下部分由借款人承担，剩余部分财政给予贴息`,
    year: 2025,
  },
  hiringShare: {
    value: 0.1,
    source: `${GUANGXI_2025}：小微企业当年新招用符合条件人员达到现有在职职工人数10%（超过100人的企业达到5%），签订1年以上劳动合同，无拖欠工资、欠缴社会保险费等严重失信行为`,
    year: 2025,
  },
  hiringShareLarge: { value: 0.05, source: GUANGXI_2025, year: 2025 },
  largeFirmStaff: { value: 100, source: GUANGXI_2025, year: 2025 },
  returnSubsidy: {
    value: { amount: 5000, months: 6, employees: 3, minPay: 1000 },
    source: `${RETURN_SUBSIDY}：在乡镇及以下创办经营主体，正常经营6个月以上，带动3人以上就业半年以上且月工资不低于1000元的，给予一次性5000元返乡入乡创业补贴；每人限享受一次，不与其他创业补贴重复享受`,
    year: 2020,
  },
  apply:
    '到创业所在地的县（区）人力资源和社会保障局或公共就业服务中心提出申请，也可以到创业担保贷款经办银行咨询；审核和放款由担保机构和经办银行决定。',
}

export const RULES_ID = 'current'

/** The rules in force: what staff saved last, or the defaults. */
export async function loadRules(db: Database): Promise<StartupRules> {
  const doc = await findOne<StartupRules & { _id: string }>(
    db.collection(COLLECTIONS.startupRules).where({ _id: RULES_ID }).limit(1),
  )
  if (!doc) return DEFAULT_RULES
  const { _id, ...rules } = doc
  return rules
}
