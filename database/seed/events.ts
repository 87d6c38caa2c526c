/**
 * 16 published brand recruitment events (the plan asks for at least 15, 四（二）1), online and
 * offline, five already held with results, the rest over the next weeks; with sign-ups and booths
 * that agree with each event's counts. Dates are kept inside the current Beijing year where the
 * calendar allows, because staff progress counts this year's events.
 */
import type { BrandId, CountyName } from '../../types/catalog'
import type { Booth, EventSignup, RecruitmentEvent } from '../../types/events'
import { countyByName } from '../../src/domain/counties'
import { beijingDayAt, beijingParts, isoBeijing, toInstant } from '../../src/domain/time'
import type { EmployerDoc, OpeningDoc } from './jobs'
import type { Person } from './people'
import { venue } from './places'
import { pad, rngFor } from './random'

export type EventDoc = RecruitmentEvent & { _id: string; createdAt: string; demo: true }
export type SignupDoc = EventSignup & { _id: string; demo: true }
export type BoothDoc = Booth & { _id: string; demo: true }

type Row = [
  day: number,
  brand: BrandId,
  title: string,
  /** County and venue name for offline events; null for online. */
  where: [CountyName, string] | null,
  employers: number[],
]

const PAST = [-56, -42, -28, -14, -5]
const UPCOMING = [3, 6, 10, 13, 17, 21, 26, 31, 38, 45, 53]

// prettier-ignore
const ROWS: Row[] = [
  [PAST[0], 'mifen', '柳州螺蛳粉师傅专场招聘会', ['柳南区', '柳州螺蛳粉产业园招聘广场（示例）'], [1, 2, 3]],
  [PAST[1], 'jiazheng', '“八桂家政”劳务品牌专场招聘会', ['城中区', '柳州市人力资源市场（示例）'], [7, 8]],
  [PAST[2], 'jiangong', '“八桂建工”直播带岗·粤桂劳务协作湛江专场', null, [14, 12]],
  [PAST[3], 'cixiu', '“龙城刺绣”苗绣巧手招聘会', ['融水苗族自治县', '融水县民族体育馆广场（示例）'], [17, 19]],
  [PAST[4], 'mifen', '螺蛳粉电商岗位直播带岗', null, [3, 1]],
  [UPCOMING[0], 'jiazheng', '家政养老护理岗位专场招聘会', ['鱼峰区', '鱼峰区人力资源市场（示例）'], [7, 8]],
  [UPCOMING[1], 'mifen', '螺蛳粉产业园用工对接会', ['柳南区', '柳州螺蛳粉产业园招聘广场（示例）'], [2, 4]],
  [UPCOMING[2], 'jiangong', '“八桂建工”建筑工匠专场招聘会', ['鹿寨县', '鹿寨县人力资源市场（示例）'], [15, 12, 13]],
  [UPCOMING[3], 'cixiu', '侗绣绣娘招聘会', ['三江侗族自治县', '三江县鼓楼广场（示例）'], [18, 17]],
  [UPCOMING[4], 'jiazheng', '粤桂劳务协作·湛江家政岗位线上招聘', null, [9]],
  [UPCOMING[5], 'mifen', '螺蛳养殖和配料加工岗位招聘会', ['柳江区', '柳江区拉堡镇文化广场（示例）'], [4, 1]],
  [UPCOMING[6], 'jiazheng', '乡村振兴劳务输出专场·家政', ['融水苗族自治县', '融水县人力资源市场（示例）'], [7, 8, 9]],
  [UPCOMING[7], 'mifen', '柳州螺蛳粉师傅直播带岗', null, [1, 3, 5]],
  [UPCOMING[8], 'jiangong', '装配式建筑岗位专场招聘会', ['柳江区', '柳江区人力资源市场（示例）'], [13, 12]],
  [UPCOMING[9], 'cixiu', '“龙城刺绣”线上招聘会', null, [19, 18]],
  [UPCOMING[10], 'mifen', '乡村振兴劳务输出专场·米粉', ['融安县', '融安县人力资源市场（示例）'], [1, 2, 5]],
]

/** demo-trainee is signed up for this one. */
export const DEMO_TRAINEE_EVENT = 'seed-event-07'
/** An employer's booth request waiting for staff. */
const PENDING_BOOTH: [event: number, employer: number] = [11, 3]

const DAY = 86_400_000

/** Whole Beijing days from `now`'s day to Jan 1 (negative) and to Dec 31 of the same year. */
function yearBounds(now: Date): { sinceStart: number; toEnd: number } {
  const { year, month, day } = beijingParts(now)
  const today = Date.UTC(year, month - 1, day)
  return {
    sinceStart: (today - Date.UTC(year, 0, 1)) / DAY,
    toEnd: (Date.UTC(year, 11, 31) - today) / DAY,
  }
}

/**
 * Squeezes the day offsets into the current year when it has at least three weeks left on that
 * side; in the first or last three weeks of a year the events simply straddle the new year.
 */
function dayInYear(offset: number, bounds: { sinceStart: number; toEnd: number }): number {
  const room = offset < 0 ? bounds.sinceStart : bounds.toEnd
  const span = offset < 0 ? -PAST[0] : UPCOMING[UPCOMING.length - 1]
  if (room < 21 || room >= span) return offset
  const squeezed = Math.round((offset * room) / span)
  return squeezed === 0 ? Math.sign(offset) : squeezed
}

