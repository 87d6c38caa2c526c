import { execFileSync } from 'node:child_process'
import path from 'node:path'
import {
  BEIJING_TZ,
  beijingDate,
  beijingDayAt,
  beijingMonth,
  beijingParts,
  beijingYear,
  formatClock,
  formatDate,
  formatDateTime,
  formatDay,
  formatRange,
  fromBeijingWallTime,
  isoBeijing,
  toBeijing,
  toInstant,
} from '../../src/domain/time'

describe('formatting in Beijing time', () => {
  it('shows day and weekday in Chinese', () => {
    expect(formatDay('2026-12-03T09:00:00+08:00')).toBe('12月3日 周四')
    expect(formatDay('2025-12-03T09:00:00+08:00')).toBe('12月3日 周三')
    expect(formatDate('2026-12-03T09:00:00+08:00')).toBe('2026年12月3日')
  })

  it('shows the hour in 12-hour Chinese with minutes only when not on the hour', () => {
    expect(formatDateTime('2025-12-03T09:00:00+08:00')).toBe('12月3日 周三 上午9点')
    expect(formatDateTime('2025-12-03T14:30:00+08:00')).toBe('12月3日 周三 下午2点30分')
    expect(formatClock('2025-12-03T12:00:00+08:00')).toBe('中午12点')
    expect(formatClock('2025-12-03T19:05:00+08:00')).toBe('晚上7点05分')
    expect(formatClock('2025-12-03T00:00:00+08:00')).toBe('凌晨0点')
    expect(formatClock('2025-12-03T05:59:00+08:00')).toBe('凌晨5点59分')
    expect(formatClock('2025-12-03T06:00:00+08:00')).toBe('上午6点')
  })

  it('converts other offsets to Beijing', () => {
    expect(formatDateTime('2025-12-03T01:00:00Z')).toBe('12月3日 周三 上午9点')
    expect(formatDateTime('2025-12-02T20:00:00-05:00')).toBe('12月3日 周三 上午9点')
    expect(formatDay(new Date('2025-12-02T16:30:00Z'))).toBe('12月3日 周三')
  })

  it('shows a range on one day compactly, across days in full', () => {
    expect(formatRange('2025-12-03T09:00:00+08:00', '2025-12-03T17:00:00+08:00')).toBe(
      '12月3日 周三 上午9点至下午5点',
    )
    expect(formatRange('2025-12-03T09:00:00+08:00', '2025-12-05T17:30:00+08:00')).toBe(
      '12月3日 周三 上午9点 至 12月5日 周五 下午5点30分',
    )
  })
})

describe('stored times', () => {
  it('writes ISO with +08:00 and keeps the instant', () => {
    expect(isoBeijing('2025-12-03T01:00:00.000Z')).toBe('2025-12-03T09:00:00+08:00')
    expect(Date.parse(isoBeijing(new Date('2025-12-02T16:30:00Z')))).toBe(
      Date.parse('2025-12-02T16:30:00Z'),
    )
  })

  it('reads a zone-less string as Beijing wall time', () => {
    expect(toInstant('2025-12-03 09:00')).toBe(Date.parse('2025-12-03T01:00:00Z'))
    expect(fromBeijingWallTime('2025-12-03 09:00')).toBe('2025-12-03T09:00:00+08:00')
    expect(toInstant('2025/12/03 09:00')).toBe(Date.parse('2025-12-03T01:00:00Z'))
    expect(toInstant('2025-12-03')).toBe(Date.parse('2025-12-02T16:00:00Z'))
    expect(() => toInstant('not a time')).toThrow(RangeError)
    expect(() => fromBeijingWallTime('12月3日')).toThrow(RangeError)
  })

  it('counts calendar days in Beijing', () => {
    // 23:30 on 12-02 UTC is already 12-03 in Beijing, so "the next day" is 12-04
    expect(beijingDayAt('2025-12-02T23:30:00Z', 1, '09:00')).toBe('2025-12-04T09:00:00+08:00')
    expect(beijingDayAt('2025-12-31T16:00:00Z', -1, '18:30')).toBe('2025-12-31T18:30:00+08:00')
    expect(beijingDate('2025-12-31T16:00:00Z')).toBe('2026-01-01')
    expect(beijingMonth('2025-12-31T16:00:00Z')).toBe('2026-01')
    expect(beijingYear('2025-12-31T16:00:00Z')).toBe(2026)
  })

  it('gives a dayjs in Asia/Shanghai', () => {
    const d = toBeijing('2025-12-03T01:00:00Z')
    expect(BEIJING_TZ).toBe('Asia/Shanghai')
    expect(d.format('YYYY-MM-DD HH:mm Z')).toBe('2025-12-03 09:00 +08:00')
    expect(d.valueOf()).toBe(Date.parse('2025-12-03T01:00:00Z'))
  })

  it('gives the Beijing wall-clock fields', () => {
    expect(beijingParts('2025-12-02T16:05:00Z')).toEqual({
      year: 2025,
      month: 12,
      day: 3,
      hour: 0,
      minute: 5,
      weekday: 3,
    })
  })
})

