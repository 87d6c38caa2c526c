/**
 * Demo employers (20: most verified, some pending, one refused, one blacklisted; three from 湛江 under
 * the 粤桂劳务协作 agreement), 80 openings, and applications: the hires count toward each brand's
 * employment progress, and each opening's `hired` equals its hired applications.
 */
import type { BrandId, CountyName } from '../../types/catalog'
import type { Application, ApplicationStatus, Benefits, Employer, Opening } from '../../types/jobs'
import { countyByName } from '../../src/domain/counties'
import { withUsccCheckDigit } from '../../src/domain/uscc'
import { beijingDayAt, isoBeijing, toInstant } from '../../src/domain/time'
import { applicationId } from '../../cloudfunctions/api/src/routes/jobs/shared'
import type { EnrollmentDoc } from './enrollments'
import { facts } from './occupations'
import type { Person } from './people'
import { demoMobile } from './places'
import { pad, rngFor } from './random'

export type EmployerDoc = Employer & { _id: string; demo: true }
export type OpeningDoc = Opening & { _id: string; demo: true }
export type ApplicationDoc = Omit<Application, 'id'> & {
  _id: string
  openid: string
  occupation: string
  /** Already counted in the brand's employment progress (so the outcome route never counts it twice). */
  hiredCounted?: boolean
  demo: true
}

/** The employer `demo-employer` owns. */
export const DEMO_EMPLOYER_ID = 'seed-employer-01'

const ZHANJIANG = '440800'

type EmployerRow = [
  name: string,
  brand: BrandId,
  /** A Liuzhou county, or null for 湛江. */
  county: CountyName | null,
  contact: string,
  benefits: Benefits,
  /** Openings: occupation×headcount, ✓ when the certificate is required. */
  jobs: string,
  status?: Employer['status'] | 'blacklisted',
]

const ALL: Benefits = { socialInsurance: true, board: true, lodging: true }
const INSURED: Benefits = { socialInsurance: true, board: true, lodging: false }
const PIECEWORK: Benefits = { socialInsurance: false, board: false, lodging: false }

// prettier-ignore
const EMPLOYERS: EmployerRow[] = [
  ['柳州示例螺蛳粉食品有限公司', 'mifen', '柳南区', '示例·陈经理', INSURED, '传统螺蛳粉烹制×6 辅料制作×8 传统螺蛳粉烹制×3 检测×2✓ 销售人员×5 辅料制作×6 电子商务师×2 传统螺蛳粉烹制×4'],
  ['柳州示例螺蛳粉产业园运营有限公司', 'mifen', '柳南区', '示例·梁主任', INSURED, '辅料制作×10 检测×3✓ 新零售技术×2 传统螺蛳粉烹制×5 销售人员×4 原料养殖×6'],
  ['柳州示例螺蛳粉电商有限公司', 'mifen', '鱼峰区', '示例·黄经理', INSURED, '电子商务师×5 网店装修×2 新零售技术×3 销售人员×6 电子商务师×3 网店装修×1'],
  ['柳江区示例螺蛳养殖专业合作社', 'mifen', '柳江区', '示例·韦社长', PIECEWORK, '原料养殖×8 原料养殖×4 辅料制作×3 创业培训×2'],
  ['湛江示例餐饮管理有限公司', 'mifen', null, '示例·李经理', ALL, '传统螺蛳粉烹制×10✓ 传统螺蛳粉烹制×6 销售人员×4 创业培训×3 辅料制作×4'],
  ['柳城县示例酸笋食品厂', 'mifen', '柳城县', '示例·莫厂长', INSURED, '', 'pending'],
  ['柳州示例家政服务有限公司', 'jiazheng', '城中区', '示例·覃经理', INSURED, '家务服务员×10 母婴护理员×4✓ 家庭照护员×5 家务服务员×6 养老护理员×4 病患陪护工×5 母婴护理员×3'],
  ['柳州市示例康养服务有限公司', 'jiazheng', '柳北区', '示例·蓝院长', ALL, '养老护理员×12✓ 养老护理员×6 家庭照护员×4 病患陪护工×6 养老护理员×5 家务服务员×3'],
  ['湛江示例家政服务有限公司', 'jiazheng', null, '示例·吴经理', ALL, '母婴护理员×8✓ 养老护理员×10 家务服务员×8 病患陪护工×6 家庭照护员×5'],
  ['柳州示例母婴护理中心', 'jiazheng', '鱼峰区', '示例·杨女士', INSURED, '', 'pending'],
  ['柳州示例陪护服务有限公司', 'jiazheng', '城中区', '示例·石经理', PIECEWORK, '病患陪护工×10 家务服务员×8', 'blacklisted'],
  ['柳州示例建筑工程有限公司', 'jiangong', '柳北区', '示例·龙经理', ALL, '钢筋工×10✓ 砌筑工×8 混凝土工×6 木工×6 镶贴工×4 钢筋工×5'],
  ['广西示例装配式建筑科技有限公司', 'jiangong', '柳江区', '示例·陆工', ALL, '装配式建造工×12 装配式建造工×6✓ 混凝土工×5 钢筋工×4 木工×3'],
  ['湛江示例建设工程有限公司', 'jiangong', null, '示例·廖经理', ALL, '钢筋工×15 砌筑工×10 木工×8 混凝土工×10 镶贴工×6'],
  ['鹿寨县示例建筑劳务有限公司', 'jiangong', '鹿寨县', '示例·罗经理', INSURED, '农村建筑工匠×8 砌筑工×6 精细木工×2✓ 手工木工×3'],
  ['柳城县示例装饰工程有限公司', 'jiangong', '柳城县', '示例·谢经理', INSURED, '', 'refused'],
  ['融水示例苗绣文化发展有限公司', 'cixiu', '融水苗族自治县', '示例·潘女士', PIECEWORK, '广西民族刺绣×15 手绣制作工×8 广西民族刺绣×6✓ 服装剪裁缝纫×4'],
  ['三江示例侗绣手工艺合作社', 'cixiu', '三江侗族自治县', '示例·欧女士', PIECEWORK, '手绣制作工×12 广西民族刺绣×10 印染×4 手绣制作工×5'],
  ['柳州示例民族服饰有限公司', 'cixiu', '融安县', '示例·黄经理', INSURED, '服装剪裁缝纫×10 印染×3✓ 服装剪裁缝纫×6'],
  ['融安县示例印染工艺厂', 'cixiu', '融安县', '示例·何厂长', INSURED, '', 'pending'],
]

