/** Demo training providers and the 40 courses (R2), laid out relative to `now`. */
import type {
  BrandId,
  Course,
  CourseMode,
  CourseSession,
  CountyName,
  Provider,
} from '../../types/catalog'
import { countyByName } from '../../src/domain/counties'
import { beijingDayAt, isoBeijing, toInstant } from '../../src/domain/time'
import { facts } from './occupations'
import { demoAddress, demoLandline, pointNear, venue } from './places'
import { pad } from './random'

export type ProviderDoc = Provider & { _id: string; demo: true; address: string }

/** The provider `demo-provider` manages. */
export const DEMO_PROVIDER_ID = 'seed-provider-01'

const PROVIDERS: Array<[name: string, county: CountyName]> = [
  ['柳州市示例职业技能培训学校', '城中区'],
  ['柳州螺蛳粉产业示例培训中心', '柳南区'],
  ['柳州市示例家政服务培训中心', '鱼峰区'],
  ['柳州市示例建筑技工学校', '柳北区'],
  ['柳江区示例职业技能培训中心', '柳江区'],
  ['融水苗族自治县示例民族刺绣培训中心', '融水苗族自治县'],
  ['三江侗族自治县示例侗绣技能培训学校', '三江侗族自治县'],
  ['鹿寨县示例职业技能培训学校', '鹿寨县'],
]

export function buildProviders(): ProviderDoc[] {
  return PROVIDERS.map(([name, county], i) => {
    const id = `seed-provider-${pad(i + 1)}`
    return {
      _id: id,
      id,
      name,
      county,
      address: demoAddress(county, i),
      phone: demoLandline(100 + i),
      ...(id === DEMO_PROVIDER_ID ? { ownerOpenid: 'demo-provider' } : {}),
      demo: true,
    }
  })
}

/**
 * How full a course is made: `done` ran in the past (n completed), `running` started a few days ago
 * (n in training), `closing` starts tomorrow with sign-up closed (n confirmed), `open` takes
 * sign-ups (n confirmed); `left` leaves that many seats; `wait` fills every seat plus n waitlisted.
 */
export type Fill =
  | { kind: 'done'; completed: number; dropped: number }
  | { kind: 'running'; n: number }
  | { kind: 'closing'; n: number }
  | { kind: 'open'; n: number }
  | { kind: 'left'; n: number }
  | { kind: 'wait'; n: number }

type Row = [
  occupation: string,
  provider: number,
  county: CountyName,
  mode: CourseMode,
  startDay: number,
  capacity: number,
  fill: Fill,
  fee?: number,
]

const done = (completed: number, dropped = 1): Fill => ({ kind: 'done', completed, dropped })
const running = (n: number): Fill => ({ kind: 'running', n })
const closing = (n: number): Fill => ({ kind: 'closing', n })
const open = (n: number): Fill => ({ kind: 'open', n })
const left = (n: number): Fill => ({ kind: 'left', n })
const wait = (n: number): Fill => ({ kind: 'wait', n })

/** Course rows: start day relative to today (Beijing), capacity 20–60. */
const ROWS: Row[] = [
  ['传统螺蛳粉烹制', 2, '柳南区', 'offline', -75, 30, done(14)],
  ['辅料制作', 1, '城中区', 'offline', 9, 40, open(6)],
  ['传统螺蛳粉烹制', 2, '柳南区', 'offline', 6, 20, left(2)],
  ['传统螺蛳粉烹制', 5, '柳江区', 'offline', 15, 20, wait(3)],
  ['电子商务师', 1, '城中区', 'mixed', 20, 50, open(3), 1200],
  ['原料养殖', 5, '柳江区', 'offline', 25, 30, open(2)],
  ['原料养殖', 8, '鹿寨县', 'offline', 40, 30, open(1)],
  ['辅料制作', 2, '柳南区', 'offline', -3, 30, running(10)],
  ['检测', 2, '柳南区', 'offline', 33, 25, open(1)],
  ['创业培训', 1, '鱼峰区', 'offline', 18, 40, open(2)],
  ['新零售技术', 1, '柳北区', 'online', 11, 60, open(3)],
  ['销售人员', 2, '鱼峰区', 'mixed', 48, 45, open(1)],
  ['网店装修', 1, '城中区', 'online', 62, 60, open(0)],
  ['养老护理员', 3, '鱼峰区', 'offline', -120, 30, done(12, 2)],
  ['养老护理员', 3, '鱼峰区', 'offline', 8, 20, left(1)],
  ['养老护理员', 3, '融水苗族自治县', 'offline', 14, 25, open(4)],
  ['母婴护理员', 3, '城中区', 'offline', 10, 20, wait(2), 2800],
  ['母婴护理员', 1, '柳北区', 'mixed', 30, 40, open(2)],
  ['家务服务员', 3, '柳北区', 'offline', 1, 30, closing(8)],
  ['家务服务员', 8, '鹿寨县', 'offline', 22, 30, open(2)],
  ['家庭照护员', 1, '融安县', 'offline', 27, 30, open(2)],
  ['病患陪护工', 3, '城中区', 'offline', 36, 35, open(2)],
  ['病患陪护工', 5, '柳江区', 'offline', 55, 30, open(0)],
  ['养老护理员', 3, '柳南区', 'offline', 70, 30, open(1)],
  ['砌筑工', 4, '柳北区', 'offline', -800, 40, done(10)],
  ['钢筋工', 4, '柳北区', 'offline', 7, 40, open(4)],
  ['农村建筑工匠', 8, '鹿寨县', 'offline', 13, 50, open(3)],
  ['农村建筑工匠', 4, '融水苗族自治县', 'offline', 24, 40, open(3)],
  ['镶贴工', 5, '柳江区', 'offline', 19, 30, open(2)],
  ['木工', 4, '柳城县', 'offline', 31, 30, open(2)],
  ['装配式建造工', 4, '柳江区', 'mixed', 44, 30, open(1)],
  ['混凝土工', 8, '鹿寨县', 'offline', 52, 30, open(0)],
  ['精细木工', 4, '柳北区', 'offline', 66, 25, open(1), 1600],
  ['广西民族刺绣', 6, '融水苗族自治县', 'offline', -200, 30, done(9)],
  ['广西民族刺绣', 6, '融水苗族自治县', 'offline', 9, 20, left(3)],
  ['手绣制作工', 7, '三江侗族自治县', 'offline', 16, 30, open(4)],
  ['印染', 7, '三江侗族自治县', 'offline', 29, 25, open(2)],
  ['服装剪裁缝纫', 6, '融安县', 'offline', 23, 30, open(2)],
  ['手绣制作工', 1, '城中区', 'online', 38, 60, open(2)],
  ['服装剪裁缝纫', 7, '三江侗族自治县', 'offline', 58, 30, open(0)],
]