export function buildEvents(
  now: Date,
  employers: readonly EmployerDoc[],
  openings: readonly OpeningDoc[],
  people: readonly Person[],
): { events: EventDoc[]; signups: SignupDoc[]; booths: BoothDoc[] } {
  const bounds = yearBounds(now)
  const events: EventDoc[] = []
  const signups: SignupDoc[] = []
  const booths: BoothDoc[] = []
  const trainees = people.filter((p) => p.openid.startsWith('seed-trainee-'))

  ROWS.forEach(([offset, brand, title, where, employerNos], i) => {
    const id = `seed-event-${pad(i + 1)}`
    const rng = rngFor(`event:${id}`)
    const day = dayInYear(offset, bounds)
    const online = where === null
    const [from, to] = online
      ? rng.pick([
          ['19:30', '21:00'],
          ['15:00', '17:00'],
        ])
      : rng.pick([
          ['09:00', '12:00'],
          ['14:30', '17:30'],
        ])
    const startAt = beijingDayAt(now, day, from)
    const endAt = beijingDayAt(now, day, to)
    const past = toInstant(endAt) <= now.getTime()
    const taking = employerNos.map((n) => employers[n - 1])
    const offered = (e: EmployerDoc) =>
      openings
        .filter(
          (o) =>
            o.employerId === e.id &&
            o.status === 'open' &&
            o.brand === brand &&
            (past || toInstant(o.expiresAt) > now.getTime()),
        )
        .slice(0, 3)
    const openingIds = taking.flatMap((e) => offered(e).map((o) => o.id))
    const county = where?.[0]
    const publishedAt = isoBeijing(Math.min(toInstant(startAt) - 20 * DAY, now.getTime()))

    const event: EventDoc = {
      _id: id,
      id,
      title,
      brand,
      mode: online ? 'online' : 'offline',
      organiser: `${county && countyByName(county)?.kind === 'county' ? county : '柳州市'}人力资源和社会保障局（示例）`,
      startAt,
      endAt,
      description: online
        ? `在手机上看直播，主播逐个介绍${taking.length}家用人单位的${openingIds.length}个岗位，看中了可以在线投递、预约视频面试。`
        : `现场有${taking.length}家用人单位、${openingIds.length}个岗位，可以当场面试。请带上身份证，到场后扫码签到。`,
      status: 'published',
      employerIds: taking.map((e) => e.id),
      openingIds,
      signupCount: 0,
      checkedInCount: 0,
      publishedAt,
      createdAt: isoBeijing(toInstant(publishedAt) - DAY),
      demo: true,
    }
    if (online) event.link = `https://live.example.com/liuzhou-demo/${id}`
    else if (where) {
      event.county = where[0]
      // The same venue name is the same place every time.
      const first = ROWS.findIndex((r) => r[3]?.[1] === where[1])
      event.venue = venue(where[1], where[0], first, `event-venue:${where[1]}`)
    }

    // Sign-ups from trainees who want this brand; past offline events also have check-ins.
    const keen = trainees.filter((p) => p.profile.wishes.brands.includes(brand))
    const count = past ? rng.int(6, 12) : rng.int(2, 6)
    const start = rng.int(0, keen.length - 1)
    const chosen = Array.from(
      { length: Math.min(count, keen.length) },
      (_, k) => keen[(start + k * 3) % keen.length].openid,
    )
    if (id === DEMO_TRAINEE_EVENT) chosen.unshift('demo-trainee')
    for (const openid of [...new Set(chosen)]) {
      const signedUpAt = isoBeijing(
        Math.min(
          toInstant(publishedAt) + rng.int(1, 15) * DAY + rng.int(0, 600) * 60_000,
          now.getTime() - 3_600_000,
        ),
      )
      const signup: SignupDoc = {
        _id: `${id}:${openid}`,
        id: `${id}:${openid}`,
        eventId: id,
        openid,
        status: 'signed_up',
        signedUpAt,
        demo: true,
      }
      if (past && !online && rng.chance(0.75))
        signup.checkedInAt = isoBeijing(toInstant(startAt) + rng.int(0, 90) * 60_000)
      signups.push(signup)
      event.signupCount += 1
      if (signup.checkedInAt) event.checkedInCount = (event.checkedInCount ?? 0) + 1
    }
    if (past) {
      const walkIns = online ? rng.int(300, 900) : rng.int(40, 120)
      event.results = { attended: (event.checkedInCount ?? 0) + walkIns, offers: rng.int(6, 25) }
    }

    for (const e of taking) {
      const bid = `${id}:${e.id}`
      booths.push({
        _id: bid,
        id: bid,
        eventId: id,
        eventTitle: title,
        employerId: e.id,
        employerName: e.name,
        openingIds: offered(e).map((o) => o.id),
        status: 'approved',
        requestedAt: isoBeijing(toInstant(publishedAt) - 5 * DAY),
        decidedAt: isoBeijing(toInstant(publishedAt) - 3 * DAY),
        demo: true,
      })
    }
    events.push(event)
  })

  const [eventNo, employerNo] = PENDING_BOOTH
  const event = events[eventNo - 1]
  const employer = employers[employerNo - 1]
  booths.push({
    _id: `${event.id}:${employer.id}`,
    id: `${event.id}:${employer.id}`,
    eventId: event.id,
    eventTitle: event.title,
    employerId: employer.id,
    employerName: employer.name,
    openingIds: openings
      .filter(
        (o) =>
          o.employerId === employer.id &&
          o.status === 'open' &&
          toInstant(o.expiresAt) > now.getTime(),
      )
      .slice(0, 2)
      .map((o) => o.id),
    status: 'pending',
    requestedAt: isoBeijing(now.getTime() - DAY),
    demo: true,
  })
  return { events, signups, booths }
}