describe('independent of the process time zone', () => {
  // jest's sandbox copies process.env, so TZ is only honoured by a fresh process.
  const probe = path.join(__dirname, 'fixtures', 'time-probe.ts')
  const run = (tz: string) => {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', probe], {
      env: { ...process.env, TZ: tz },
      cwd: path.join(__dirname, '..', '..'),
      encoding: 'utf8',
    })
    return JSON.parse(stdout) as {
      processOffsets: number[]
      results: Array<Record<string, unknown>>
    }
  }

  const expected = [
    {
      iso: '2026-03-08T02:30:00+08:00',
      dateTime: '3月8日 周日 凌晨2点30分',
      date: '2026-03-08',
      nextDay9: '2026-03-09T09:00:00+08:00',
    },
    {
      iso: '2026-03-08T14:30:00+08:00',
      dateTime: '3月8日 周日 下午2点30分',
      date: '2026-03-08',
      nextDay9: '2026-03-09T09:00:00+08:00',
    },
    {
      iso: '2026-11-01T13:30:00+08:00',
      dateTime: '11月1日 周日 下午1点30分',
      date: '2026-11-01',
      nextDay9: '2026-11-02T09:00:00+08:00',
    },
    {
      iso: '2026-10-25T08:30:00+08:00',
      dateTime: '10月25日 周日 上午8点30分',
      date: '2026-10-25',
      nextDay9: '2026-10-26T09:00:00+08:00',
    },
    {
      iso: '2026-12-03T00:05:00+08:00',
      dateTime: '12月3日 周四 凌晨0点05分',
      date: '2026-12-03',
      nextDay9: '2026-12-04T09:00:00+08:00',
    },
    {
      iso: '2026-12-03T14:30:00+08:00',
      dateTime: '12月3日 周四 下午2点30分',
      date: '2026-12-03',
      nextDay9: '2026-12-04T09:00:00+08:00',
    },
  ]

  const expectedParts = [
    { year: 2026, month: 3, day: 8, hour: 2, minute: 30, weekday: 0 },
    { year: 2026, month: 3, day: 8, hour: 14, minute: 30, weekday: 0 },
    { year: 2026, month: 11, day: 1, hour: 13, minute: 30, weekday: 0 },
    { year: 2026, month: 10, day: 25, hour: 8, minute: 30, weekday: 0 },
    { year: 2026, month: 12, day: 3, hour: 0, minute: 5, weekday: 4 },
    { year: 2026, month: 12, day: 3, hour: 14, minute: 30, weekday: 4 },
  ]

  it.each([
    ['America/New_York', [300, 300, 240, 240, 300, 300]],
    ['Europe/London', [0, 0, 0, -60, 0, 0]],
    ['Asia/Kolkata', [-330, -330, -330, -330, -330, -330]],
    ['Pacific/Kiritimati', [-840, -840, -840, -840, -840, -840]],
  ])('in %s', (tz, offsets) => {
    const { processOffsets, results } = run(tz)
    // Guard: the child really ran in that zone, so a helper reading the local clock would show it.
    expect(processOffsets).toEqual(offsets)
    results.forEach((r, i) => {
      expect(r).toMatchObject(expected[i])
      expect(r.day).toBe((expected[i].dateTime as string).split(' ').slice(0, 2).join(' '))
      expect(r.wall).toBe('2026-03-08T02:30:00+08:00')
      expect(r.parts).toEqual(expectedParts[i])
    })
  })
})
