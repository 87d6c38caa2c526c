import type { EventDraft } from '../../types/events'
import { findMany } from '../../cloudfunctions/api/src/db'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import type { TestRuntime } from '../helpers/runtime'
import { ok, profileInput } from './training-fixtures'

/**
 * What the event route tests start from, written into the store as the demo seed is: a staff
 * account and a verified employer with openings. Events, profiles and sign-ups go through routes.
 */
export const STAFF = 'events-staff'
export const EMPLOYER = 'events-employer'
export const OTHER_EMPLOYER = 'events-employer-2'
export const HOUR = 60 * 60_000

export function seedEventsBase(t: TestRuntime): void {
  t.runtime.store.insertMany(COLLECTIONS.users, [
    { _id: STAFF, roles: ['staff'] },
    { _id: EMPLOYER, roles: ['employer'] },
    { _id: OTHER_EMPLOYER, roles: ['employer'] },
  ])
  t.runtime.store.insertMany(COLLECTIONS.employers, [
    {
      _id: 'emp-a',
      id: 'emp-a',
      name: '柳州金色摇篮家政服务有限公司',
      uscc: '91450200MA5K000001',
      contact: '李经理',
      phone: '0772-0000101',
      county: '城中区',
      status: 'verified',
      blacklisted: false,
      ownerOpenid: EMPLOYER,
    },
    {
      _id: 'emp-b',
      id: 'emp-b',
      name: '柳州安康养老服务中心',
      uscc: '91450200MA5K000002',
      contact: '王主任',
      phone: '0772-0000102',
      county: '鱼峰区',
      status: 'verified',
      blacklisted: false,
      ownerOpenid: OTHER_EMPLOYER,
    },
  ])
  const opening = (id: string, employerId: string, title: string, status = 'open') => ({
    _id: id,
    id,
    employerId,
    employerName: employerId === 'emp-a' ? '柳州金色摇篮家政服务有限公司' : '柳州安康养老服务中心',
    brand: 'jiazheng',
    occupation: '母婴护理员',
    title,
    headcount: 5,
    payMin: 5000,
    payMax: 8000,
    county: '城中区',
    place: '城中区',
    benefits: { socialInsurance: true, board: true, lodging: false },
    description: '照护新生儿和产妇，公司提供岗前培训。',
    expiresAt: isoBeijing(Date.now() + 60 * 24 * HOUR),
    postedAt: isoBeijing(Date.now() - 24 * HOUR),
    status,
    hired: 0,
  })
  t.runtime.store.insertMany(COLLECTIONS.openings, [
    opening('op-a1', 'emp-a', '母婴护理员（月嫂）'),
    opening('op-a2', 'emp-a', '育婴员'),
    opening('op-a3', 'emp-a', '家务服务员', 'closed'),
    opening('op-b1', 'emp-b', '养老护理员'),
  ])
}

/** An offline 八桂家政 fair starting `startInHours` from now, three hours long. */
export function eventDraft(startInHours = 72, overrides: Partial<EventDraft> = {}): EventDraft {
  const start = Date.now() + startInHours * HOUR
  return {
    title: '八桂家政专场招聘会',
    brand: 'jiazheng',
    mode: 'offline',
    venue: {
      name: '柳州市人力资源市场',
      address: '城中区文昌路1号',
      county: '城中区',
      point: { latitude: 24.3125, longitude: 109.4156 },
    },
    organiser: '柳州市人力资源和社会保障局',
    startAt: isoBeijing(start),
    endAt: isoBeijing(start + 3 * HOUR),
    description: '母婴护理、养老护理岗位现场招聘，请带身份证。',
    ...overrides,
  }
}

/** Creates and publishes an event as staff; returns its id. */
export async function publishedEvent(
  t: TestRuntime,
  startInHours = 72,
  overrides: Partial<EventDraft> = {},
): Promise<string> {
  const saved = ok(await t.api(STAFF, 'staff/event/save', eventDraft(startInHours, overrides)))
  ok(await t.api(STAFF, 'staff/event/publish', { id: saved.id }))
  return saved.id
}

/** Workers `ev-worker-<n>` with complete profiles (through `profile/save`). */
export async function workers(t: TestRuntime, count: number, from = 0): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `ev-worker-${from + i}`)
  for (const [i, openid] of ids.entries())
    ok(await t.api(openid, 'profile/save', profileInput(from + i)))
  return ids
}

/** Documents of a collection matching `where`, read through the real SDK. */
export async function docsWhere<T = Record<string, unknown>>(
  t: TestRuntime,
  collection: string,
  where: Record<string, unknown>,
): Promise<T[]> {
  return t.runtime.run(() =>
    findMany<T>(t.runtime.cloud.database().collection(collection).where(where).limit(1000)),
  )
}