/** A course before its enrolments are known: seats and the waitlist are settled in enrollments.ts. */
export interface CourseDraft {
  doc: Course & {
    _id: string
    createdAt: string
    updatedAt: string
    waitlistLength: number
    waitlistLog: string[]
  }
  fill: Fill
}

const FREE_SUBSIDY =
  '符合条件的劳动者免费参加，培训费由职业技能提升补贴支付；培训期间可按规定申领生活费补贴'
const PAID_SUBSIDY = '先按标准缴费，取得证书后可按规定申领职业技能提升补贴，最多可报销大部分费用'
const MODE_SUFFIX: Record<CourseMode, string> = {
  offline: '培训班',
  online: '线上培训班',
  mixed: '培训班（线上+线下）',
}

/** Sessions on consecutive days: daytime in class, evenings online; mixed starts online. */
function sessions(now: Date, startDay: number, days: number, mode: CourseMode): CourseSession[] {
  return Array.from({ length: days }, (_, d) => {
    const online = mode === 'online' || (mode === 'mixed' && d < Math.ceil(days / 2))
    const [from, to] = online ? ['19:30', '21:00'] : ['09:00', '17:00']
    return {
      startAt: beijingDayAt(now, startDay + d, from),
      endAt: beijingDayAt(now, startDay + d, to),
    }
  })
}

export function buildCourses(now: Date, providers: readonly ProviderDoc[]): CourseDraft[] {
  return ROWS.map(
    ([occupation, providerNo, county, mode, startDay, capacity, fill, fee = 0], i) => {
      const id = `seed-course-${pad(i + 1)}`
      const f = facts(occupation)
      const provider = providers[providerNo - 1]
      const countyShort = countyByName(county)?.short ?? county
      const sameCounty = provider.county === county
      const place = sameCounty
        ? {
            name: provider.name,
            address: provider.address,
            county,
            point: pointNear(county, provider.id),
          }
        : venue(`${provider.name}${countyShort}教学点`, county, i, `${provider.id}:${county}`)
      const list = sessions(now, startDay, f.days, mode)
      const startAt = list[0].startAt
      const deadline = beijingDayAt(now, startDay - 2, '18:00')
      const createdAt = isoBeijing(
        Math.min(now.getTime(), toInstant(beijingDayAt(now, startDay - 40, '10:00'))),
      )
      const levelWord = f.cert.level ? `（${'一二三四五'[f.cert.level - 1]}级）` : ''
      const brand: BrandId = f.brand
      return {
        fill,
        doc: {
          _id: id,
          id,
          title: `${f.course}${levelWord}${MODE_SUFFIX[mode]}·${countyShort}`,
          brand,
          occupation,
          providerId: provider.id,
          providerName: provider.name,
          mode,
          county,
          venue: place,
          sessions: list,
          startAt,
          deadline,
          capacity,
          seatsLeft: capacity,
          waitlistCapacity: fill.kind === 'wait' ? 10 : Math.max(5, Math.round(capacity / 4)),
          fee,
          subsidy: fee === 0 ? FREE_SUBSIDY : PAID_SUBSIDY,
          certificate: f.cert,
          description: `${f.learn}共${f.days}天，${mode === 'offline' ? '在教学点面授加实操' : mode === 'online' ? '手机上听课，晚上开课不误白天干活' : '先线上学理论，再到教学点实操'}，结业考核合格发证。`,
          status:
            fill.kind === 'open' || fill.kind === 'left' || fill.kind === 'wait'
              ? 'open'
              : 'closed',
          demo: true,
          createdAt,
          updatedAt: createdAt,
          waitlistLength: 0,
          waitlistLog: [],
        },
      }
    },
  )
}
