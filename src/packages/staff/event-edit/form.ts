import type { BrandId, CountyName, GeoPoint } from '../../../../types/catalog'
import type { EventDraft, EventMode, RecruitmentEvent } from '../../../../types/events'
import { countyByName } from '../../../domain/counties'
import { beijingDate, beijingDayAt, fromBeijingWallTime, isoBeijing } from '../../../domain/time'

/** What the edit form holds: every field as picked or typed, so a half-filled form can be kept. */
export interface EventForm {
  id?: string
  title: string
  brand: BrandId
  mode: EventMode
  county: CountyName
  venueName: string
  address: string
  /** Null until a point is picked on the map; the county's centre is used then. */
  point: GeoPoint | null
  link: string
  organiser: string
  /** YYYY-MM-DD, Beijing. */
  date: string
  /** HH:mm, Beijing. */
  start: string
  end: string
  description: string
}

export const DEFAULT_ORGANISER = '柳州市人力资源和社会保障局'

/** A new event a week from today, 9 to 12 in the morning. */
export function emptyForm(now: Date = new Date()): EventForm {
  return {
    title: '',
    brand: 'jiazheng',
    mode: 'offline',
    county: '城中区',
    venueName: '',
    address: '',
    point: null,
    link: '',
    organiser: DEFAULT_ORGANISER,
    date: beijingDate(beijingDayAt(now, 7, '09:00')),
    start: '09:00',
    end: '12:00',
    description: '',
  }
}

/** The form for an existing event. */
export function formOf(event: RecruitmentEvent): EventForm {
  const start = isoBeijing(event.startAt)
  const end = isoBeijing(event.endAt)
  return {
    id: event.id,
    title: event.title,
    brand: event.brand,
    mode: event.mode,
    county: event.venue?.county ?? event.county ?? '城中区',
    venueName: event.venue?.name ?? '',
    address: event.venue?.address ?? '',
    point: event.venue?.point ?? null,
    link: event.link ?? '',
    organiser: event.organiser,
    date: start.slice(0, 10),
    start: start.slice(11, 16),
    end: end.slice(11, 16),
    description: event.description,
  }
}

/** The first thing missing, in words staff can act on; null when the form can be sent. */
export function formProblem(form: EventForm): string | null {
  if (form.title.trim().length < 4) return '请填写活动名称（至少 4 个字）'
  if (form.mode === 'offline') {
    if (form.venueName.trim().length < 2) return '请填写场地名称'
    if (form.address.trim().length < 4) return '请填写场地的详细地址'
  } else if (!/^https?:\/\/\S+$/.test(form.link.trim())) {
    return '请填写直播或视频链接（以 http:// 或 https:// 开头）'
  }
  if (form.organiser.trim().length < 2) return '请填写主办单位'
  if (form.end <= form.start) return '结束时间要晚于开始时间'
  return null
}

/** What the save route takes; times are the Beijing wall times picked. */
export function draftOf(form: EventForm): EventDraft {
  const county = countyByName(form.county)
  return {
    ...(form.id ? { id: form.id } : {}),
    title: form.title.trim(),
    brand: form.brand,
    mode: form.mode,
    ...(form.mode === 'offline'
      ? {
          venue: {
            name: form.venueName.trim(),
            address: form.address.trim(),
            county: form.county,
            point: form.point ?? county?.centre ?? { latitude: 24.3264, longitude: 109.4281 },
          },
        }
      : { link: form.link.trim() }),
    organiser: form.organiser.trim(),
    startAt: fromBeijingWallTime(`${form.date} ${form.start}`),
    endAt: fromBeijingWallTime(`${form.date} ${form.end}`),
    description: form.description.trim(),
  }
}
