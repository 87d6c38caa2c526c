import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { BrandId, CountyName } from '../../types/catalog'
import type { EventDetail, EventListItem, EventMode, MyEvent } from '../../types/events'
import { beijingMonth } from '../domain/time'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'
import { taroStorage } from './storage'
import { appendPage } from './paging'

/** The calendar's filters; absent means 全部. */
export interface EventFilters {
  brand?: BrandId
  county?: CountyName
  mode?: EventMode
}

/** A month of events holds at most this many per page (the route's page-size limit). */
const MONTH_PAGE_SIZE = 50
/** How many events the home page shows. */
export const UPCOMING_COUNT = 3
/** Event pages kept for offline use (at the venue the signal is often weak). */
const DETAILS_KEPT = 10

export interface EventsState {
  /** The calendar month shown, YYYY-MM (Beijing). */
  month: string
  filters: EventFilters
  items: EventListItem[]
  /** Days of the month that have events under the current filters. */
  days: number[]
  total: number
  status: LoadStatus
  error: string | null
  /** Loads the shown month with the filters; a later call wins over an earlier one. */
  loadMonth: () => Promise<void>
  loadMoreOfMonth: () => Promise<void>
  setMonth: (month: string) => Promise<void>
  setFilters: (filters: EventFilters) => Promise<void>

  /** The next events for the home page. */
  upcoming: EventListItem[]
  upcomingStatus: LoadStatus
  upcomingError: string | null
  loadUpcoming: () => Promise<void>

  /** Event pages by id, the last few kept for offline use. */
  details: Record<string, EventDetail>
  detailStatus: Record<string, LoadStatus>
  detailError: Record<string, string | null>
  loadDetail: (id: string) => Promise<void>
  /** Signs the caller up; throws ApiError (PROFILE_INCOMPLETE and others) for the page to show. */
  signup: (id: string) => Promise<void>
  /** Cancels the caller's sign-up; throws ApiError. */
  cancel: (id: string) => Promise<void>
  /** Checks the caller in with a scanned code; returns when they were checked in. */
  checkin: (id: string, code: string) => Promise<string>

  /** 我的活动. */
  mine: MyEvent[]
  mineStatus: LoadStatus
  mineError: string | null
  loadMine: () => Promise<void>

  /** When the kept lists last came from the back end (epoch ms). */
  savedAt: number | null
}

let monthRequest = 0

function keepLatest(
  details: Record<string, EventDetail>,
  detail: EventDetail,
): Record<string, EventDetail> {
  const others = Object.values(details).filter((d) => d.id !== detail.id)
  const kept = [...others.slice(-(DETAILS_KEPT - 1)), detail]
  return Object.fromEntries(kept.map((d) => [d.id, d]))
}

/** Recruitment events for workers: the calendar, the home page's next events, event pages, 我的活动. */
export const useEventsStore = create<EventsState>()(
  persist(
    (set, get) => {
      const patchDetail = (id: string, patch: Partial<EventDetail>) => {
        const current = get().details[id]
        if (current) set({ details: { ...get().details, [id]: { ...current, ...patch } } })
      }
      const monthInput = () => {
        const { month, filters } = get()
        return { month, ...filters, pageSize: MONTH_PAGE_SIZE }
      }
      return {
        month: beijingMonth(),
        filters: {},
        items: [],
        days: [],
        total: 0,
        status: 'idle',
        error: null,
        async loadMonth() {
          const request = ++monthRequest
          set({ status: 'loading', error: null })
          try {
            const page = await callApi('events/list', monthInput(), { retry: true })
            if (request !== monthRequest) return
            set({ items: page.items, days: page.days ?? [], total: page.total, status: 'ready' })
          } catch (err) {
            if (request !== monthRequest) return
            set({ status: 'error', error: (err as Error).message })
          }
        },
        async loadMoreOfMonth() {
          const { items, total, status } = get()
          if (status === 'loading' || items.length >= total) return
          const request = ++monthRequest
          set({ status: 'loading', error: null })
          try {
            const page = await callApi(
              'events/list',
              { ...monthInput(), page: Math.floor(items.length / MONTH_PAGE_SIZE) + 1 },
              { retry: true },
            )
            if (request !== monthRequest) return
            set({
              items: appendPage(items, page.items),
              total: page.total,
              status: 'ready',
            })
          } catch (err) {
            if (request !== monthRequest) return
            set({ status: 'error', error: (err as Error).message })
          }
        },
        async setMonth(month) {
          set({ month, items: [], days: [], total: 0 })
          await get().loadMonth()
        },
        async setFilters(filters) {
          set({ filters, items: [], days: [], total: 0 })
          await get().loadMonth()
        },

        upcoming: [],
        upcomingStatus: 'idle',
        upcomingError: null,
        async loadUpcoming() {
          if (get().upcomingStatus === 'loading') return
          set({ upcomingStatus: 'loading', upcomingError: null })
          try {
            const page = await callApi('events/list', { pageSize: UPCOMING_COUNT }, { retry: true })
            set({ upcoming: page.items, upcomingStatus: 'ready', savedAt: Date.now() })
          } catch (err) {
            set({ upcomingStatus: 'error', upcomingError: (err as Error).message })
          }
        },

        details: {},
        detailStatus: {},
        detailError: {},
        async loadDetail(id) {
          set({
            detailStatus: { ...get().detailStatus, [id]: 'loading' },
            detailError: { ...get().detailError, [id]: null },
          })
          try {
            const detail = await callApi('events/get', { id }, { retry: true })
            set({
              details: keepLatest(get().details, detail),
              detailStatus: { ...get().detailStatus, [id]: 'ready' },
            })
          } catch (err) {
            set({
              detailStatus: { ...get().detailStatus, [id]: 'error' },
              detailError: { ...get().detailError, [id]: (err as Error).message },
            })
          }
        },
        async signup(id) {
          // No retry: the route is idempotent, but a write is never repeated behind the person's back.
          const result = await callApi('events/signup', { eventId: id })
          patchDetail(id, { signedUp: true, signupCount: result.signupCount })
          void get().loadMine()
        },
        async cancel(id) {
          const result = await callApi('events/cancel', { eventId: id })
          patchDetail(id, { signedUp: false, signupCount: result.signupCount })
          set({ mine: get().mine.filter((m) => m.event.id !== id) })
        },
        async checkin(id, code) {
          const result = await callApi('events/checkin', { eventId: id, code })
          patchDetail(id, { checkedIn: true })
          set({
            mine: get().mine.map((m) =>
              m.event.id === id ? { ...m, checkedInAt: result.checkedInAt } : m,
            ),
          })
          return result.checkedInAt
        },

        mine: [],
        mineStatus: 'idle',
        mineError: null,
        async loadMine() {
          set({ mineStatus: 'loading', mineError: null })
          try {
            const mine = await callApi('events/mine', {}, { retry: true })
            set({ mine, mineStatus: 'ready', savedAt: Date.now() })
          } catch (err) {
            set({ mineStatus: 'error', mineError: (err as Error).message })
          }
        },

        savedAt: null,
      }
    },
    {
      name: 'events',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({
        upcoming: s.upcoming,
        mine: s.mine,
        details: s.details,
        savedAt: s.savedAt,
      }),
    },
  ),
)
