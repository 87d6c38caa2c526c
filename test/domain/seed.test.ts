import { BRAND_LINES } from '../../src/domain/brands'
import { COLLECTIONS } from '../../src/domain/collections'
import {
  COUNTY_NAMES,
  EXPORT_BASE_COUNTIES,
  WORK_PLACES,
  isTownshipOf,
} from '../../src/domain/counties'
import { WORKER_GROUPS } from '../../src/domain/groups'
import { checkIdNumber, maskIdNumber } from '../../src/domain/id-card'
import { checkPhone } from '../../src/domain/phone'
import { beijingYear, toInstant } from '../../src/domain/time'
import { checkUscc } from '../../src/domain/uscc'
import { buildSeed, demoIdNumbers, DEMO_EMPLOYER_ID, DEMO_PROVIDER_ID } from '../../database/seed'
import { applicationId } from '../../cloudfunctions/api/src/routes/jobs/shared'
import { enrollmentId } from '../../cloudfunctions/api/src/routes/training/store'

/* eslint-disable @typescript-eslint/no-explicit-any -- the seed is loose JSON; the checks are the types */
type Doc = Record<string, any>

const NOW = new Date('2026-11-26T06:00:00Z')
const MIDYEAR = new Date('2026-06-15T02:00:00Z')
const DAY = 86_400_000
const seed = buildSeed(NOW)
const all = (name: string): Doc[] => seed[name] as Doc[]
const byId = (name: string) => new Map(all(name).map((d) => [d._id as string, d]))
const count = <T>(items: T[], pred: (t: T) => boolean) => items.filter(pred).length
const at = (iso: string) => toInstant(iso)

const users = all(COLLECTIONS.users)
const brands = all(COLLECTIONS.brands)
const trainingList = all(COLLECTIONS.trainingList)
const providers = byId(COLLECTIONS.providers)
const courses = all(COLLECTIONS.courses)
const profiles = byId(COLLECTIONS.profiles)
const enrollments = all(COLLECTIONS.enrollments)
const employers = byId(COLLECTIONS.employers)
const openings = all(COLLECTIONS.openings)
const applications = all(COLLECTIONS.applications)
const events = all(COLLECTIONS.events)
const signups = all(COLLECTIONS.eventSignups)
const booths = all(COLLECTIONS.booths)
const institutions = all(COLLECTIONS.institutions)
const occupationsOf = (brand: string) => BRAND_LINES.find((b) => b.id === brand)?.occupations ?? []

