import { buildIcs, icsFileName } from '../../src/domain/ics'

const event = {
  id: 'evt-test-1',
  title: '八桂家政专场招聘会',
  startAt: '2026-12-03T09:00:00+08:00',
  endAt: '2026-12-03T12:00:00+08:00',
  description: '母婴护理员、养老护理员岗位，现场面试；请带身份证',
  organiser: '柳州市人力资源和社会保障局',
  mode: 'offline' as const,
  venue: {
    name: '柳州市人力资源市场',
    address: '柳州市城中区文昌路, 1号',
    county: '城中区' as const,
    point: { latitude: 24.3125, longitude: 109.4156 },
  },
}

/** Reads a property the way a calendar does: unfolds lines, then resolves TZID/UTC to an instant. */
function readTime(ics: string, name: 'DTSTART' | 'DTEND'): Date {
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  const line = unfolded
    .split('\r\n')
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
  if (!line) throw new Error(`${name} missing`)
  const [head, value] = line.split(':')
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(value)
  if (!m) throw new Error(`bad ${name}: ${value}`)
  const [, y, mo, d, h, mi, s, z] = m
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s)
  if (z) return new Date(utc)
  const tzid = /TZID=([^;:]+)/.exec(head)?.[1]
  if (tzid !== 'Asia/Shanghai') throw new Error(`floating or unknown zone: ${head}`)
  const offset = /TZOFFSETTO:([+-])(\d{2})(\d{2})/.exec(unfolded)
  if (!offset) throw new Error('VTIMEZONE missing')
  const minutes = (+offset[2] * 60 + +offset[3]) * (offset[1] === '-' ? -1 : 1)
  return new Date(utc - minutes * 60_000)
}

describe('buildIcs', () => {
  const ics = buildIcs(event, new Date('2026-11-26T08:00:00Z'))

  it('puts a 09:00 Beijing event at 01:00Z in any calendar', () => {
    expect(readTime(ics, 'DTSTART').toISOString()).toBe('2026-12-03T01:00:00.000Z')
    expect(readTime(ics, 'DTEND').toISOString()).toBe('2026-12-03T04:00:00.000Z')
  })

  it('reads the same instant when the event time is given in UTC', () => {
    const utc = buildIcs({
      ...event,
      startAt: '2026-12-03T01:00:00Z',
      endAt: '2026-12-03T04:00:00.000Z',
    })
    expect(readTime(utc, 'DTSTART').toISOString()).toBe('2026-12-03T01:00:00.000Z')
  })

  it('is a well-formed calendar: CRLF lines of at most 75 octets, one VEVENT with a stable UID', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of ics.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(ics).toContain('UID:evt-test-1@liuzhou-labor-brands')
  })

  it('keeps Chinese text whole across folded lines and escapes commas and semicolons', () => {
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain('SUMMARY:八桂家政专场招聘会')
    expect(unfolded).toContain(
      'DESCRIPTION:母婴护理员、养老护理员岗位，现场面试；请带身份证\\n主办：柳州市人力资源和社会保障局',
    )
    expect(unfolded).toContain('LOCATION:柳州市人力资源市场（柳州市城中区文昌路\\, 1号）')
    expect(unfolded).toContain('GEO:24.3125;109.4156')
  })

  it('names the download after the event', () => {
    expect(icsFileName(event)).toBe('招聘活动-evt-test-1.ics')
  })
})
