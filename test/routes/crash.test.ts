import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ApiResult, RouteInput, RouteName } from '../../types/api'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { secretsFileOf } from '../../local/secrets'
import { injectFault } from '../../local/faults'
import { reconcileAtStart } from '../../local/reconcile'
import { counterDrift } from '../helpers/invariants'
import type { TestRuntime } from '../helpers/runtime'
import { enrollmentId } from '../../cloudfunctions/api/src/routes/training/store'
import { EMPLOYER, HOUR, STAFF as EVENT_STAFF, eventDraft, seedEventsBase } from './events-fixtures'
import {
  PROVIDER_A,
  courseInput,
  heldSessions,
  markPresent,
  ok,
  profileInput,
  seedTraining,
} from './training-fixtures'

/**
 * Each multi-write operation stopped at every write point: the instance "crashes" after write N
 * (local/faults.ts), a new runtime opens the same SQLite file and reconciles as at start, and then
 * every counter equals its records and every write acknowledged before is still there. The worker
 * then retries, and ends where a run without a crash ends.
 */
let dir: string
let template: string
const world: Record<string, string> = {}

type Call = { openid: string; route: RouteName; input: unknown }
const api = (runtime: LocalRuntime, c: Call) =>
  runtime.call('api', { route: c.route, input: c.input }, c.openid) as Promise<ApiResult<unknown>>
const call = <K extends RouteName>(openid: string, route: K, input: RouteInput<K>): Call => ({
  openid,
  route,
  input,
})

async function buildWorld(file: string) {
  const runtime = await createRuntime({ file })
  // The route fixtures' runtime, here over a file so each trial can start from a copy of it.
  const t: TestRuntime = {
    runtime,
    api: (openid, route, input) =>
      runtime.call('api', { route, input: input ?? {} }, openid) as never,
    raw: (openid, event) => runtime.call('api', event, openid),
    close: () => runtime.close(),
  }
  seedTraining(t)
  seedEventsBase(t)
  const w = (n: number) => `crash-w${n}`
  for (let n = 1; n <= 8; n++) ok(await t.api(w(n), 'profile/save', profileInput(n)))
  const full = ok<{ id: string }>(
    await t.api(
      PROVIDER_A,
      'provider/course/save',
      courseInput({ capacity: 2, waitlistCapacity: 5 }),
    ),
  ).id
  const open = ok<{ id: string }>(
    await t.api(PROVIDER_A, 'provider/course/save', courseInput({ capacity: 5 })),
  ).id
  const started = ok<{ id: string }>(
    await t.api(PROVIDER_A, 'provider/course/save', courseInput({ capacity: 5 })),
  ).id
  for (const n of [1, 2, 3, 4]) ok(await t.api(w(n), 'enroll/create', { courseId: full }))
  ok(await t.api(w(1), 'enroll/create', { courseId: open }))
  ok(await t.api(w(6), 'enroll/create', { courseId: started }))
  const startedCourse = runtime.store.get(COLLECTIONS.courses, started)!
  runtime.store.apply([
    {
      collection: COLLECTIONS.courses,
      id: started,
      doc: { ...startedCourse, startAt: heldSessions()[0].startAt, sessions: heldSessions() },
    },
  ])
  // Present on both days: 结业 needs the course held and 80% attendance.
  await markPresent(
    t,
    [enrollmentId(started, w(6))],
    heldSessions().map((d) => d.startAt.slice(0, 10)),
  )
  const saveEvent = async (draft: ReturnType<typeof eventDraft>) => {
    const id = ok<{ id: string }>(await t.api(EVENT_STAFF, 'staff/event/save', draft)).id
    ok(await t.api(EVENT_STAFF, 'staff/event/publish', { id }))
    return id
  }
  const future = await saveEvent(eventDraft(72))
  const live = await saveEvent(eventDraft(72, { title: '八桂家政现场招聘会' }))
  for (const n of [1, 2]) ok(await t.api(w(n), 'events/signup', { eventId: future }))
  for (const n of [1, 2]) ok(await t.api(w(n), 'events/signup', { eventId: live }))
  const liveEvent = runtime.store.get(COLLECTIONS.events, live)!
  runtime.store.apply([
    {
      collection: COLLECTIONS.events,
      id: live,
      doc: {
        ...liveEvent,
        startAt: isoBeijing(Date.now() - HOUR),
        endAt: isoBeijing(Date.now() + 2 * HOUR),
      },
    },
  ])
  const application = ok<{ id: string }>(
    await t.api(w(5), 'match/apply', { openingId: 'op-a1' }),
  ).id
  const code = ok<{ code: string }>(
    await t.api(EVENT_STAFF, 'events/checkinCode', { eventId: live }),
  ).code
  Object.assign(world, { full, open, started, future, live, application, code })
  expect(counterDrift(runtime)).toEqual([])
  runtime.close()
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'liuzhou-crash-'))
  template = join(dir, 'template.sqlite')
  await buildWorld(template)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let trial = 0