/** '检测×2✓' → occupation, headcount, certificate required. */
function jobsOf(
  row: EmployerRow,
): Array<{ occupation: string; headcount: number; certified: boolean }> {
  return row[5]
    .split(' ')
    .filter(Boolean)
    .map((job) => {
      const m = /^(.+)×(\d+)(✓?)$/.exec(job)
      if (!m) throw new Error(`bad job ${job}`)
      return { occupation: m[1], headcount: Number(m[2]), certified: m[3] === '✓' }
    })
}

/** Where in 湛江 each cooperation opening is, in turn (the city and its county-level cities). */
const ZHANJIANG_CITIES = ['湛江市区', '雷州市', '廉江市', '吴川市']

/** What the 粤桂劳务协作 framework agreement with 湛江 provides (四（二）4). */
const COOPERATION_PROVIDES = [
  '柳州统一组织出行，车费由就业帮扶资金承担（示例）',
  '到岗后湛江人社部门专人对接',
  '稳岗服务：每月回访，遇到欠薪或纠纷两地协同处理',
  '参加过劳务品牌培训的学员优先推荐',
]

/** 湛江 pays a little more and says so. */
const ZHANJIANG_PAY_UPLIFT = 800

/** A valid 统一社会信用代码 with 'DEM' in its organisation code: 91 + region + MA5DEM + nnn + check. */
export function demoUscc(county: CountyName | null, n: number): string {
  return withUsccCheckDigit(
    `91${county ? countyByName(county)?.code : ZHANJIANG}MA5DEM${pad(n, 3)}`,
  )
}

export function buildEmployers(now: Date): EmployerDoc[] {
  return EMPLOYERS.map(([name, , county, contact, , , standing], i) => {
    const id = `seed-employer-${pad(i + 1)}`
    const status = standing === 'blacklisted' ? 'verified' : (standing ?? 'verified')
    const createdAt = beijingDayAt(now, -150 + i * 5, '10:00')
    const doc: EmployerDoc = {
      _id: id,
      id,
      name,
      uscc: demoUscc(county, i + 1),
      contact,
      phone: demoMobile(2000 + i + 1),
      status,
      blacklisted: standing === 'blacklisted',
      createdAt,
      demo: true,
    }
    if (county) doc.county = county
    if (status === 'verified') doc.verifiedAt = beijingDayAt(now, -148 + i * 5, '15:00')
    if (status === 'refused') doc.refuseReason = '营业执照照片看不清，请重新上传清晰的营业执照'
    if (id === DEMO_EMPLOYER_ID) doc.ownerOpenid = 'demo-employer'
    return doc
  })
}

const REQUIREMENTS: Record<string, string> = {
  母婴护理员: '持母婴护理员证书，有带宝宝经验优先，身体健康',
  养老护理员: '持养老护理员证书优先，有耐心、有爱心，能适应倒班',
  钢筋工: '持钢筋工证书，能看懂施工图',
  检测: '持检验员证书，中专及以上学历',
  传统螺蛳粉烹制: '会熬螺蛳汤底，持螺蛳粉制作专项能力证书优先',
}

/** Which openings are not open: by position in the list. */
const EXPIRED = new Set([7, 30, 57])
const FILLED = new Set([12, 41, 66])

