import type {
  BrandId,
  CertificateType,
  CountyName,
  CourseMode,
  GeoPoint,
} from '../../../../types/catalog'
import type { CourseDetail, CourseInput } from '../../../../types/training'
import type { SkillLevel } from '../../../domain/groups'
import { beijingDate, beijingDayAt, beijingParts, fromBeijingWallTime } from '../../../domain/time'

/** One class day as the form holds it: Beijing date and wall times. */
export interface SessionRow {
  date: string
  start: string
  end: string
}

/** The course form; numbers stay text while typed, pickers undefined until chosen. */
export interface CourseForm {
  id?: string
  title: string
  brand?: BrandId
  occupation?: string
  mode?: CourseMode
  venueName: string
  address: string
  county?: CountyName
  point?: GeoPoint
  sessions: SessionRow[]
  deadlineDate: string
  deadlineTime: string
  capacity: string
  waitlistCapacity: string
  fee: string
  subsidy: string
  certType?: CertificateType
  certLevel?: SkillLevel
  certName: string
  description: string
  status: 'open' | 'closed' | 'cancelled'
}

const hhmm = (iso: string) => {
  const p = beijingParts(iso)
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

/** A new course: one class day two weeks from now, sign-up closing two days before. */
export function newCourseForm(now: Date = new Date()): CourseForm {
  const day = beijingDate(beijingDayAt(now, 14, '09:00'))
  return {
    title: '',
    mode: 'offline',
    venueName: '',
    address: '',
    sessions: [{ date: day, start: '09:00', end: '17:00' }],
    deadlineDate: beijingDate(beijingDayAt(now, 12, '18:00')),
    deadlineTime: '18:00',
    capacity: '30',
    waitlistCapacity: '10',
    fee: '0',
    subsidy: '符合条件的劳动者免费参加，培训费由职业技能提升补贴支付',
    certName: '',
    description: '',
    status: 'open',
  }
}

/** The form for an existing course. */
export function formFromCourse(c: CourseDetail): CourseForm {
  return {
    id: c.id,
    title: c.title,
    brand: c.brand,
    occupation: c.occupation,
    mode: c.mode,
    venueName: c.venue.name,
    address: c.venue.address,
    county: c.venue.county,
    point: c.venue.point,
    sessions: c.sessions.map((s) => ({
      date: beijingDate(s.startAt),
      start: hhmm(s.startAt),
      end: hhmm(s.endAt),
    })),
    deadlineDate: beijingDate(c.deadline),
    deadlineTime: hhmm(c.deadline),
    capacity: String(c.capacity),
    waitlistCapacity: String(c.waitlistCapacity),
    fee: String(c.fee),
    subsidy: c.subsidy,
    certType: c.certificate.type,
    certLevel: c.certificate.level,
    certName: c.certificate.name,
    description: c.description,
    status: c.status,
  }
}

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN)

/** What `provider/course/save` takes, or the first thing still missing, in plain words. */
export function toCourseInput(f: CourseForm): { input: CourseInput } | { problem: string } {
  if (f.title.trim().length < 4) return { problem: '请填写课程名称（至少4个字）' }
  if (!f.brand) return { problem: '请选择品牌' }
  if (!f.occupation) return { problem: '请选择工种' }
  if (!f.mode) return { problem: '请选择上课方式' }
  if (!f.county) return { problem: '请选择上课地点所在的区县' }
  if (f.venueName.trim().length < 2) return { problem: '请填写上课地点名称' }
  if (f.address.trim().length < 4) return { problem: '请填写上课地点的详细地址' }
  if (!f.point) return { problem: '请选择上课地点' }
  if (f.sessions.length === 0) return { problem: '请至少添加一次上课时间' }
  const capacity = whole(f.capacity)
  if (!(capacity >= 1)) return { problem: '名额请填大于0的整数' }
  const waitlist = whole(f.waitlistCapacity)
  if (Number.isNaN(waitlist)) return { problem: '候补人数请填整数（不要候补就填0）' }
  const fee = Number(f.fee.trim())
  if (f.fee.trim() === '' || Number.isNaN(fee) || fee < 0)
    return { problem: '费用请填数字，免费填0' }
  if (!f.certType) return { problem: '请选择证书类型' }
  if (f.certType === 'skill_level' && !f.certLevel) return { problem: '请选择技能等级' }
  if (f.certName.trim().length < 2) return { problem: '请填写证书名称' }
  const input: CourseInput = {
    title: f.title.trim(),
    brand: f.brand,
    occupation: f.occupation,
    mode: f.mode,
    venue: {
      name: f.venueName.trim(),
      address: f.address.trim(),
      county: f.county,
      point: f.point,
    },
    sessions: f.sessions.map((s) => ({
      startAt: fromBeijingWallTime(`${s.date} ${s.start}`),
      endAt: fromBeijingWallTime(`${s.date} ${s.end}`),
    })),
    deadline: fromBeijingWallTime(`${f.deadlineDate} ${f.deadlineTime}`),
    capacity,
    waitlistCapacity: waitlist,
    fee,
    subsidy: f.subsidy.trim(),
    certificate: {
      type: f.certType,
      name: f.certName.trim(),
      ...(f.certType === 'skill_level' && f.certLevel ? { level: f.certLevel } : {}),
    },
    description: f.description.trim(),
    status: f.status,
  }
  if (f.id) input.id = f.id
  return { input }
}