/** A copy of the world on disk, opened in a new runtime. */
async function freshCopy(): Promise<{ file: string; runtime: LocalRuntime }> {
  trial += 1
  const file = join(dir, `trial-${trial}.sqlite`)
  copyFileSync(template, file)
  // A store's secrets live beside it: the copy keeps them, or its ID numbers and codes are foreign.
  copyFileSync(secretsFileOf(template), secretsFileOf(file))
  return { file, runtime: await createRuntime({ file }) }
}

type Snapshot = Map<string, Record<string, unknown>>
const snapshot = (runtime: LocalRuntime): Snapshot => {
  const docs: Snapshot = new Map()
  for (const c of runtime.store.collectionNames())
    for (const d of runtime.store.all(c)) docs.set(`${c}/${String(d._id)}`, d)
  return docs
}

/** The state an operation's subject ends in: its record, in the fields a worker would notice. */
function subjectOf(runtime: LocalRuntime, collection: string, id: string) {
  const doc = runtime.store.get(collection, id)
  if (!doc) return null
  const { status, waitlistPosition, checkedInAt, certificate } = doc as Record<string, unknown>
  // Where the worker stands in the queue (what 我的报名 counts as ahead of them). The number on the
  // ticket may skip one after a crash between taking it and confirming, the order never does.
  const ahead = runtime.store
    .all(COLLECTIONS.enrollments)
    .filter(
      (e) =>
        e.courseId === doc.courseId &&
        e.status === 'waitlisted' &&
        Number(e.waitlistPosition) < Number(waitlistPosition),
    ).length
  return {
    status,
    ...(status === 'waitlisted' ? { waitlistAhead: ahead } : {}),
    ...(checkedInAt ? { checkedIn: true } : {}),
    ...(certificate ? { certificate: (certificate as { number: string }).number } : {}),
  }
}

interface Case {
  name: string
  op: () => Call
  /** The records the operation changes, as `collection/id`. */
  subjects: () => string[]
}

