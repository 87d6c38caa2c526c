import type { Brand, BrandId } from '../../types/catalog'

/** The plan these numbers come from; shown beside every target so staff can trace it. */
export const PLAN_TITLE = '柳州市开展“八桂系列”劳务品牌建设促进就业实施方案（柳政办〔2022〕72号）'

type BrandLine = Omit<Brand, 'progress'>

/** The four brand lines of the plan (三、重点任务), with their occupations and 2025 targets. */
export const BRAND_LINES: readonly BrandLine[] = [
  {
    id: 'mifen',
    name: '八桂米粉师傅',
    tagline: '螺蛳粉全产业链：养殖、制作、烹制、电商销售',
    story:
      '聚焦柳州螺蛳粉“小米粉大产业”，培养从原料养殖、辅料制作、传统烹制到检测、电商、新零售的全产业链技能人才，推动“柳州螺蛳粉+”一二三产业融合发展。',
    color: '#C8372D',
    occupations: [
      '原料养殖',
      '辅料制作',
      '传统螺蛳粉烹制',
      '检测',
      '创业培训',
      '电子商务师',
      '新零售技术',
      '销售人员',
      '网店装修',
    ],
    featured: { name: '柳州螺蛳粉师傅', tagline: '重点打造的柳州特色劳务品牌' },
    targets: {
      training: { value: 8000, source: '三、重点任务（三）：米粉行业培训0.8万人次以上' },
      employment: { value: 30000, source: '三、重点任务（三）：带动螺蛳粉行业就业创业3万人次以上' },
    },
  },
  {
    id: 'jiazheng',
    name: '八桂家政',
    tagline: '照顾一老一小一患：母婴护理、养老护理、家务服务',
    story:
      '围绕“一老一小一患”等群体迫切需求的家政类职业，培养母婴护理员、家务服务员、家庭照护员、养老护理员和病患陪护工等技能人才。',
    color: '#D9822B',
    occupations: ['母婴护理员', '家务服务员', '家庭照护员', '养老护理员', '病患陪护工'],
    targets: {
      training: { value: 6000, source: '三、重点任务（一）：家政类培训0.6万人次以上' },
      employment: { value: 15000, source: '三、重点任务（一）：带动家政行业就业创业1.5万人次以上' },
    },
  },
  {
    id: 'jiangong',
    name: '八桂建工',
    tagline: '建筑工匠：砌筑、镶贴、钢筋、木工、装配式建造',
    story:
      '围绕农村人居环境整治提升和建筑行业用工需求，培养农村建筑工匠、砌筑工、镶贴工、混凝土工、钢筋工、木工、手工木工、精细木工和装配式建造工等建筑产业技能人才。',
    color: '#2F6DB5',
    occupations: [
      '农村建筑工匠',
      '砌筑工',
      '镶贴工',
      '混凝土工',
      '钢筋工',
      '木工',
      '手工木工',
      '精细木工',
      '装配式建造工',
    ],
    targets: {
      training: { value: 4000, source: '三、重点任务（二）：建工类培训0.4万人次以上' },
      employment: { value: 14000, source: '三、重点任务（二）：带动建工行业就业创业1.4万人次以上' },
    },
  },
  {
    id: 'cixiu',
    name: '龙城刺绣',
    tagline: '苗绣侗绣等民族手艺：刺绣、印染、剪裁缝纫',
    story:
      '围绕柳州少数民族地区苗绣、侗绣等手工艺，培养广西民族刺绣、手绣制作工、印染、服装剪裁缝纫等刺绣行业技能人才。',
    color: '#7B4FA0',
    occupations: ['广西民族刺绣', '手绣制作工', '印染', '服装剪裁缝纫'],
    targets: {
      training: { value: 2000, source: '三、重点任务（四）：刺绣行业培训0.2万人次以上' },
      employment: { value: 6000, source: '三、重点任务（四）：带动刺绣行业就业创业0.6万人次以上' },
    },
  },
]

/** Totals of the plan (二、主要目标). */
export const PLAN_TOTALS = {
  training: { value: 20000, source: '二、主要目标：累计培训2万人次以上' },
  employment: { value: 65000, source: '二、主要目标：力争带动就业创业6.5万人次以上' },
} as const

export const BRAND_IDS = BRAND_LINES.map((b) => b.id) as BrandId[]

export function brandName(id: BrandId): string {
  return BRAND_LINES.find((b) => b.id === id)?.name ?? id
}