export function buildOpenings(now: Date, employers: readonly EmployerDoc[]): OpeningDoc[] {
  const docs: OpeningDoc[] = []
  EMPLOYERS.forEach((row, e) => {
    const [, , county, , benefits, , standing] = row
    const employer = employers[e]
    jobsOf(row).forEach(({ occupation, headcount, certified }, j) => {
      const n = docs.length
      const id = `seed-opening-${pad(n + 1, 3)}`
      const rng = rngFor(`opening:${id}`)
      const f = facts(occupation)
      const uplift = county ? 0 : ZHANJIANG_PAY_UPLIFT
      const payMin = f.pay[0] + uplift + rng.int(0, 2) * 200
      const payMax = Math.max(payMin + 1000, f.pay[1] + uplift - rng.int(0, 2) * 200)
      const title = f.titles[(e + j) % f.titles.length]
      const expired = EXPIRED.has(n)
      const postedAt = beijingDayAt(
        now,
        expired ? -rng.int(70, 90) : -rng.int(1, 40),
        `${pad(rng.int(8, 17))}:${rng.pick(['00', '30'])}`,
      )
      const expiresAt = expired
        ? beijingDayAt(now, -rng.int(2, 15), '23:59')
        : beijingDayAt(now, rng.int(20, 75), '23:59')
      const city = ZHANJIANG_CITIES[j % ZHANJIANG_CITIES.length]
      const where = county ?? `广东湛江（${city}）`
      const doc: OpeningDoc = {
        _id: id,
        id,
        employerId: employer.id,
        employerName: employer.name,
        brand: f.brand,
        occupation,
        title,
        headcount,
        payMin,
        payMax,
        place: county ?? '广东湛江',
        benefits,
        shift: f.shift,
        description: `${employer.name}招${title}${headcount}名，工作地点在${where}。${
          county ? '' : '柳州统一组织出行，到岗后有专人对接。'
        }${f.duty}，月薪${payMin}–${payMax}元，按月足额发放，依法签订劳动合同。`,
        expiresAt,
        postedAt,
        status: 'open',
        hired: 0,
        demo: true,
      }
      if (county) doc.county = county
      else doc.cooperation = { city, provides: COOPERATION_PROVIDES }
      const requirement = REQUIREMENTS[occupation]
      if (requirement) doc.requirements = requirement
      if (certified)
        doc.certificate = { type: f.cert.type, ...(f.cert.level ? { level: f.cert.level } : {}) }
      if (standing === 'blacklisted') {
        doc.status = 'taken_down'
        doc.takedownReason = '用人单位已列入失信名单，岗位已下架'
      } else if (FILLED.has(n)) {
        doc.status = 'closed'
      }
      docs.push(doc)
    })
  })
  return docs
}

/**
 * Applications from trainees who finished a course: hires on openings of the same brand (closed
 * ones first: they were filled), plus a few still waiting for demo-employer to answer.
 */
export function buildApplications(
  now: Date,
  openings: OpeningDoc[],
  enrollments: readonly EnrollmentDoc[],
  people: readonly Person[],
): ApplicationDoc[] {
  const docs: ApplicationDoc[] = []
  const nameOf = new Map(people.map((p) => [p.openid, p.profile.name]))
  const finished = enrollments.filter(
    (e) => e.status === 'completed' && e.openid.startsWith('seed-trainee-'),
  )
  const add = (opening: OpeningDoc, openid: string, status: ApplicationStatus, at: string) => {
    if (!nameOf.has(openid)) throw new Error(`application for unknown worker ${openid}`)
    const doc: ApplicationDoc = {
      _id: applicationId(opening.id, openid),
      openingId: opening.id,
      openingTitle: opening.title,
      employerId: opening.employerId,
      employerName: opening.employerName,
      brand: opening.brand,
      occupation: opening.occupation,
      openid,
      status,
      createdAt: at,
      updatedAt: at,
      demo: true,
    }
    if (status === 'hired') {
      doc.hiredAt = at
      doc.hiredCounted = true
      opening.hired += 1
    }
    docs.push(doc)
  }

  const HIRES: Record<BrandId, number> = { mifen: 7, jiazheng: 6, jiangong: 4, cixiu: 3 }
  for (const [brand, count] of Object.entries(HIRES) as Array<[BrandId, number]>) {
    const people = finished.filter((e) => e.brand === brand)
    const targets = openings
      .filter((o) => o.brand === brand && o.status !== 'taken_down')
      .sort(
        (a, b) =>
          Number(b.status === 'closed') - Number(a.status === 'closed') || a.id.localeCompare(b.id),
      )
    for (let k = 0; k < count && k < people.length; k++) {
      const opening = targets[k % targets.length]
      const after = Math.max(
        toInstant(people[k].completedAt ?? opening.postedAt),
        toInstant(opening.postedAt),
      )
      add(
        opening,
        people[k].openid,
        'hired',
        isoBeijing(Math.min(after + 5 * 86_400_000, now.getTime())),
      )
    }
  }

  const mine = openings.filter((o) => o.employerId === DEMO_EMPLOYER_ID && o.status === 'open')
  const hopeful = finished
    .filter((e) => e.brand === 'mifen' && !docs.some((d) => d.openid === e.openid))
    .slice(0, 4)
  hopeful.forEach((e, k) => {
    const at = beijingDayAt(now, -(k + 1), '20:15')
    add(mine[k % mine.length], e.openid, k === 3 ? 'rejected' : 'applied', at)
  })
  return docs
}