const w = (n: number) => `crash-w${n}`
const CASES: Case[] = [
  {
    name: 'enroll/create, a free seat',
    op: () => call(w(7), 'enroll/create', { courseId: world.open }),
    subjects: () => [`${COLLECTIONS.enrollments}/${enrollmentId(world.open, w(7))}`],
  },
  {
    name: 'enroll/create, onto the waitlist',
    op: () => call(w(7), 'enroll/create', { courseId: world.full }),
    subjects: () => [`${COLLECTIONS.enrollments}/${enrollmentId(world.full, w(7))}`],
  },
  {
    name: 'enroll/cancel of a seat, promoting the first on the waitlist',
    op: () => call(w(1), 'enroll/cancel', { enrollmentId: enrollmentId(world.full, w(1)) }),
    subjects: () => [
      `${COLLECTIONS.enrollments}/${enrollmentId(world.full, w(1))}`,
      `${COLLECTIONS.enrollments}/${enrollmentId(world.full, w(3))}`,
      `${COLLECTIONS.enrollments}/${enrollmentId(world.full, w(4))}`,
    ],
  },
  {
    name: 'enroll/cancel of a waitlist place',
    op: () => call(w(3), 'enroll/cancel', { enrollmentId: enrollmentId(world.full, w(3)) }),
    subjects: () => [`${COLLECTIONS.enrollments}/${enrollmentId(world.full, w(3))}`],
  },
  {
    name: 'events/signup',
    op: () => call(w(3), 'events/signup', { eventId: world.future }),
    subjects: () => [`${COLLECTIONS.eventSignups}/${world.future}:${w(3)}`],
  },
  {
    name: 'events/checkin',
    op: () => call(w(1), 'events/checkin', { eventId: world.live, code: world.code }),
    subjects: () => [`${COLLECTIONS.eventSignups}/${world.live}:${w(1)}`],
  },
  {
    name: 'provider/complete',
    op: () =>
      call(PROVIDER_A, 'provider/complete', {
        enrollmentId: enrollmentId(world.started, w(6)),
        certificate: { type: 'skill_level', level: 5, number: 'CRASH-0001' },
      }),
    subjects: () => [`${COLLECTIONS.enrollments}/${enrollmentId(world.started, w(6))}`],
  },
  {
    name: 'employer/outcome, a hire',
    op: () => call(EMPLOYER, 'employer/outcome', { applicationId: world.application, hired: true }),
    subjects: () => [`${COLLECTIONS.applications}/${world.application}`],
  },
]

const split = (key: string): [string, string] => {
  const i = key.indexOf('/')
  return [key.slice(0, i), key.slice(i + 1)]
}

describe.each(CASES)('$name, crashed after every write', ({ op, subjects }) => {
  let writes = 0
  let clean: Array<ReturnType<typeof subjectOf>>
  let cleanAnswer: ApiResult<unknown>

  beforeAll(async () => {
    const { runtime } = await freshCopy()
    const counting = injectFault(runtime, null)
    cleanAnswer = await api(runtime, op())
    writes = counting.writes
    clean = subjects().map((s) => subjectOf(runtime, ...split(s)))
    runtime.close()
  })

  it('writes more than once when not stopped', () => {
    expect(cleanAnswer.ok).toBe(true)
    expect(writes).toBeGreaterThan(1)
  })

  it('after a crash at each write point and a restart: counters equal records, nothing acknowledged lost, the retry ends as a clean run', async () => {
    for (let n = 0; n < writes; n++) {
      const { file, runtime } = await freshCopy()
      const before = snapshot(runtime)
      injectFault(runtime, { mode: 'crash', afterWrites: n })
      await api(runtime, op()) // dies after write n; whatever it answered, nobody received it
      runtime.close()

      const restarted = await createRuntime({ file })
      try {
        await reconcileAtStart(restarted)
        expect([n, counterDrift(restarted)]).toEqual([n, []])
        // Every document written before the crash is still there (only the subjects may change).
        const after = snapshot(restarted)
        const touched = new Set(subjects())
        for (const [key, doc] of before) {
          if (touched.has(key) || key.startsWith(`${COLLECTIONS.courses}/`)) continue
          if (key.startsWith(`${COLLECTIONS.events}/`) || key.startsWith(`${COLLECTIONS.brands}/`))
            continue
          if (key.startsWith(`${COLLECTIONS.openings}/`)) continue
          expect([n, key, after.get(key)]).toEqual([n, key, doc])
        }
        const retried = await api(restarted, op())
        expect([n, retried.ok]).toEqual([n, true])
        expect([n, subjects().map((s) => subjectOf(restarted, ...split(s)))]).toEqual([n, clean])
        expect([n, counterDrift(restarted)]).toEqual([n, []])
      } finally {
        restarted.close()
      }
    }
  }, 60_000)
})
