/**
 * The R7 brand network, named so nobody mistakes it for the real list (every name carries 示例).
 * Against the plan's 2025 targets (二、主要目标) the demo city is part of the way: region-level
 * 3 training bases, 3 incubation bases, 3 expert studios and 6 of 8 leading enterprises; city-level
 * 7 of 8 training bases, 6 of 8 expert studios, 8 of 8 leading enterprises; two city-level
 * incubation bases (no target), the labor export bases of 三江, 融水 and 融安 (四（二）3), and one
 * retired entry that counts nowhere. Leading enterprises that have an employer account link to it.
 */
import type { BrandId, CountyName } from '../../types/catalog'
import type { Institution, InstitutionKind } from '../../types/network'
import { BRAND_LINES } from '../../src/domain/brands'
import { demoAddress, demoLandline, pointNear } from './places'
import { pad } from './random'

export type InstitutionDoc = Omit<Institution, 'id'> & { _id: string; id: string; demo: true }

type Row = [
  kind: InstitutionKind,
  level: Institution['level'],
  brand: BrandId,
  county: CountyName,
  name: string,
  recognisedAt: string,
  /** Demo employer number (seed-employer-NN) of a leading enterprise with an account. */
  employer?: number,
]

// prettier-ignore
const ROWS: Row[] = [
  ['training_base', 'region', 'mifen', '柳南区', '柳州螺蛳粉产业学院培训示范基地（示例）', '2023-06-18'],
  ['training_base', 'region', 'jiazheng', '鱼峰区', '八桂家政柳州培训示范基地（示例）', '2023-11-02'],
  ['training_base', 'region', 'jiangong', '柳北区', '八桂建工柳州实训示范基地（示例）', '2024-05-20'],
  ['incubation_base', 'region', 'mifen', '柳南区', '柳州螺蛳粉创业孵化基地（示例）', '2023-09-12'],
  ['incubation_base', 'region', 'cixiu', '融水苗族自治县', '融水苗绣创业孵化基地（示例）', '2024-03-08'],
  ['incubation_base', 'region', 'jiazheng', '城中区', '柳州家政服务创业孵化基地（示例）', '2025-04-16'],
  ['expert_studio', 'region', 'mifen', '柳南区', '螺蛳粉烹制技艺专家工作室（示例）', '2023-08-01'],
  ['expert_studio', 'region', 'cixiu', '三江侗族自治县', '侗绣技艺专家工作室（示例）', '2024-07-10'],
  ['expert_studio', 'region', 'jiangong', '柳北区', '建筑工匠技能专家工作室（示例）', '2025-06-26'],
  ['leading_enterprise', 'region', 'mifen', '柳南区', '柳州示例螺蛳粉食品有限公司', '2023-05-30', 1],
  ['leading_enterprise', 'region', 'mifen', '柳南区', '柳州示例螺蛳粉产业园运营有限公司', '2024-04-22', 2],
  ['leading_enterprise', 'region', 'mifen', '柳江区', '柳州示例米粉食品股份公司（示例）', '2025-03-18'],
  ['leading_enterprise', 'region', 'jiazheng', '城中区', '柳州示例家政服务有限公司', '2023-10-09', 7],
  ['leading_enterprise', 'region', 'jiazheng', '柳北区', '柳州市示例康养服务有限公司', '2024-09-15', 8],
  ['leading_enterprise', 'region', 'jiangong', '柳北区', '柳州示例建筑工程有限公司', '2024-12-03', 12],
  ['training_base', 'city', 'mifen', '柳江区', '柳江螺蛳粉原料培训基地（示例）', '2023-04-12'],
  ['training_base', 'city', 'mifen', '鱼峰区', '柳州螺蛳粉电商培训基地（示例）', '2023-12-20'],
  ['training_base', 'city', 'jiazheng', '柳北区', '柳北区养老护理培训基地（示例）', '2024-02-27'],
  ['training_base', 'city', 'jiazheng', '融安县', '融安县家政培训基地（示例）', '2024-06-05'],
  ['training_base', 'city', 'jiangong', '鹿寨县', '鹿寨县建筑工匠培训基地（示例）', '2024-10-18'],
  ['training_base', 'city', 'cixiu', '三江侗族自治县', '三江侗绣培训基地（示例）', '2025-01-09'],
  ['training_base', 'city', 'cixiu', '融水苗族自治县', '融水苗绣培训基地（示例）', '2025-07-21'],
  ['incubation_base', 'city', 'mifen', '柳城县', '柳城县返乡创业孵化园（示例）', '2024-08-28'],
  ['incubation_base', 'city', 'cixiu', '三江侗族自治县', '三江侗族自治县手工艺创业孵化基地（示例）', '2025-05-13'],
  ['expert_studio', 'city', 'mifen', '城中区', '螺蛳粉汤料研发专家工作室（示例）', '2023-07-07'],
  ['expert_studio', 'city', 'mifen', '柳江区', '螺蛳生态养殖专家工作室（示例）', '2024-01-16'],
  ['expert_studio', 'city', 'jiazheng', '鱼峰区', '母婴护理专家工作室（示例）', '2024-05-09'],
  ['expert_studio', 'city', 'jiangong', '柳江区', '装配式建造专家工作室（示例）', '2024-11-21'],
  ['expert_studio', 'city', 'jiangong', '三江侗族自治县', '侗族木构营造专家工作室（示例）', '2025-02-24'],
  ['expert_studio', 'city', 'cixiu', '融水苗族自治县', '苗绣纹样专家工作室（示例）', '2025-08-19'],
  ['leading_enterprise', 'city', 'mifen', '鱼峰区', '柳州示例螺蛳粉电商有限公司', '2023-09-26', 3],
  ['leading_enterprise', 'city', 'mifen', '柳江区', '柳江区示例螺蛳养殖专业合作社', '2024-03-29', 4],
  ['leading_enterprise', 'city', 'mifen', '柳城县', '柳城示例米粉厂（示例）', '2024-12-17'],
  ['leading_enterprise', 'city', 'jiazheng', '鹿寨县', '鹿寨示例家政公司（示例）', '2025-04-02'],
  ['leading_enterprise', 'city', 'jiangong', '柳江区', '广西示例装配式建筑科技有限公司', '2024-06-28', 13],
  ['leading_enterprise', 'city', 'jiangong', '鹿寨县', '鹿寨县示例建筑劳务有限公司', '2025-01-23', 15],
  ['leading_enterprise', 'city', 'cixiu', '融水苗族自治县', '融水示例苗绣文化发展有限公司', '2023-11-30', 17],
  ['leading_enterprise', 'city', 'cixiu', '三江侗族自治县', '三江示例侗绣手工艺合作社', '2024-09-04', 18],
  ['export_base', 'city', 'cixiu', '三江侗族自治县', '三江侗族自治县劳务品牌乡村振兴输出基地（示例）', '2023-03-15'],
  ['export_base', 'city', 'jiazheng', '融水苗族自治县', '融水苗族自治县劳务品牌乡村振兴输出基地（示例）', '2023-03-15'],
  ['export_base', 'city', 'jiangong', '融安县', '融安县劳务品牌乡村振兴输出基地（示例）', '2023-03-15'],
]

