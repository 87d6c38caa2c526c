import Taro from '@tarojs/taro'
import type { RecruitmentEvent } from '../../../../types/events'
import { buildIcs, icsFileName } from '../../../domain/ics'
import { toInstant } from '../../../domain/time'

function whereText(event: RecruitmentEvent): string {
  if (event.venue) return `${event.venue.name}（${event.venue.address}）`
  return '线上（直播/视频）'
}

/**
 * Puts the event in the phone's calendar with a reminder an hour before: `addPhoneCalendar` on
 * weapp; on H5 a downloaded .ics file (times in UTC, so the phone shows Beijing time in any zone).
 * Resolves to what to tell the person.
 */
export async function addToCalendar(event: RecruitmentEvent): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.addPhoneCalendar({
      title: event.title,
      startTime: Math.floor(toInstant(event.startAt) / 1000),
      endTime: String(Math.floor(toInstant(event.endAt) / 1000)),
      description: [event.description, `主办：${event.organiser}`, event.link ?? '']
        .filter(Boolean)
        .join('\n'),
      location: whereText(event),
      alarm: true,
      alarmOffset: 3600,
    })
    return '已加到手机日历'
  }
  const blob = new Blob([buildIcs(event)], { type: 'text/calendar;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = icsFileName(event)
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The browser has started the download by now; give it time before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return '日历文件已下载，打开它就能加到日历'
}

/** The camera's reading of the staff's check-in QR code (weapp); null when the person backed out. */
export async function scanCheckinCode(): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return res.result
  } catch {
    return null
  }
}

/** Copies text and says so. */
export async function copyText(text: string, done: string): Promise<void> {
  await Taro.setClipboardData({ data: text })
  Taro.showToast({ title: done, icon: 'none' })
}
