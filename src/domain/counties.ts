/** Liuzhou's 5 districts and 5 counties with their towns and streets (乡镇/街道), and work places. */
import type { CountyName, GeoPoint } from '../../types/catalog'
import type { WorkPlace } from '../../types/profile'

export interface County {
  name: CountyName
  /** Short form for tight spaces (融水, 三江). */
  short: string
  kind: 'district' | 'county'
  /** GB/T 2260 code, the first 6 digits of a local ID number. */
  code: string
  /** Roughly the seat of the district/county government, GCJ-02 (WeChat maps). */
  centre: GeoPoint
  townships: string[]
}

export const COUNTIES: readonly County[] = [
  {
    name: '城中区',
    short: '城中',
    kind: 'district',
    code: '450202',
    centre: { latitude: 24.3117, longitude: 109.4123 },
    townships: ['城中街道', '公园街道', '中南街道', '水上街道', '潭中街道', '河东街道', '静兰街道'],
  },
  {
    name: '鱼峰区',
    short: '鱼峰',
    kind: 'district',
    code: '450203',
    centre: { latitude: 24.3188, longitude: 109.4526 },
    townships: [
      '天马街道',
      '驾鹤街道',
      '箭盘山街道',
      '五里亭街道',
      '荣军街道',
      '白莲街道',
      '麒麟街道',
      '阳和街道',
      '里雍镇',
      '白沙镇',
    ],
  },
  {
    name: '柳南区',
    short: '柳南',
    kind: 'district',
    code: '450204',
    centre: { latitude: 24.3365, longitude: 109.3852 },
    townships: [
      '河西街道',
      '南站街道',
      '鹅山街道',
      '柳南街道',
      '柳石街道',
      '银山街道',
      '潭西街道',
      '太阳村镇',
      '洛满镇',
      '流山镇',
    ],
  },
  {
    name: '柳北区',
    short: '柳北',
    kind: 'district',
    code: '450205',
    centre: { latitude: 24.3636, longitude: 109.4062 },
    townships: [
      '解放街道',
      '雅儒街道',
      '胜利街道',
      '跃进街道',
      '锦绣街道',
      '白露街道',
      '钢城街道',
      '柳长街道',
      '石碑坪镇',
      '沙塘镇',
      '长塘镇',
    ],
  },
  {
    name: '柳江区',
    short: '柳江',
    kind: 'district',
    code: '450206',
    centre: { latitude: 24.2566, longitude: 109.3348 },
    townships: ['拉堡镇', '里高镇', '进德镇', '穿山镇', '土博镇', '百朋镇', '成团镇', '三都镇'],
  },
  {
    name: '柳城县',
    short: '柳城',
    kind: 'county',
    code: '450222',
    centre: { latitude: 24.6505, longitude: 109.2447 },
    townships: [
      '大埔镇',
      '龙头镇',
      '太平镇',
      '沙埔镇',
      '东泉镇',
      '凤山镇',
      '六塘镇',
      '冲脉镇',
      '寨隆镇',
      '马山镇',
      '古砦仫佬族乡',
      '社冲乡',
    ],
  },
  {
    name: '鹿寨县',
    short: '鹿寨',
    kind: 'county',
    code: '450223',
    centre: { latitude: 24.4729, longitude: 109.7508 },
    townships: [
      '鹿寨镇',
      '中渡镇',
      '寨沙镇',
      '平山镇',
      '黄冕镇',
      '四排镇',
      '江口乡',
      '导江乡',
      '拉沟乡',
    ],
  },
  {
    name: '融安县',
    short: '融安',
    kind: 'county',
    code: '450224',
    centre: { latitude: 25.2245, longitude: 109.3973 },
    townships: [
      '长安镇',
      '浮石镇',
      '泗顶镇',
      '板榄镇',
      '大将镇',
      '大良镇',
      '雅瑶乡',
      '大坡乡',
      '东起乡',
      '沙子乡',
      '桥板乡',
      '潭头乡',
    ],
  },
  {
    name: '融水苗族自治县',
    short: '融水',
    kind: 'county',
    code: '450225',
    centre: { latitude: 25.0661, longitude: 109.2566 },
    townships: [
      '融水镇',
      '和睦镇',
      '三防镇',
      '怀宝镇',
      '洞头镇',
      '大浪镇',
      '永乐镇',
      '四荣乡',
      '香粉乡',
      '安太乡',
      '汪洞乡',
      '同练瑶族乡',
      '杆洞乡',
      '安陲乡',
      '白云乡',
      '红水乡',
      '拱洞乡',
      '大年乡',
      '良寨乡',
      '滚贝侗族乡',
    ],
  },
  {
    name: '三江侗族自治县',
    short: '三江',
    kind: 'county',
    code: '450226',
    centre: { latitude: 25.7834, longitude: 109.6073 },
    townships: [
      '古宜镇',
      '斗江镇',
      '丹洲镇',
      '独峒镇',
      '八江镇',
      '林溪镇',
      '老堡乡',
      '良口乡',
      '洋溪乡',
      '富禄苗族乡',
      '梅林乡',
      '程村乡',
      '和平乡',
      '同乐苗族乡',
      '高基瑶族乡',
    ],
  },
]

export const COUNTY_NAMES: readonly CountyName[] = COUNTIES.map((c) => c.name)

/** 乡村振兴重点帮扶县: where the plan sets up labor export bases (四（二）3). */
export const EXPORT_BASE_COUNTIES: readonly CountyName[] = [
  '三江侗族自治县',
  '融水苗族自治县',
  '融安县',
]

export function countyByName(name: string): County | undefined {
  return COUNTIES.find((c) => c.name === name)
}

export function isCountyName(name: string): name is CountyName {
  return COUNTIES.some((c) => c.name === name)
}

/** Whether a township belongs to the county (profile pickers, input checks). */
export function isTownshipOf(county: CountyName, township: string): boolean {
  return countyByName(county)?.townships.includes(township) ?? false
}

/** Places a worker may pick in job wishes, in picker order. */
export const WORK_PLACES: readonly WorkPlace[] = [
  '柳州市内均可',
  ...COUNTY_NAMES,
  '广东湛江',
  '广东其他',
  '区外其他',
]

/** Places outside Liuzhou (粤桂劳务协作 and others): a worker must opt in to be matched there. */
export const OUTSIDE_PLACES: readonly WorkPlace[] = ['广东湛江', '广东其他', '区外其他']

/** Whether a job at `jobPlace` fits a worker who accepts `wished` places. */
export function placeFits(wished: readonly WorkPlace[], jobPlace: WorkPlace): boolean {
  if (wished.includes(jobPlace)) return true
  return wished.includes('柳州市内均可') && isCountyName(jobPlace)
}
