import type { BrandId, CertificateType, CountyName } from '../../../../types/catalog'
import type { OpeningInput } from '../../../../types/jobs'
import type { WorkPlace } from '../../../../types/profile'
import { COUNTY_NAMES, OUTSIDE_PLACES, isCountyName } from '../../../domain/counties'
import { beijingDate, fromBeijingWallTime } from '../../../domain/time'
import type { PostDraft } from '../../../stores/employer'

/** Where a job can be: the Liuzhou counties, then places outside (粤桂劳务协作). */
export const PLACES: ReadonlyArray<CountyName | WorkPlace> = [...COUNTY_NAMES, ...OUTSIDE_PLACES]

/** Common shift patterns, so nobody has to type one. */
export const SHIFTS = [
  '白班',
  '两班倒',
  '三班倒',
  '长白班，做六休一',
  '按件计酬，时间自由',
  '时间不固定',
]

export const CERTIFICATES: Array<{ label: string; type?: CertificateType }> = [
  { label: '不要求证书' },
  { label: '职业资格证书', type: 'qualification' },
  { label: '职业技能等级证书', type: 'skill_level' },
  { label: '专项职业能力证书', type: 'special_ability' },
]

const DAY = 86_400_000
/** How long an opening stays up unless the employer picks another day. */
export const DEFAULT_DAYS = 30

/** The closing day shown when none was picked: 30 days from today, Beijing. */
export function defaultExpiry(now: number): string {
  return beijingDate(now + DEFAULT_DAYS * DAY)
}

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN)

/** The first thing missing or wrong in the posting form, or null when it can be sent. */
export function postProblem(d: PostDraft): string | null {
  if (!d.brand) return '请选择劳务品牌'
  if (!d.occupation) return '请选择工种'
  if (d.title.trim().length < 2) return '请填写岗位名称，如“螺蛳粉店厨师”'
  const headcount = whole(d.headcount)
  if (!(headcount >= 1)) return '请填写招几个人'
  const min = whole(d.payMin)
  const max = whole(d.payMax)
  if (!(min > 0) || !(max > 0)) return '请填写月薪，最低和最高都要填（元/月）'
  if (min > max) return '最低月薪不能高于最高月薪'
  if (!d.place) return '请选择工作地点'
  if (d.description.trim().length < 10) return '岗位介绍至少写10个字：做什么、在哪里、怎么上班'
  return null
}

/** The form as the jobs/post route takes it. Call only when `postProblem` is null. */
export function toOpeningInput(d: PostDraft, now: number): OpeningInput {
  const place = d.place as CountyName | WorkPlace
  const certificate = CERTIFICATES.find((c) => c.type === d.certificate)?.type
  return {
    brand: d.brand as BrandId,
    occupation: d.occupation as string,
    title: d.title.trim(),
    headcount: whole(d.headcount),
    payMin: whole(d.payMin),
    payMax: whole(d.payMax),
    ...(isCountyName(place) ? { county: place } : { place }),
    ...(d.requirements.trim() ? { requirements: d.requirements.trim() } : {}),
    ...(certificate ? { certificate: { type: certificate } } : {}),
    benefits: { socialInsurance: d.socialInsurance, board: d.board, lodging: d.lodging },
    ...(d.shift ? { shift: d.shift } : {}),
    description: d.description.trim(),
    expiresAt: fromBeijingWallTime(`${d.expiresOn ?? defaultExpiry(now)} 23:59`),
  }
}
