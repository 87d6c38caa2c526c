import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ApiResult } from '../../types/api'
import { COLLECTIONS } from '../../src/domain/collections'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { reconcileAtStart } from '../../local/reconcile'
import { counterDrift } from '../helpers/invariants'
import type { TestRuntime } from '../helpers/runtime'
import { enrollmentId } from '../../cloudfunctions/api/src/routes/training/store'
import { STAFF as EVENT_STAFF, eventDraft, seedEventsBase } from './events-fixtures'
import { PROVIDER_A, courseInput, ok, profileInput, seedTraining } from './training-fixtures'

/**
 * `kill -9` during mixed sign-ups: a child process runs 40 workers signing up for and cancelling
 * two small courses and an event at once, through its HTTP runtime over a durable SQLite store, and is killed mid-stream six
 * times. After each kill a new runtime opens the file and reconciles as at start: no counter is
 * wrong, and every acknowledged sign-up or cancellation is there.
 */
const ROOT = resolve(__dirname, '../..')
const CHILD = join(__dirname, 'fixtures', 'mixed-signups.ts')
const CYCLES = 6
const ACKS_PER_CYCLE = 200

let dir: string
let file: string
let world: { courses: { A: string; B: string }; eventId: string; workers: string[] }

async function buildWorld() {
  const runtime = await createRuntime({ file })
  const t: TestRuntime = {
    runtime,
    api: (openid, route, input) =>
      runtime.call('api', { route, input: input ?? {} }, openid) as never,
    raw: (openid, event) => runtime.call('api', event, openid),
    close: () => runtime.close(),
  }
  seedTraining(t)
  seedEventsBase(t)
  const workers = Array.from({ length: 40 }, (_, i) => `k9-${i}`)
  for (const [i, w] of workers.entries()) ok(await t.api(w, 'profile/save', profileInput(i)))
  const course = async () =>
    ok<{ id: string }>(
      (await t.api(
        PROVIDER_A,
        'provider/course/save',
        courseInput({ capacity: 8, waitlistCapacity: 40 }),
      )) as ApiResult<{ id: string }>,
    ).id
  const courses = { A: await course(), B: await course() }
  const event = ok<{ id: string }>(await t.api(EVENT_STAFF, 'staff/event/save', eventDraft()))
  ok(await t.api(EVENT_STAFF, 'staff/event/publish', { id: event.id }))
  world = { courses, eventId: event.id, workers }
  runtime.close()
}

interface Seen {
  /** Last acknowledged state per `worker key`, and whether a call on it began after that. */
  last: Map<string, { state: string; pending: boolean }>
  acks: number
}

/** Runs the child until it has acknowledged `acks` more calls, then SIGKILLs it. */
function runThenKill(seen: Seen, acks: number): Promise<number> {
  return new Promise((resolveKill, reject) => {
    const child = spawn(
      process.execPath,
      ['--no-experimental-require-module', '--import', 'tsx', CHILD, file, JSON.stringify(world)],
      { cwd: ROOT },
    )
    let mine = 0
    let buffer = ''
    let stderr = ''
    const errors: string[] = []
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.on('data', (chunk) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        const [kind, worker, key, state] = line.split(' ')
        const id = `${worker} ${key}`
        if (kind === 'BEGIN')
          seen.last.set(id, { state: seen.last.get(id)?.state ?? '', pending: true })
        if (kind === 'ACK') {
          seen.last.set(id, { state, pending: false })
          mine += 1
        }
        if (kind === 'ERR') errors.push(line)
      }
      if (mine >= acks && !child.killed) child.kill('SIGKILL')
    })
    child.on('exit', (code, signal) => {
      if (errors.length) reject(new Error(`the child was answered errors: ${errors.slice(0, 5)}`))
      else if (signal === 'SIGKILL') resolveKill(mine)
      else reject(new Error(`child exited with ${code}: ${stderr}`))
    })
  })
}

/** Acknowledged states the records contradict, as `worker key: acked → stored`. */
function lostWrites(runtime: LocalRuntime, seen: Seen): string[] {
  const lost: string[] = []
  for (const [id, { state, pending }] of seen.last) {
    if (pending || !state) continue
    const [worker, key] = id.split(' ')
    const doc =
      key === 'E'
        ? runtime.store.get(COLLECTIONS.eventSignups, `${world.eventId}:${worker}`)
        : runtime.store.get(
            COLLECTIONS.enrollments,
            enrollmentId(world.courses[key as 'A' | 'B'], worker),
          )
    const stored = String(doc?.status ?? 'none')
    // Cancelling what was never signed up for is acknowledged as cancelled and writes nothing.
    const fits =
      state === 'none' || (key === 'E' && state === 'cancelled')
        ? stored === 'none' || stored === 'cancelled'
        : state === 'waitlisted'
          ? stored === 'waitlisted' || stored === 'confirmed' // promoted since
          : stored === state
    if (!fits) lost.push(`${id}: ${state} → ${stored}`)
  }
  return lost
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'liuzhou-kill9-'))
  file = join(dir, 'store.sqlite')
  await buildWorld()
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it(`kill -9 during mixed sign-ups, ${CYCLES} times: no counter wrong, no acknowledged write lost`, async () => {
  const seen: Seen = { last: new Map(), acks: 0 }
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    seen.acks += await runThenKill(seen, ACKS_PER_CYCLE)
    const runtime = await createRuntime({ file })
    try {
      await reconcileAtStart(runtime)
      expect([cycle, counterDrift(runtime)]).toEqual([cycle, []])
      expect([cycle, lostWrites(runtime, seen)]).toEqual([cycle, []])
    } finally {
      runtime.close()
    }
  }
  expect(seen.acks).toBeGreaterThanOrEqual(CYCLES * ACKS_PER_CYCLE)
}, 300_000)
