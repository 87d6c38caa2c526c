/**
 * Demo data for Liuzhou, the same for the same `now`: collection name → documents, each with a
 * string `_id` and `demo: true` (brands and the training list come from the plan itself, so they
 * carry no demo mark). Times are ISO strings with +08:00. Counters agree with the records: brand
 * progress with completions and hires, course seats and waitlists with enrolments, event counts
 * with sign-ups, openings' `hired` with hired applications.
 */
import type { TrainingListItem } from '../../types/catalog'
import { BRAND_LINES } from '../../src/domain/brands'
import { COLLECTIONS, type CollectionName } from '../../src/domain/collections'
import { beijingDayAt, isoBeijing, toInstant } from '../../src/domain/time'
import { buildCourses, buildProviders } from './catalog'
import { buildContests, buildStories } from './contests'
import { buildEnrollments, type EnrollmentDoc } from './enrollments'
import { buildEvents, type SignupDoc } from './events'
import { buildApplications, buildEmployers, buildOpenings, type ApplicationDoc } from './jobs'
import { buildInstitutions } from './network'
import { buildPeople, buildUsers, type Person, type ProfileDoc } from './people'

export type SeedData = Record<string, Array<Record<string, unknown>>>

export interface SeedOptions {
  /** Fills `idNumberEnc` (e.g. with the api function's encrypter); without it the field is null. */
  encryptIdNumber?: (idNumber: string) => string
}

export { DEMO_PROVIDER_ID } from './catalog'
export { DEMO_TRAINEE_COMPLETED, DEMO_TRAINEE_CONFIRMED } from './enrollments'
export { DEMO_TRAINEE_EVENT } from './events'
export { DEMO_EMPLOYER_ID, demoUscc } from './jobs'
export { TRAINEE_COUNT, demoIdNumber, traineeId } from './people'

const DAY = 86_400_000

/** Retired from the training list (培训清单 is adjusted to the market, 四（一）2). */
const RETIRED: Array<Pick<TrainingListItem, 'brand' | 'occupation'>> = [
  { brand: 'jiazheng', occupation: '育婴员' },
  { brand: 'jiangong', occupation: '架子工' },
]

function trainingList(now: Date): TrainingListItem[] {
  const item = (
    brand: TrainingListItem['brand'],
    occupation: string,
    active: boolean,
    day: number,
  ) => ({
    id: `${brand}:${occupation}`,
    brand,
    occupation,
    active,
    updatedAt: beijingDayAt(now, day, '09:00'),
  })
  return [
    ...BRAND_LINES.flatMap((b) => b.occupations.map((o) => item(b.id, o, true, -180))),
    ...RETIRED.map((r) => item(r.brand, r.occupation, false, -60)),
  ]
}

/** A profile created a few days before the person's first sign-up (or recently, with none). */
function profileDoc(
  person: Person,
  activity: readonly string[],
  now: Date,
  options: SeedOptions,
): ProfileDoc {
  const first = activity.length ? Math.min(...activity.map(toInstant)) : now.getTime()
  const createdAt = isoBeijing(first - (activity.length ? 3 : 20) * DAY)
  return {
    _id: person.openid,
    ...person.profile,
    idNumberEnc: options.encryptIdNumber ? options.encryptIdNumber(person.idNumber) : null,
    consentAt: createdAt,
    createdAt,
    updatedAt: createdAt,
    demo: true,
  }
}

/** Full ID numbers of the demo people by openid (never stored in clear; for tests and encryption). */
export function demoIdNumbers(): Record<string, string> {
  return Object.fromEntries(buildPeople().map((p) => [p.openid, p.idNumber]))
}

export function buildSeed(now: Date = new Date(), options: SeedOptions = {}): SeedData {
  const providers = buildProviders()
  const courses = buildCourses(now, providers)
  const people = buildPeople()
  const enrollments = buildEnrollments(now, courses, people)
  const employers = buildEmployers(now)
  const openings = buildOpenings(now, employers)
  const applications = buildApplications(now, openings, enrollments, people)
  const { events, signups, booths } = buildEvents(now, employers, openings, people)
  const contests = buildContests(now, people)

  const activity = new Map<string, string[]>()
  const note = (openid: string, at: string) =>
    activity.set(openid, [...(activity.get(openid) ?? []), at])
  enrollments.forEach((e: EnrollmentDoc) => note(e.openid, e.createdAt))
  applications.forEach((a: ApplicationDoc) => note(a.openid, a.createdAt))
  signups.forEach((s: SignupDoc) => note(s.openid, s.signedUpAt))

  const brands = BRAND_LINES.map((line) => ({
    _id: line.id,
    ...line,
    progress: {
      training: enrollments.filter((e) => e.brand === line.id && e.status === 'completed').length,
      employment: applications.filter((a) => a.brand === line.id && a.status === 'hired').length,
    },
  }))

  const data: Record<CollectionName, object[]> = {
    [COLLECTIONS.users]: buildUsers(),
    [COLLECTIONS.brands]: brands,
    [COLLECTIONS.trainingList]: trainingList(now).map((t) => ({ _id: t.id, ...t })),
    [COLLECTIONS.providers]: providers,
    [COLLECTIONS.courses]: courses.map((c) => c.doc),
    [COLLECTIONS.profiles]: people.map((p) => {
      const doc = profileDoc(p, activity.get(p.openid) ?? [], now, options)
      const honours = contests.honours.get(p.openid)
      return honours ? { ...doc, honours } : doc
    }),
    [COLLECTIONS.enrollments]: enrollments,
    [COLLECTIONS.employers]: employers,
    [COLLECTIONS.openings]: openings,
    [COLLECTIONS.applications]: applications,
    [COLLECTIONS.recommendations]: [],
    [COLLECTIONS.interviews]: [],
    [COLLECTIONS.inbox]: [],
    [COLLECTIONS.pushCredits]: [],
    [COLLECTIONS.outbox]: [],
    [COLLECTIONS.events]: events,
    [COLLECTIONS.eventSignups]: signups,
    [COLLECTIONS.booths]: booths,
    [COLLECTIONS.institutions]: buildInstitutions(),
    [COLLECTIONS.startupApplications]: [],
    [COLLECTIONS.startupRules]: [],
    [COLLECTIONS.contests]: contests.contests,
    [COLLECTIONS.contestSignups]: contests.signups,
    [COLLECTIONS.stories]: buildStories(now),
    [COLLECTIONS.jobState]: [],
    [COLLECTIONS.rightsCases]: [],
    [COLLECTIONS.blacklist]: [],
    [COLLECTIONS.rateLimits]: [],
    [COLLECTIONS.idNumbers]: [],
    [COLLECTIONS.webLoginTickets]: [],
    [COLLECTIONS.webSessions]: [],
  }
  return data as SeedData
}
