import { create } from 'zustand'
import type {
  Booth,
  EventDraft,
  EventListItem,
  EventProgress,
  RecruitmentEvent,
} from '../../../../types/events'
import { callApi } from '../../../services/call-api'
import type { LoadStatus } from '../../../stores/load-status'
import { appendPage } from '../../../stores/paging'

export type StatusFilter = RecruitmentEvent['status'] | undefined

const PAGE_SIZE = 20

export interface StaffEventsState {
  statusFilter: StatusFilter
  items: EventListItem[]
  total: number
  status: LoadStatus
  error: string | null
  /** Reloads the first page of the list (drafts included) for the status filter. */
  loadList: () => Promise<void>
  loadMore: () => Promise<void>
  setStatusFilter: (filter: StatusFilter) => Promise<void>

  /** This year's published brand events against the target of 15. */
  progress: EventProgress | null
  progressStatus: LoadStatus
  progressError: string | null
  loadProgress: () => Promise<void>

  /** Booth requests waiting for a decision. */
  booths: Booth[]
  boothsStatus: LoadStatus
  boothsError: string | null
  loadBooths: () => Promise<void>
  decideBooth: (boothId: string, approve: boolean, reason?: string) => Promise<void>

  /** The actions below throw ApiError for the page to show. */
  save: (draft: EventDraft) => Promise<RecruitmentEvent>
  publish: (id: string) => Promise<void>
  /** Cancels and tells everyone signed up; resolves to how many were told. */
  cancel: (id: string, reason: string) => Promise<number>
  recordResults: (id: string, results: { attended?: number; offers?: number }) => Promise<void>
}

let listRequest = 0

/** The bureau's events desk: every event incl. drafts, publishing, results, booths, progress. */
export const useStaffEventsStore = create<StaffEventsState>()((set, get) => {
  /** Puts the changed event into the list, keeping the list's counts and past flag. */
  const patch = (event: RecruitmentEvent) =>
    set({
      items: get().items.map((e) =>
        e.id === event.id
          ? {
              ...e,
              ...event,
              employerCount: event.employerIds.length,
              openingCount: event.openingIds.length,
            }
          : e,
      ),
    })

  return {
    statusFilter: undefined,
    items: [],
    total: 0,
    status: 'idle',
    error: null,
    async loadList() {
      const request = ++listRequest
      set({ status: 'loading', error: null })
      try {
        const status = get().statusFilter
        const page = await callApi(
          'staff/events/list',
          { ...(status ? { status } : {}), pageSize: PAGE_SIZE },
          { retry: true },
        )
        if (request !== listRequest) return
        set({ items: page.items, total: page.total, status: 'ready' })
      } catch (err) {
        if (request !== listRequest) return
        set({ status: 'error', error: (err as Error).message })
      }
    },
    async loadMore() {
      const { items, total, status, statusFilter } = get()
      if (status === 'loading' || items.length >= total) return
      const request = ++listRequest
      set({ status: 'loading', error: null })
      try {
        const page = await callApi(
          'staff/events/list',
          {
            ...(statusFilter ? { status: statusFilter } : {}),
            pageSize: PAGE_SIZE,
            page: Math.floor(items.length / PAGE_SIZE) + 1,
          },
          { retry: true },
        )
        if (request !== listRequest) return
        set({
          items: appendPage(items, page.items),
          total: page.total,
          status: 'ready',
        })
      } catch (err) {
        if (request !== listRequest) return
        set({ status: 'error', error: (err as Error).message })
      }
    },
    async setStatusFilter(statusFilter) {
      set({ statusFilter, items: [], total: 0 })
      await get().loadList()
    },

    progress: null,
    progressStatus: 'idle',
    progressError: null,
    async loadProgress() {
      set({ progressStatus: 'loading', progressError: null })
      try {
        const progress = await callApi('staff/events/progress', {}, { retry: true })
        set({ progress, progressStatus: 'ready' })
      } catch (err) {
        set({ progressStatus: 'error', progressError: (err as Error).message })
      }
    },

    booths: [],
    boothsStatus: 'idle',
    boothsError: null,
    async loadBooths() {
      set({ boothsStatus: 'loading', boothsError: null })
      try {
        const booths = await callApi('staff/booths/list', { status: 'pending' }, { retry: true })
        set({ booths, boothsStatus: 'ready' })
      } catch (err) {
        set({ boothsStatus: 'error', boothsError: (err as Error).message })
      }
    },
    async decideBooth(boothId, approve, reason) {
      await callApi('staff/booth/approve', { boothId, approve, ...(reason ? { reason } : {}) })
      set({ booths: get().booths.filter((b) => b.id !== boothId) })
      // An approved booth adds employers and openings to its event.
      if (approve) void get().loadList()
    },

    async save(draft) {
      const event = await callApi('staff/event/save', draft)
      void get().loadList()
      return event
    },
    async publish(id) {
      patch(await callApi('staff/event/publish', { id }))
      void get().loadProgress()
    },
    async cancel(id, reason) {
      const { event, notified } = await callApi('staff/event/cancel', { id, reason })
      patch(event)
      void get().loadProgress()
      return notified
    },
    async recordResults(id, results) {
      patch(await callApi('staff/event/results', { id, ...results }))
    },
  }
})
