import { z } from 'zod'
import type { BrandId, CountyName } from '../../../../../types/catalog'
import type { EventListItem, EventSignup, RecruitmentEvent } from '../../../../../types/events'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { COUNTY_NAMES } from '../../../../../src/domain/counties'
import { isoBeijing, toInstant } from '../../../../../src/domain/time'
import type { Database } from '../../context'
import { findMany, findOne } from '../../db'
import { fail } from '../../errors'

/** An event as stored: `_id` is the event id. */
export type EventDoc = RecruitmentEvent & { _id: string; createdAt?: string; createdBy?: string }
/** A sign-up as stored; `updatedAt` moves with every change of what it counts for. */
export type SignupDoc = EventSignup & { _id: string; updatedAt?: string }

export const BRAND_ENUM = z.enum(['jiazheng', 'jiangong', 'mifen', 'cixiu'] satisfies BrandId[])
export const COUNTY_ENUM = z.enum(COUNTY_NAMES as [CountyName, ...CountyName[]])
export const MODE_ENUM = z.enum(['online', 'offline'])
export const ID = z.string().trim().min(1, '缺少活动编号').max(64, '编号太长')
export const PAGE = z.number().int().min(1).max(1000).optional()
export const PAGE_SIZE = z.number().int().min(1).max(50).optional()
export const DEFAULT_PAGE_SIZE = 20

/** The event page a message links to (the events sub-package). */
export function eventPagePath(eventId: string): string {
  return `/packages/events/detail/index?id=${encodeURIComponent(eventId)}`
}

/** One sign-up per worker per event, enforced by the id. */
export function signupId(eventId: string, openid: string): string {
  return `${eventId}:${openid}`
}

/** The stored document as the contract's model (id from `_id`; stored fields kept). */
export function toEvent(doc: EventDoc): RecruitmentEvent {
  const {
    _id,
    createdAt: _c,
    createdBy: _b,
    countersAt: _k,
    ...rest
  } = doc as EventDoc & {
    countersAt?: string
  }
  return {
    ...rest,
    id: rest.id ?? _id,
    employerIds: rest.employerIds ?? [],
    openingIds: rest.openingIds ?? [],
    signupCount: rest.signupCount ?? 0,
  }
}

/** Ended before `now`. */
export function isPast(event: Pick<RecruitmentEvent, 'endAt'>, now: Date): boolean {
  return toInstant(event.endAt) <= now.getTime()
}

/**
 * The events that count toward the plan's 15 brand events: published, over, and held with at least
 * one employer (an approved booth). A published event that has not happened yet counts nothing.
 */
export function heldEventWhere(_: Database['command'], now: Date): Record<string, unknown> {
  return { status: 'published', endAt: _.lte(isoBeijing(now)), 'employerIds.0': _.exists(true) }
}

/** An event for lists: counts, the past flag, and attendance falling back to check-ins. */
export function toListItem(doc: EventDoc, now: Date): EventListItem {
  const event = toEvent(doc)
  const checkedIn = event.checkedInCount ?? 0
  const attended = event.results?.attended ?? (checkedIn > 0 ? checkedIn : undefined)
  const results =
    event.results || attended !== undefined
      ? { ...event.results, ...(attended !== undefined ? { attended } : {}) }
      : undefined
  return {
    ...event,
    ...(results ? { results } : {}),
    employerCount: event.employerIds.length,
    openingCount: event.openingIds.length,
    past: isPast(event, now),
  }
}

/** The event or NOT_FOUND. */
export async function loadEvent(db: Database, id: string): Promise<EventDoc> {
  const doc = await findOne<EventDoc>(db.collection(COLLECTIONS.events).where({ _id: id }).limit(1))
  if (!doc) fail('NOT_FOUND', '没有找到这场活动，可能已被删除')
  return doc
}

/** A worker's sign-up by its id, or null. */
export async function findSignup(db: Database, id: string): Promise<SignupDoc | null> {
  return findOne<SignupDoc>(db.collection(COLLECTIONS.eventSignups).where({ _id: id }).limit(1))
}

/** Refuses sign-up-like actions on cancelled, unpublished or finished events (EVENT_CLOSED). */
export function requireOpen(event: RecruitmentEvent, now: Date): void {
  if (event.status === 'cancelled') {
    fail(
      'EVENT_CLOSED',
      `这场活动已取消${event.cancelReason ? `（${event.cancelReason}）` : ''}，请看看其他活动`,
    )
  }
  if (event.status !== 'published') fail('EVENT_CLOSED', '这场活动还没有发布，暂时不能报名')
  if (isPast(event, now)) fail('EVENT_CLOSED', '这场活动已经结束了，请看看其他活动')
}

/** Stored times are Beijing ISO strings (`isoBeijing`), so string ranges compare as instants. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  return { from: `${month}-01T00:00:00+08:00`, to: `${next}-01T00:00:00+08:00` }
}

/** A time from the client, stored in the one format range queries rely on. */
export function normaliseTime(value: string): string {
  return isoBeijing(value)
}

// The cloud returns at most 1000 documents per get.
const SIGNUP_PAGE = 500

/**
 * Calls `visit` with each page of an event's current sign-ups, in `_id` order (a cursor, not
 * `skip`, so a page costs the same however far in). Stops early when `visit` returns false.
 */
export async function forEachSignupPage(
  db: Database,
  eventId: string,
  visit: (page: SignupDoc[]) => Promise<boolean | void>,
): Promise<void> {
  const _ = db.command
  let after = ''
  for (;;) {
    const page = await findMany<SignupDoc>(
      db
        .collection(COLLECTIONS.eventSignups)
        .where({ eventId, status: 'signed_up', _id: _.gt(after) })
        .orderBy('_id', 'asc')
        .limit(SIGNUP_PAGE),
    )
    if (!page.length) return
    if ((await visit(page)) === false) return
    if (page.length < SIGNUP_PAGE) return
    after = page[page.length - 1]._id
  }
}