describe('the seed as a whole', () => {
  it('has exactly the collections of COLLECTIONS', () => {
    expect(Object.keys(seed).sort()).toEqual(Object.values(COLLECTIONS).sort())
  })

  it('gives every document a unique string _id', () => {
    for (const [name, docs] of Object.entries(seed)) {
      const ids = docs.map((d) => d._id)
      for (const id of ids) expect([name, typeof id]).toEqual([name, 'string'])
      expect([name, new Set(ids).size]).toEqual([name, ids.length])
    }
  })

  it('marks every made-up record as demo (brands and the training list come from the plan)', () => {
    for (const [name, docs] of Object.entries(seed)) {
      if (name === COLLECTIONS.brands || name === COLLECTIONS.trainingList) continue
      for (const d of docs) expect([name, d._id, d.demo]).toEqual([name, d._id, true])
    }
  })

  it('stores every time as ISO with +08:00', () => {
    const bad: string[] = []
    const walk = (v: unknown, path: string) => {
      if (
        typeof v === 'string' &&
        /^\d{4}-\d{2}-\d{2}T/.test(v) &&
        !/T\d{2}:\d{2}:\d{2}\+08:00$/.test(v)
      )
        bad.push(`${path}=${v}`)
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`)
    }
    walk(seed, 'seed')
    expect(bad).toEqual([])
  })

  it('is the same for the same now, and moves with now', () => {
    expect(buildSeed(NOW)).toEqual(seed)
    const later = buildSeed(new Date(NOW.getTime() + 7 * DAY))
    const course = (s: typeof seed) => (s[COLLECTIONS.courses] as Doc[])[1]
    expect(at(course(later).startAt) - at(course(seed).startAt)).toBe(7 * DAY)
  })

  it('builds in well under 100 ms', () => {
    const times = Array.from({ length: 8 }, () => {
      const t = performance.now()
      buildSeed(NOW)
      return performance.now() - t
    })
    expect(Math.min(...times)).toBeLessThan(100)
  })
})

describe('brands and the training list', () => {
  it('stores the 4 brand lines as they are in the plan, keyed by id', () => {
    expect(brands.map((b) => b._id)).toEqual(BRAND_LINES.map((b) => b.id))
    for (const line of BRAND_LINES) {
      const { _id, progress, ...rest } = brands.find((b) => b._id === line.id)!
      expect(rest).toEqual(line)
      expect(progress.training).toBeGreaterThan(0)
      expect(progress.employment).toBeGreaterThan(0)
    }
  })

  it('shows progress that equals the completed enrolments and the hires', () => {
    for (const b of brands) {
      expect(b.progress).toEqual({
        training: count(enrollments, (e) => e.brand === b._id && e.status === 'completed'),
        employment: count(applications, (a) => a.brand === b._id && a.status === 'hired'),
      })
    }
  })

  it('lists every occupation of the plan as active, and a couple retired', () => {
    for (const line of BRAND_LINES) {
      for (const occupation of line.occupations) {
        const item = trainingList.find((t) => t.brand === line.id && t.occupation === occupation)
        expect(item).toMatchObject({
          _id: `${line.id}:${occupation}`,
          id: `${line.id}:${occupation}`,
          active: true,
        })
      }
    }
    expect(count(trainingList, (t) => !t.active)).toBeGreaterThanOrEqual(2)
  })
})

describe('providers and courses', () => {
  it('has at least 6 demo providers in different counties, one managed by demo-provider', () => {
    expect(providers.size).toBeGreaterThanOrEqual(6)
    expect(new Set([...providers.values()].map((p) => p.county)).size).toBeGreaterThanOrEqual(6)
    for (const p of providers.values()) expect(p.name).toContain('示例')
    expect(providers.get(DEMO_PROVIDER_ID)?.ownerOpenid).toBe('demo-provider')
    expect(users.find((u) => u._id === 'demo-provider')).toMatchObject({
      roles: ['provider'],
      providerId: DEMO_PROVIDER_ID,
    })
  })

  it('has 40 courses across the 4 brands and all 10 counties, each of a plan occupation on the list', () => {
    expect(courses).toHaveLength(40)
    expect(new Set(courses.map((c) => c.county))).toEqual(new Set(COUNTY_NAMES))
    for (const line of BRAND_LINES)
      expect(count(courses, (c) => c.brand === line.id)).toBeGreaterThanOrEqual(5)
    for (const c of courses) {
      expect(occupationsOf(c.brand)).toContain(c.occupation)
      expect(trainingList.find((t) => t._id === `${c.brand}:${c.occupation}`)?.active).toBe(true)
      expect(c.id).toBe(c._id)
      expect(providers.get(c.providerId)?.name).toBe(c.providerName)
      expect(c.venue.county).toBe(c.county)
      expect(c.certificate.name).toBeTruthy()
      expect(['offline', 'online', 'mixed']).toContain(c.mode)
    }
  })

  it('keeps capacities 20–60 and seats that agree with the enrolments', () => {
    for (const c of courses) {
      const mine = enrollments.filter((e) => e.courseId === c._id)
      const holding = count(mine, (e) =>
        // A trainee who dropped out keeps the seat: it is not offered again once training started.
        ['confirmed', 'in_training', 'completed', 'dropped'].includes(e.status),
      )
      const waiting = mine.filter((e) => e.status === 'waitlisted')
      expect(c.capacity).toBeGreaterThanOrEqual(20)
      expect(c.capacity).toBeLessThanOrEqual(60)
      expect(c.seatsLeft).toBeGreaterThanOrEqual(0)
      expect(c.seatsLeft).toBeLessThanOrEqual(c.capacity)
      expect([c._id, c.seatsLeft]).toEqual([c._id, c.capacity - holding])
      expect(c.waitlistLength).toBe(waiting.length)
      expect(c.waitlistLog).toHaveLength(waiting.length)
      expect(waiting.length).toBeLessThanOrEqual(c.waitlistCapacity)
      expect(waiting.map((e) => e.waitlistPosition).sort()).toEqual(waiting.map((_, k) => k + 1))
      if (waiting.length) expect(c.seatsLeft).toBe(0)
    }
  })

  it('has a few nearly full courses, one or two full with a waitlist, and a couple closed', () => {
    const open = courses.filter((c) => c.status === 'open')
    expect(count(open, (c) => c.seatsLeft >= 1 && c.seatsLeft <= 3)).toBeGreaterThanOrEqual(3)
    const full = open.filter((c) => c.seatsLeft === 0 && c.waitlistLength > 0)
    expect(full.length).toBeGreaterThanOrEqual(1)
    expect(full.length).toBeLessThanOrEqual(2)
    const closed = courses.filter((c) => c.status === 'closed')
    expect(closed.length).toBeGreaterThanOrEqual(2)
    for (const c of closed) expect(at(c.deadline)).toBeLessThan(NOW.getTime())
    for (const c of open) expect(at(c.deadline)).toBeGreaterThan(NOW.getTime())
  })

  it('schedules open courses within the next 3 months, sign-up closing before the start', () => {
    for (const c of courses) {
      const starts = c.sessions.map((s: Doc) => at(s.startAt))
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
      expect(c.startAt).toBe(c.sessions[0].startAt)
      expect(at(c.deadline)).toBeLessThan(at(c.startAt))
      for (const s of c.sessions) expect(at(s.endAt)).toBeGreaterThan(at(s.startAt))
      if (c.status === 'open') {
        expect(at(c.startAt)).toBeGreaterThan(NOW.getTime())
        expect(at(c.sessions[c.sessions.length - 1].endAt)).toBeLessThan(NOW.getTime() + 92 * DAY)
      }
    }
  })

  it('is mostly free with the subsidy explained', () => {
    expect(count(courses, (c) => c.fee === 0)).toBeGreaterThanOrEqual(32)
    for (const c of courses) expect(c.subsidy.length).toBeGreaterThan(10)
  })
})

describe('people', () => {
  const ids = demoIdNumbers()
  const trainees = [...profiles.values()].filter((p) => p._id.startsWith('seed-trainee-'))

  it('has the demo accounts and about 80 trainees, all clearly demo', () => {
    expect(profiles.has('demo-worker')).toBe(true)
    expect(profiles.has('demo-trainee')).toBe(true)
    expect(trainees.length).toBeGreaterThanOrEqual(60)
    for (const p of profiles.values()) {
      expect(p.name).toMatch(/^示例·/)
      expect(p.phone).toMatch(/^1380000\d{4}$/)
      expect(checkPhone(p.phone).ok).toBe(true)
      expect(p.complete).toBe(true)
      expect(p.idNumberEnc).toBeNull()
      expect(isTownshipOf(p.county, p.township)).toBe(true)
      for (const place of p.wishes.places) expect(WORK_PLACES).toContain(place)
      for (const o of p.wishes.occupations)
        expect(p.wishes.brands.some((b: string) => occupationsOf(b).includes(o))).toBe(true)
    }
    expect(new Set([...profiles.values()].map((p) => p.name)).size).toBe(profiles.size)
  })

  it('stores only the mask of valid ID numbers whose birth date and gender match the profile', () => {
    expect(Object.keys(ids).sort()).toEqual([...profiles.keys()].sort())
    expect(new Set(Object.values(ids)).size).toBe(profiles.size)
    for (const p of profiles.values()) {
      const check = checkIdNumber(ids[p._id], NOW)
      expect(check).toMatchObject({ ok: true, birthDate: p.birthDate, gender: p.gender })
      expect(p.idNumberMasked).toBe(maskIdNumber(ids[p._id]))
      expect(JSON.stringify(p)).not.toContain(ids[p._id])
    }
  })

  it('encrypts ID numbers when the loader passes an encrypter', () => {
    const withEnc = buildSeed(NOW, { encryptIdNumber: (id) => `enc(${id})` })
    const worker = (withEnc[COLLECTIONS.profiles] as Doc[]).find((p) => p._id === 'demo-worker')!
    expect(worker.idNumberEnc).toBe(`enc(${ids['demo-worker']})`)
  })

  it('makes demo-worker want 八桂家政 养老护理员 in 融水, as a rural laborer', () => {
    expect(profiles.get('demo-worker')).toMatchObject({
      county: '融水苗族自治县',
      group: 'rural_labor',
      wishes: { brands: ['jiazheng'], occupations: ['养老护理员'] },
    })
    expect(count(enrollments, (e) => e.openid === 'demo-worker')).toBe(0)
  })

  it('makes demo-trainee a 脱贫人口 trainee who finished one course and is confirmed on another', () => {
    expect(profiles.get('demo-trainee')).toMatchObject({
      group: 'poverty_alleviated',
      wishes: { brands: ['mifen'] },
    })
    const mine = enrollments.filter((e) => e.openid === 'demo-trainee')
    expect(mine.map((e) => e.status).sort()).toEqual(['completed', 'confirmed'])
    const done = mine.find((e) => e.status === 'completed')!
    expect(done.certificate).toMatchObject({
      type: expect.any(String),
      number: expect.stringMatching(/^DEMO-/),
    })
    const confirmed = mine.find((e) => e.status === 'confirmed')!
    expect(courses.find((c) => c._id === confirmed.courseId)?.providerId).toBe(DEMO_PROVIDER_ID)
  })

  it('spreads trainees over every group, brand and county, and makes each a trainee', () => {
    expect(new Set(trainees.map((p) => p.group))).toEqual(new Set(WORKER_GROUPS))
    expect(new Set(trainees.map((p) => p.county))).toEqual(new Set(COUNTY_NAMES))
    expect(new Set(trainees.flatMap((p) => p.wishes.brands))).toEqual(
      new Set(BRAND_LINES.map((b) => b.id)),
    )
    expect(count(trainees, (p) => p.wishes.places.includes('广东湛江'))).toBeGreaterThan(5)
    for (const p of trainees) {
      expect([
        p._id,
        count(
          enrollments,
          (e) => e.openid === p._id && !['cancelled', 'dropped'].includes(e.status),
        ) > 0,
      ]).toEqual([p._id, true])
    }
  })

  it('grants the other demo roles in users', () => {
    expect(users.map((u) => [u._id, u.roles])).toEqual([
      ['demo-employer', ['employer']],
      ['demo-provider', ['provider']],
      ['demo-staff', ['staff']],
    ])
  })
})

describe('enrolments', () => {
  it('belong to existing courses and people, one per person and course, with the course’s brand', () => {
    const courseById = new Map(courses.map((c) => [c._id, c]))
    for (const e of enrollments) {
      const c = courseById.get(e.courseId)!
      expect(e._id).toBe(enrollmentId(e.courseId, e.openid))
      expect(e._id).not.toContain(e.openid)
      expect(profiles.has(e.openid)).toBe(true)
      expect([e.brand, e.occupation]).toEqual([c.brand, c.occupation])
      expect([
        'confirmed',
        'waitlisted',
        'in_training',
        'completed',
        'dropped',
        'cancelled',
      ]).toContain(e.status)
      expect(at(e.createdAt)).toBeLessThanOrEqual(NOW.getTime())
      if (e.status === 'completed') {
        expect(e.certificate).toMatchObject({ type: c.certificate.type, name: c.certificate.name })
        expect(at(e.completedAt)).toBeLessThan(NOW.getTime())
      } else expect(e.certificate).toBeUndefined()
    }
  })
})

describe('employers and openings', () => {
  const list = [...employers.values()]

  it('has 20 employers with valid, unique credit codes; some pending, one blacklisted, some from 湛江', () => {
    expect(list).toHaveLength(20)
    for (const e of list) expect([e.uscc, checkUscc(e.uscc)]).toEqual([e.uscc, { ok: true }])
    expect(new Set(list.map((e) => e.uscc)).size).toBe(20)
    expect(count(list, (e) => e.status === 'pending')).toBeGreaterThanOrEqual(2)
    expect(count(list, (e) => e.blacklisted)).toBe(1)
    expect(
      count(list, (e) => e.uscc.slice(2, 8) === '440800' && e.name.includes('湛江')),
    ).toBeGreaterThanOrEqual(2)
    for (const e of list) expect(e.name).toContain('示例')
  })

  it('gives demo-employer a verified employer record', () => {
    expect(employers.get(DEMO_EMPLOYER_ID)).toMatchObject({
      ownerOpenid: 'demo-employer',
      status: 'verified',
      blacklisted: false,
    })
    expect(count(list, (e) => e.ownerOpenid === 'demo-employer')).toBe(1)
  })

  it('has 80 openings; only verified employers not on the blacklist have open ones', () => {
    expect(openings).toHaveLength(80)
    for (const o of openings) {
      const e = employers.get(o.employerId)!
      expect(e.name).toBe(o.employerName)
      if (o.status === 'open')
        expect([o._id, e.status, e.blacklisted]).toEqual([o._id, 'verified', false])
      if (e.status !== 'verified') throw new Error(`${o._id} belongs to unverified ${e._id}`)
    }
    expect(
      count(openings, (o) => employers.get(o.employerId)!.blacklisted && o.status === 'taken_down'),
    ).toBeGreaterThan(0)
  })

  it('has plausible Liuzhou pay, places and benefits, some in 广东湛江, a few expired', () => {
    for (const o of openings) {
      expect(occupationsOf(o.brand)).toContain(o.occupation)
      expect(o.payMin).toBeGreaterThanOrEqual(3000)
      expect(o.payMax).toBeGreaterThan(o.payMin)
      expect(o.payMax).toBeLessThanOrEqual(15000)
      expect(WORK_PLACES).toContain(o.place)
      if (o.county) expect(o.place).toBe(o.county)
      else expect(o.place).toBe('广东湛江')
      expect(Object.keys(o.benefits).sort()).toEqual(['board', 'lodging', 'socialInsurance'])
      expect(o.headcount).toBeGreaterThan(0)
      expect(o.description).not.toMatch(/押金|培训费|服装费|体检费|先交|贷款|刷单/)
    }
    const care = openings.filter((o) => o.occupation === '养老护理员' && o.county)
    for (const o of care) expect([o.payMin >= 3500, o.payMax <= 5500]).toEqual([true, true])
    expect(count(openings, (o) => o.place === '广东湛江')).toBeGreaterThanOrEqual(5)
    const expired = count(openings, (o) => o.status === 'open' && at(o.expiresAt) < NOW.getTime())
    expect(expired).toBeGreaterThanOrEqual(2)
    expect(expired).toBeLessThanOrEqual(6)
  })

  it('counts each opening’s hires from its hired applications, by trainees who finished a course', () => {
    for (const o of openings) {
      const hired = count(applications, (a) => a.openingId === o._id && a.status === 'hired')
      expect([o._id, o.hired]).toEqual([o._id, hired])
      expect(o.hired).toBeLessThanOrEqual(o.headcount)
    }
    for (const a of applications) {
      const o = openings.find((x) => x._id === a.openingId)!
      expect(a._id).toBe(applicationId(a.openingId, a.openid))
      expect(a._id).not.toContain(a.openid)
      expect([a.brand, a.employerId]).toEqual([o.brand, o.employerId])
      if (a.status === 'hired') {
        expect(a.hiredCounted).toBe(true)
        expect(
          enrollments.some(
            (e) => e.openid === a.openid && e.status === 'completed' && e.brand === a.brand,
          ),
        ).toBe(true)
      }
    }
    expect(
      count(applications, (a) => a.employerId === DEMO_EMPLOYER_ID && a.status === 'applied'),
    ).toBeGreaterThan(0)
  })
})

describe('recruitment events', () => {
  const past = events.filter((e) => at(e.endAt) <= NOW.getTime())
  const upcoming = events.filter((e) => at(e.startAt) > NOW.getTime())

  it('has 16 published events, at least 15 of them in this Beijing year', () => {
    expect(events).toHaveLength(16)
    for (const e of events) expect(e.status).toBe('published')
    const inYear = (s: typeof seed, now: Date) =>
      count(
        s[COLLECTIONS.events] as Doc[],
        (e) => e.status === 'published' && beijingYear(e.startAt) === beijingYear(now),
      )
    expect(inYear(seed, NOW)).toBeGreaterThanOrEqual(15)
    expect(inYear(buildSeed(MIDYEAR), MIDYEAR)).toBeGreaterThanOrEqual(15)
  })

  it('spreads them over brands, online and offline, past with results and the next 2 months', () => {
    for (const line of BRAND_LINES)
      expect(count(events, (e) => e.brand === line.id)).toBeGreaterThanOrEqual(3)
    expect(count(events, (e) => e.mode === 'online')).toBeGreaterThanOrEqual(3)
    expect(count(events, (e) => e.mode === 'offline')).toBeGreaterThanOrEqual(3)
    expect(past.length).toBeGreaterThanOrEqual(3)
    for (const e of past)
      expect(e.results).toMatchObject({ attended: expect.any(Number), offers: expect.any(Number) })
    expect(upcoming.length).toBeGreaterThanOrEqual(8)
    for (const e of upcoming) expect(at(e.startAt)).toBeLessThan(NOW.getTime() + 62 * DAY)
    expect(upcoming.some((e) => e.brand === 'jiazheng' && e.mode === 'offline')).toBe(true)
    for (const e of events) {
      if (e.mode === 'online')
        expect([e.link, e.venue]).toEqual([expect.stringMatching(/^https:\/\//), undefined])
      else expect(e.venue.county).toBe(e.county)
    }
  })

  it('links employers that may take part and only their openings', () => {
    for (const e of events) {
      expect(e.employerIds.length).toBeGreaterThan(0)
      for (const id of e.employerIds)
        expect(employers.get(id)).toMatchObject({ status: 'verified', blacklisted: false })
      for (const id of e.openingIds) {
        const o = openings.find((x) => x._id === id)!
        expect(e.employerIds).toContain(o.employerId)
        expect(o.brand).toBe(e.brand)
      }
    }
  })

  it('keeps sign-up and check-in counts equal to the sign-ups, with a booth per employer', () => {
    for (const e of events) {
      const mine = signups.filter((s) => s.eventId === e._id)
      expect(e.signupCount).toBe(count(mine, (s) => s.status === 'signed_up'))
      expect(e.checkedInCount ?? 0).toBe(count(mine, (s) => !!s.checkedInAt))
      for (const s of mine)
        expect([s._id, profiles.has(s.openid)]).toEqual([`${e._id}:${s.openid}`, true])
      for (const id of e.employerIds)
        expect(booths.find((b) => b._id === `${e._id}:${id}`)?.status).toBe('approved')
    }
    const pending = booths.filter((b) => b.status === 'pending')
    expect(pending.length).toBeGreaterThan(0)
    for (const b of pending)
      expect(events.find((e) => e._id === b.eventId)!.employerIds).not.toContain(b.employerId)
  })
})

describe('brand network (R7)', () => {
  it('is part of the way to the plan’s numbers, region and city level (active entries)', () => {
    const n = (kind: string, level: string) =>
      count(institutions, (i) => i.kind === kind && i.level === level && i.status === 'active')
    expect([
      n('training_base', 'region'),
      n('incubation_base', 'region'),
      n('expert_studio', 'region'),
      n('leading_enterprise', 'region'),
    ]).toEqual([3, 3, 3, 6])
    expect([
      n('training_base', 'city'),
      n('expert_studio', 'city'),
      n('leading_enterprise', 'city'),
    ]).toEqual([7, 6, 8])
  })

  it('has export bases in 三江, 融水 and 融安, every entry named as an example', () => {
    const bases = institutions.filter((i) => i.kind === 'export_base')
    expect(bases.map((b) => b.county).sort()).toEqual([...EXPORT_BASE_COUNTIES].sort())
    for (const i of institutions) {
      expect(i.name).toMatch(/示例/)
      expect(COUNTY_NAMES).toContain(i.county)
      expect(BRAND_LINES.map((b) => b.id)).toContain(i.brand)
    }
  })

  it('has at least 30 entries with a map point, a phone, hours, offers and a recognition date', () => {
    expect(institutions.length).toBeGreaterThanOrEqual(30)
    for (const i of institutions) {
      expect(checkPhone(i.phone).ok).toBe(false) // a landline, never a mobile of a person
      expect(i.phone).toMatch(/^0772-000\d{4}$/)
      expect(Math.abs(i.location.lat - 24.5)).toBeLessThan(1.5)
      expect(Math.abs(i.location.lng - 109.4)).toBeLessThan(1)
      expect(i.hours.length).toBeGreaterThan(4)
      expect(i.offers.length).toBeGreaterThan(0)
      expect(i.recognisedAt < '2026-11-26').toBe(true)
    }
    const retired = institutions.filter((i) => i.status === 'retired')
    expect(retired).toHaveLength(1)
    expect(retired[0].retiredReason).toMatch(/示例/)
  })

  it('links leading enterprises only to verified demo employers of the same name and brand', () => {
    const linked = institutions.filter((i) => i.employerId)
    expect(linked.length).toBeGreaterThan(5)
    for (const i of linked) {
      const e = employers.get(i.employerId)!
      expect([i.name, e.status, e.blacklisted]).toEqual([e.name, 'verified', false])
      expect(openings.some((o) => o.employerId === e._id && o.brand === i.brand)).toBe(true)
    }
  })
})

describe('competitions, stories and cooperation openings (R7)', () => {
  it('has 2 competitions (one with results past 公示 and 技术能手 on the winners), 6 stories, ≥ 10 湛江 cooperation openings', () => {
    const contests = all(COLLECTIONS.contests)
    expect(contests).toHaveLength(2)
    const held = contests.filter((c) => c.results?.length)
    expect(held).toHaveLength(1)
    expect(held[0].publicFrom < '2026-11-26').toBe(true)
    const winners = [...profiles.values()].filter((p) => p.honours?.length)
    expect(winners.map((p) => p._id)).toContain('demo-trainee')
    expect(winners).toHaveLength(3)
    const stories = all(COLLECTIONS.stories)
    expect(stories).toHaveLength(6)
    for (const s of stories) expect(s.title).toMatch(/（示例）$/)
    const coop = openings.filter((o) => o.cooperation)
    expect(coop.length).toBeGreaterThanOrEqual(10)
    for (const o of coop) expect(o.place).toBe('广东湛江')
  })
})
