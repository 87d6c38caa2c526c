import type { Brand } from '../../types/catalog'
import type { CourseInput, ProfileInput } from '../../types/training'
import type { ApiResult } from '../../types/api'
import { BRAND_LINES } from '../../src/domain/brands'
import { COLLECTIONS } from '../../src/domain/collections'
import { idCheckChar } from '../../src/domain/id-card'
import { beijingDayAt } from '../../src/domain/time'
import { findOne } from '../../cloudfunctions/api/src/db'
import type { TestRuntime } from '../helpers/runtime'

/**
 * What the training route tests start from, written straight into the runtime's store (as the
 * demo seed is): the four brands with zero progress, two providers and their accounts, a staff
 * account. Everything else is created through the routes themselves.
 */
export const PROVIDER_A = 'prov-a-openid'
export const PROVIDER_B = 'prov-b-openid'
export const STAFF = 'staff-openid'

export function seedTraining(t: TestRuntime): void {
  const brands = BRAND_LINES.map((b): Brand & { _id: string } => ({
    ...b,
    _id: b.id,
    progress: { training: 0, employment: 0 },
  }))
  t.runtime.store.insertMany(
    COLLECTIONS.brands,
    brands as unknown as Array<Record<string, unknown>>,
  )
  t.runtime.store.insertMany(COLLECTIONS.providers, [
    {
      _id: 'prov-a',
      id: 'prov-a',
      name: '柳州市第一职业技能培训学校',
      county: '城中区',
      address: '城中区文惠路1号',
      phone: '0772-0000001',
      ownerOpenid: PROVIDER_A,
    },
    {
      _id: 'prov-b',
      id: 'prov-b',
      name: '融水县螺蛳粉技能培训中心',
      county: '融水苗族自治县',
      address: '融水镇寿星路2号',
      phone: '0772-0000002',
      ownerOpenid: PROVIDER_B,
    },
  ])
  t.runtime.store.insertMany(COLLECTIONS.users, [
    { _id: PROVIDER_A, roles: ['provider'], providerId: 'prov-a' },
    { _id: PROVIDER_B, roles: ['provider'], providerId: 'prov-b' },
    { _id: STAFF, roles: ['staff'] },
  ])
}

/** A valid ID number (GB 11643 check character) for test person `n` (0–999), born 1990-01-01 in 城中区. */
export function idNumberFor(n: number): string {
  const first17 = `45020219900101${String(n % 1000).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}

export function profileInput(n: number, overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    name: `测试${n}号`,
    phone: `138${String(n).padStart(8, '0')}`,
    idNumber: idNumberFor(n),
    county: '融水苗族自治县',
    township: '融水镇',
    group: 'rural_labor',
    education: 'junior',
    wishes: {
      brands: ['mifen'],
      occupations: ['传统螺蛳粉烹制'],
      places: ['柳州市内均可'],
      minPay: 3500,
    },
    consent: true,
    ...overrides,
  }
}

/** A course opening in `startInDays` days with sign-up closing the day before. */
export function courseInput(overrides: Partial<CourseInput> = {}, startInDays = 10): CourseInput {
  const now = new Date()
  return {
    title: '螺蛳粉传统烹制技能培训班',
    brand: 'mifen',
    occupation: '传统螺蛳粉烹制',
    mode: 'offline',
    venue: {
      name: '融水县螺蛳粉实训基地',
      address: '融水镇寿星路2号',
      county: '融水苗族自治县',
      point: { latitude: 25.0661, longitude: 109.2566 },
    },
    sessions: [
      {
        startAt: beijingDayAt(now, startInDays, '09:00'),
        endAt: beijingDayAt(now, startInDays, '17:00'),
      },
      {
        startAt: beijingDayAt(now, startInDays + 1, '09:00'),
        endAt: beijingDayAt(now, startInDays + 1, '17:00'),
      },
    ],
    deadline: beijingDayAt(now, startInDays - 1, '18:00'),
    capacity: 30,
    waitlistCapacity: 10,
    fee: 0,
    subsidy: '符合条件的劳动者免费',
    certificate: { type: 'skill_level', level: 5, name: '螺蛳粉制作（五级）职业技能等级证书' },
    description: '从备料、熬汤到出餐的完整流程，结业可参加职业技能等级认定。',
    ...overrides,
  }
}

/** The data of a successful call; fails the test with the refusal otherwise. */
export function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.data
}

/** Creates a course as provider A (or `as`) and returns its id. */
export async function createCourse(
  t: TestRuntime,
  overrides: Partial<CourseInput> = {},
  as = PROVIDER_A,
): Promise<string> {
  return ok(await t.api(as, 'provider/course/save', courseInput(overrides))).id
}

/** Saves complete profiles for workers `worker-<from>` … `worker-<from+count-1>`. */
export async function workersWithProfiles(
  t: TestRuntime,
  count: number,
  from = 0,
): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `worker-${from + i}`)
  await Promise.all(
    ids.map(async (openid, i) => ok(await t.api(openid, 'profile/save', profileInput(from + i)))),
  )
  return ids
}

/** Changes a stored document through the real SDK (for states no route produces, e.g. time passing). */
export async function updateDoc(
  t: TestRuntime,
  collection: string,
  id: string,
  data: Record<string, unknown>,
) {
  await t.runtime.run(async () => {
    await t.runtime.cloud.database().collection(collection).doc(id).update({ data })
  })
}

/** Reads a stored document as the database holds it. */
export async function readDoc<T = Record<string, unknown>>(
  t: TestRuntime,
  collection: string,
  id: string,
): Promise<T | null> {
  return t.runtime.run(async () => {
    return findOne<T>(t.runtime.cloud.database().collection(collection).where({ _id: id }).limit(1))
  })
}

/** Two session days that have already happened: the day before yesterday and yesterday. */
export function heldSessions(now = new Date()) {
  return [-2, -1].map((d) => ({
    startAt: beijingDayAt(now, d, '09:00'),
    endAt: beijingDayAt(now, d, '17:00'),
  }))
}

/**
 * Moves a course into the past (held the day before yesterday and yesterday), as if it had run,
 * so that its trainees can be marked present and completed.
 */
export async function holdCourse(t: TestRuntime, courseId: string) {
  const sessions = heldSessions()
  await updateDoc(t, COLLECTIONS.courses, courseId, {
    startAt: sessions[0].startAt,
    sessions,
  })
  return sessions.map((s) => s.startAt.slice(0, 10))
}

/** The provider marks `enrollmentIds` present on `days` (Beijing dates), through the route. */
export async function markPresent(
  t: TestRuntime,
  enrollmentIds: readonly string[],
  days: readonly string[],
  as = PROVIDER_A,
) {
  for (const enrollmentId of enrollmentIds)
    for (const date of days)
      ok(await t.api(as, 'provider/attendance', { enrollmentId, date, present: true }))
}
