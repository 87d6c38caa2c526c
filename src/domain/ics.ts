import type { RecruitmentEvent } from '../../types/events'

/** What an .ics file needs of an event; times are ISO strings with an offset (+08:00 or Z). */
export type IcsEvent = Pick<RecruitmentEvent, 'id' | 'title' | 'startAt' | 'endAt'> &
  Partial<Pick<RecruitmentEvent, 'description' | 'organiser' | 'venue' | 'link' | 'mode'>>

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** `20261203T010000Z`: RFC 5545 UTC form, which every calendar reads at the same instant. */
export function icsUtc(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  if (Number.isNaN(date.getTime())) throw new Error(`not a time: ${String(iso)}`)
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** Escapes TEXT values (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n')
}

// Counted by hand: this module also runs in the browser, where Buffer does not exist.
function utf8Octets(ch: string): number {
  const code = ch.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (Chinese is 3 octets). */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = utf8Octets(ch)
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

function location(event: IcsEvent): string | undefined {
  if (event.venue) return `${event.venue.name}（${event.venue.address}）`
  if (event.mode === 'online') return '线上（直播/视频）'
  return undefined
}

/**
 * A one-event calendar file (text/calendar) for "add to phone calendar" on H5. Times are written
 * in UTC ('Z'), so the phone shows the right Beijing time whatever zone it is set to; a reminder
 * alarm fires one hour before.
 */
export function buildIcs(event: IcsEvent, stamp: Date = new Date()): string {
  const details = [
    event.description,
    event.organiser ? `主办：${event.organiser}` : '',
    event.link ? `参加方式：${event.link}` : '',
  ].filter(Boolean)
  const where = location(event)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Liuzhou Labor Brands//Recruitment Events//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.id}@liuzhou-labor-brands`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART:${icsUtc(event.startAt)}`,
    `DTEND:${icsUtc(event.endAt)}`,
    `SUMMARY:${icsText(event.title)}`,
    ...(details.length ? [`DESCRIPTION:${icsText(details.join('\n'))}`] : []),
    ...(where ? [`LOCATION:${icsText(where)}`] : []),
    ...(event.venue ? [`GEO:${event.venue.point.latitude};${event.venue.point.longitude}`] : []),
    ...(event.link ? [`URL:${event.link}`] : []),
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(`${event.title}一小时后开始`)}`,
    'TRIGGER:-PT1H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}

/** A file name for the download, e.g. `招聘活动-evt-001.ics`. */
export function icsFileName(event: Pick<IcsEvent, 'id'>): string {
  return `招聘活动-${event.id}.ics`
}
