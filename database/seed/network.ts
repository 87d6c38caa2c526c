/**
 * The R7 brand network, named so nobody mistakes it for the real list: region-level 3 training
 * bases, 3 incubation bases, 3 expert studios, 8 leading enterprises; city-level 8 training bases,
 * 8 expert studios, 8 leading enterprises (二、主要目标); and the labor export bases the plan puts
 * in 三江, 融水 and 融安 (四（二）3).
 */
import type { BrandId, CountyName } from '../../types/catalog'
import type { Institution, InstitutionKind } from '../../types/network'
import { demoAddress, demoLandline, pointNear } from './places'
import { pad } from './random'

export type InstitutionDoc = Institution & { _id: string; demo: true }

type Row = [
  kind: InstitutionKind,
  level: Institution['level'],
  brand: BrandId,
  county: CountyName,
  name: string,
]

const ROWS: Row[] = [
  ['training_base', 'region', 'mifen', '柳南区', '柳州螺蛳粉产业学院培训示范基地（示例）'],
  ['training_base', 'region', 'jiazheng', '鱼峰区', '八桂家政柳州培训示范基地（示例）'],
  ['training_base', 'region', 'jiangong', '柳北区', '八桂建工柳州实训示范基地（示例）'],
  ['incubation_base', 'region', 'mifen', '柳南区', '柳州螺蛳粉创业孵化基地（示例）'],
  ['incubation_base', 'region', 'cixiu', '融水苗族自治县', '融水苗绣创业孵化基地（示例）'],
  ['incubation_base', 'region', 'jiazheng', '城中区', '柳州家政服务创业孵化基地（示例）'],
  ['expert_studio', 'region', 'mifen', '柳南区', '螺蛳粉烹制技艺专家工作室（示例）'],
  ['expert_studio', 'region', 'cixiu', '三江侗族自治县', '侗绣技艺专家工作室（示例）'],
  ['expert_studio', 'region', 'jiangong', '柳北区', '建筑工匠技能专家工作室（示例）'],
  ['leading_enterprise', 'region', 'mifen', '柳南区', '柳州示例螺蛳粉集团（示例）'],
  ['leading_enterprise', 'region', 'mifen', '柳江区', '柳州示例米粉食品股份公司（示例）'],
  ['leading_enterprise', 'region', 'mifen', '鱼峰区', '柳州示例螺蛳粉供应链公司（示例）'],
  ['leading_enterprise', 'region', 'jiazheng', '城中区', '广西示例家政服务集团柳州公司（示例）'],
  ['leading_enterprise', 'region', 'jiazheng', '柳北区', '柳州示例康养产业公司（示例）'],
  ['leading_enterprise', 'region', 'jiangong', '柳北区', '柳州示例建工集团（示例）'],
  ['leading_enterprise', 'region', 'jiangong', '柳江区', '广西示例装配式建筑集团（示例）'],
  ['leading_enterprise', 'region', 'cixiu', '融水苗族自治县', '融水示例苗族服饰公司（示例）'],
  ['training_base', 'city', 'mifen', '柳江区', '柳江螺蛳粉原料培训基地（示例）'],
  ['training_base', 'city', 'mifen', '鱼峰区', '柳州螺蛳粉电商培训基地（示例）'],
  ['training_base', 'city', 'jiazheng', '柳北区', '柳北区养老护理培训基地（示例）'],
  ['training_base', 'city', 'jiazheng', '融安县', '融安县家政培训基地（示例）'],
  ['training_base', 'city', 'jiangong', '鹿寨县', '鹿寨县建筑工匠培训基地（示例）'],
  ['training_base', 'city', 'jiangong', '柳城县', '柳城县建筑技能培训基地（示例）'],
  ['training_base', 'city', 'cixiu', '三江侗族自治县', '三江侗绣培训基地（示例）'],
  ['training_base', 'city', 'cixiu', '融水苗族自治县', '融水苗绣培训基地（示例）'],
  ['expert_studio', 'city', 'mifen', '城中区', '螺蛳粉汤料研发专家工作室（示例）'],
  ['expert_studio', 'city', 'mifen', '柳江区', '螺蛳生态养殖专家工作室（示例）'],
  ['expert_studio', 'city', 'jiazheng', '鱼峰区', '母婴护理专家工作室（示例）'],
  ['expert_studio', 'city', 'jiazheng', '柳北区', '养老护理专家工作室（示例）'],
  ['expert_studio', 'city', 'jiangong', '柳江区', '装配式建造专家工作室（示例）'],
  ['expert_studio', 'city', 'jiangong', '三江侗族自治县', '侗族木构营造专家工作室（示例）'],
  ['expert_studio', 'city', 'cixiu', '融水苗族自治县', '苗绣纹样专家工作室（示例）'],
  ['expert_studio', 'city', 'cixiu', '融安县', '民族蜡染专家工作室（示例）'],
  ['leading_enterprise', 'city', 'mifen', '柳南区', '柳州示例酸笋食品公司（示例）'],
  ['leading_enterprise', 'city', 'mifen', '柳城县', '柳城示例米粉厂（示例）'],
  ['leading_enterprise', 'city', 'jiazheng', '城中区', '柳州示例月嫂服务公司（示例）'],
  ['leading_enterprise', 'city', 'jiazheng', '鹿寨县', '鹿寨示例家政公司（示例）'],
  ['leading_enterprise', 'city', 'jiangong', '柳北区', '柳州示例装饰工程公司（示例）'],
  ['leading_enterprise', 'city', 'jiangong', '柳城县', '柳城示例建筑劳务公司（示例）'],
  ['leading_enterprise', 'city', 'cixiu', '三江侗族自治县', '三江示例侗绣文创公司（示例）'],
  ['leading_enterprise', 'city', 'cixiu', '融安县', '融安示例民族服饰厂（示例）'],
  [
    'export_base',
    'city',
    'cixiu',
    '三江侗族自治县',
    '三江侗族自治县劳务品牌乡村振兴输出基地（示例）',
  ],
  [
    'export_base',
    'city',
    'jiazheng',
    '融水苗族自治县',
    '融水苗族自治县劳务品牌乡村振兴输出基地（示例）',
  ],
  ['export_base', 'city', 'jiangong', '融安县', '融安县劳务品牌乡村振兴输出基地（示例）'],
]

const ABOUT: Record<InstitutionKind, string> = {
  training_base: '开展劳务品牌职业技能培训和实训，面向农村劳动力和脱贫人口优先招生。',
  incubation_base: '为劳务品牌创业项目提供低成本场地、创业指导、融资对接和补贴申领服务。',
  expert_studio: '由技能大师领衔，开展技艺传承、带徒授艺和技术攻关。',
  leading_enterprise: '劳务品牌龙头企业，长期吸纳培训合格人员就业，参与校企合作和订单式培训。',
  export_base: '乡村振兴重点帮扶县的劳务输出基地，有组织地输送劳动力到柳州市区和广东湛江等地就业。',
}

export function buildInstitutions(): InstitutionDoc[] {
  return ROWS.map(([kind, level, brand, county, name], i) => {
    const id = `seed-institution-${pad(i + 1)}`
    return {
      _id: id,
      id,
      kind,
      level,
      brand,
      name,
      county,
      address: demoAddress(county, i + 3),
      point: pointNear(county, id),
      phone: demoLandline(200 + i),
      description: ABOUT[kind],
      demo: true,
    }
  })
}