/** An entry staff retired: it stays in the store with its reason and counts nowhere. */
const RETIRED: Row = [
  'expert_studio',
  'city',
  'cixiu',
  '融安县',
  '民族蜡染专家工作室（示例）',
  '2023-05-11',
]

const ABOUT: Record<InstitutionKind, string> = {
  training_base: '开展劳务品牌职业技能培训和实训，面向农村劳动力和脱贫人口优先招生。',
  incubation_base: '为劳务品牌创业项目提供低成本场地、创业指导、融资对接和补贴申领服务。',
  expert_studio: '由技能大师领衔，开展技艺传承、带徒授艺和技术攻关。',
  leading_enterprise: '劳务品牌龙头企业，长期吸纳培训合格人员就业，参与校企合作和订单式培训。',
  export_base: '乡村振兴重点帮扶县的劳务输出基地，有组织地输送劳动力到柳州市区和广东湛江等地就业。',
}

const HOURS: Record<InstitutionKind, string> = {
  training_base: '周一至周六 8:30-12:00 14:30-17:30',
  incubation_base: '周一至周五 9:00-12:00 14:30-18:00',
  expert_studio: '周二、周四 9:00-17:00（请先电话预约）',
  leading_enterprise: '周一至周五 8:30-17:30 招聘咨询',
  export_base: '周一至周五 8:30-12:00 15:00-18:00',
}

function offersOf(kind: InstitutionKind, brand: BrandId, i: number): string[] {
  const occupations = BRAND_LINES.find((b) => b.id === brand)?.occupations ?? []
  const occ = (k: number) => occupations[(i + k) % occupations.length]
  switch (kind) {
    case 'training_base':
      return [`开设${occ(0)}培训`, `开设${occ(1)}培训`, '实训工位对外开放']
    case 'incubation_base':
      return [
        `在孵项目：${occ(0)}小店（示例）`,
        `在孵项目：${occ(2)}工作室（示例）`,
        '免费创业指导',
        '协助申请创业担保贷款',
      ]
    case 'expert_studio':
      return [`${occ(0)}带徒传艺`, '技术攻关', '参与技能竞赛命题']
    case 'leading_enterprise':
      return [`长期招聘${occ(0)}`, `长期招聘${occ(1)}`, '订单式培训，培训合格优先录用']
    case 'export_base':
      return ['组织输送到柳州市区和广东湛江就业', '送政策、送信息、送技能、送岗位', '脱贫人口优先']
  }
}

function doc(row: Row, i: number): InstitutionDoc {
  const [kind, level, brand, county, name, recognisedAt, employer] = row
  const id = `seed-institution-${pad(i + 1)}`
  const point = pointNear(county, id)
  const entry: InstitutionDoc = {
    _id: id,
    id,
    kind,
    level,
    brand,
    name,
    county,
    address: demoAddress(county, i + 3),
    location: { lat: point.latitude, lng: point.longitude },
    phone: demoLandline(200 + i),
    hours: HOURS[kind],
    offers: offersOf(kind, brand, i),
    description: ABOUT[kind],
    recognisedAt,
    status: 'active',
    demo: true,
  }
  if (employer) entry.employerId = `seed-employer-${pad(employer)}`
  return entry
}

export function buildInstitutions(): InstitutionDoc[] {
  const retired = doc(RETIRED, ROWS.length)
  return [
    ...ROWS.map(doc),
    { ...retired, status: 'retired', retiredReason: '工作室负责人退休，不再开展带徒（示例）' },
  ]
}
