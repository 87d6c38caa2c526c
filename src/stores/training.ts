import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { BrandId, CountyName, CourseMode } from '../../types/catalog'
import type {
  BrandPage,
  CourseDetail,
  CourseListItem,
  CourseQuery,
  EnrollResult,
  MyEnrollments,
  TrainingListGroup,
} from '../../types/training'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'
import { taroStorage } from './storage'
import { appendPage } from './paging'

/** What the filter bar and search box of the 培训 tab set. */
export interface CourseFilters {
  brand?: BrandId
  occupation?: string
  county?: CountyName
  mode?: CourseMode
  hasSeats?: boolean
  q?: string
}

/** The loaded pages of the course list for one set of filters. */
export interface CourseList {
  items: CourseListItem[]
  total: number
  /** The last page loaded (1-based). */
  page: number
  /** When the first page came from the back end (epoch ms). */
  savedAt: number
}

/** Where a list or page load stands; `error` is the Chinese message of the last failure. */
export interface Loadable {
  status: LoadStatus
  error: string | null
}

export const PAGE_SIZE = 20
/** How many filter sets, course pages and brand pages are kept on the phone for offline use. */
const KEEP_LISTS = 8
const KEEP_ITEMS = 60
const KEEP_DETAILS = 20

const IDLE: Loadable = { status: 'idle', error: null }

/** A stable key for a set of filters (empty values dropped, keys sorted). */
export function filtersKey(f: CourseFilters): string {
  const clean: Record<string, unknown> = {}
  for (const key of Object.keys(f).sort() as (keyof CourseFilters)[]) {
    const value = key === 'q' ? f.q?.trim() : f[key]
    if (value !== undefined && value !== '' && value !== false) clean[key] = value
  }
  return JSON.stringify(clean)
}

function toQuery(f: CourseFilters, page: number): CourseQuery {
  const q: CourseQuery = { page, pageSize: PAGE_SIZE }
  if (f.brand) q.brand = f.brand
  if (f.occupation) q.occupation = f.occupation
  if (f.county) q.county = f.county
  if (f.mode) q.mode = f.mode
  if (f.hasSeats) q.hasSeats = true
  const keyword = f.q?.trim()
  if (keyword) q.q = keyword
  return q
}

/** Keeps the newest `max` entries of a record whose values carry `savedAt`. */
function keepNewest<T extends { savedAt: number }>(
  record: Record<string, T>,
  max: number,
): Record<string, T> {
  const entries = Object.entries(record).sort((a, b) => b[1].savedAt - a[1].savedAt)
  return Object.fromEntries(entries.slice(0, max))
}

type Saved<T> = { data: T; savedAt: number }

export interface CourseState {
  filters: CourseFilters
  /** Loaded lists by `filtersKey`; the current one is `lists[filtersKey(filters)]`. */
  lists: Record<string, CourseList>
  /** The first page for the current filters. */
  listLoad: Loadable
  /** The next page (load more); a failure here keeps what is shown. */
  moreLoad: Loadable
  courses: Record<string, Saved<CourseDetail>>
  courseLoad: Record<string, Loadable>
  brandPages: Partial<Record<BrandId, Saved<BrandPage>>>
  brandLoad: Partial<Record<BrandId, Loadable>>
  trainingList: Saved<TrainingListGroup[]> | null
  trainingListLoad: Loadable
  /** Replaces the filters and loads the first page for them. */
  setFilters: (filters: CourseFilters) => Promise<void>
  /** Loads the first page for the current filters again (pull-to-refresh, 重试). */
  refreshCourses: () => Promise<void>
  /** Loads the next page for the current filters; one call per page. */
  loadMoreCourses: () => Promise<void>
  loadCourse: (id: string) => Promise<void>
  loadBrand: (id: BrandId) => Promise<void>
  loadTrainingList: () => Promise<void>
}

// Bumped on every first-page load: an answer for filters the person has since changed is dropped.
let listRequest = 0

/**
 * The course catalogue (培训): the filtered course list, course details, brand pages and the
 * training list. What was loaded last is kept on the phone, so it still shows without a network.
 */
export const useCourseStore = create<CourseState>()(
  persist(
    (set, get) => {
      async function loadFirstPage(): Promise<void> {
        const request = ++listRequest
        const filters = get().filters
        const key = filtersKey(filters)
        set({ listLoad: { status: 'loading', error: null }, moreLoad: IDLE })
        try {
          const page = await callApi('catalog/courses', toQuery(filters, 1), { retry: true })
          if (request !== listRequest) return
          const list: CourseList = { ...page, savedAt: Date.now() }
          set((s) => ({
            lists: keepNewest({ ...s.lists, [key]: list }, KEEP_LISTS),
            listLoad: { status: 'ready', error: null },
          }))
        } catch (err) {
          if (request !== listRequest) return
          set({ listLoad: { status: 'error', error: (err as Error).message } })
        }
      }

      return {
        filters: {},
        lists: {},
        listLoad: IDLE,
        moreLoad: IDLE,
        courses: {},
        courseLoad: {},
        brandPages: {},
        brandLoad: {},
        trainingList: null,
        trainingListLoad: IDLE,

        async setFilters(filters) {
          set({ filters })
          await loadFirstPage()
        },

        refreshCourses: loadFirstPage,

        async loadMoreCourses() {
          const { filters, lists, listLoad, moreLoad } = get()
          const key = filtersKey(filters)
          const list = lists[key]
          const busy = listLoad.status === 'loading' || moreLoad.status === 'loading'
          if (!list || busy || list.items.length >= list.total) return
          const request = listRequest
          set({ moreLoad: { status: 'loading', error: null } })
          try {
            const next = await callApi('catalog/courses', toQuery(filters, list.page + 1), {
              retry: true,
            })
            if (request !== listRequest) return
            set((s) => {
              const current = s.lists[key] ?? list
              const merged: CourseList = {
                items: appendPage(current.items, next.items),
                total: next.total,
                page: next.page,
                savedAt: current.savedAt,
              }
              return {
                lists: { ...s.lists, [key]: merged },
                moreLoad: { status: 'ready', error: null },
              }
            })
          } catch (err) {
            if (request !== listRequest) return
            set({ moreLoad: { status: 'error', error: (err as Error).message } })
          }
        },

        async loadCourse(id) {
          set((s) => ({
            courseLoad: { ...s.courseLoad, [id]: { status: 'loading', error: null } },
          }))
          try {
            const course = await callApi('catalog/course', { id }, { retry: true })
            set((s) => ({
              courses: keepNewest(
                { ...s.courses, [id]: { data: course, savedAt: Date.now() } },
                KEEP_DETAILS,
              ),
              courseLoad: { ...s.courseLoad, [id]: { status: 'ready', error: null } },
            }))
          } catch (err) {
            const error = (err as Error).message
            set((s) => ({ courseLoad: { ...s.courseLoad, [id]: { status: 'error', error } } }))
          }
        },

        async loadBrand(id) {
          set((s) => ({ brandLoad: { ...s.brandLoad, [id]: { status: 'loading', error: null } } }))
          try {
            const page = await callApi('catalog/brand', { id }, { retry: true })
            set((s) => ({
              brandPages: { ...s.brandPages, [id]: { data: page, savedAt: Date.now() } },
              brandLoad: { ...s.brandLoad, [id]: { status: 'ready', error: null } },
            }))
          } catch (err) {
            const error = (err as Error).message
            set((s) => ({ brandLoad: { ...s.brandLoad, [id]: { status: 'error', error } } }))
          }
        },

        async loadTrainingList() {
          set({ trainingListLoad: { status: 'loading', error: null } })
          try {
            const groups = await callApi('catalog/occupations', {}, { retry: true })
            set({
              trainingList: { data: groups, savedAt: Date.now() },
              trainingListLoad: { status: 'ready', error: null },
            })
          } catch (err) {
            set({ trainingListLoad: { status: 'error', error: (err as Error).message } })
          }
        },
      }
    },
    {
      name: 'courses',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({
        filters: s.filters,
        lists: Object.fromEntries(
          Object.entries(s.lists).map(([k, l]) => [
            k,
            {
              ...l,
              items: l.items.slice(0, KEEP_ITEMS),
              page: Math.min(l.page, KEEP_ITEMS / PAGE_SIZE),
            },
          ]),
        ),
        courses: s.courses,
        brandPages: s.brandPages,
        trainingList: s.trainingList,
      }),
    },
  ),
)

/** The loaded list for the current filters, if any. */
export const selectCurrentList = (s: CourseState): CourseList | undefined =>
  s.lists[filtersKey(s.filters)]

export interface EnrollmentState {
  mine: MyEnrollments | null
  mineLoad: Loadable
  /** Course ids with a sign-up call in flight: further taps wait for it. */
  signingUp: Record<string, boolean>
  /** The answer of the last sign-up per course, so the course page can say it after any path. */
  lastSignUp: Record<string, EnrollResult>
  /** Enrolment ids with a cancel call in flight. */
  cancelling: Record<string, boolean>
  loadMine: () => Promise<void>
  /**
   * Signs up for a course (the back end answers a repeat with the same enrolment) and reloads
   * 我的报名. Throws ApiError (e.g. PROFILE_INCOMPLETE) for the page to act on.
   */
  enroll: (courseId: string) => Promise<EnrollResult>
  /** Cancels one's own enrolment and reloads 我的报名. Throws ApiError. */
  cancel: (enrollmentId: string) => Promise<EnrollResult>
  /** Forgets the signed-in person's enrolments (after switching user). */
  reset: () => void
}

/** 我的报名: the signed-in worker's enrolments, sign-up and cancellation. */
export const useEnrollmentStore = create<EnrollmentState>()((set, get) => {
  const inFlight = new Map<string, Promise<EnrollResult>>()
  return {
    mine: null,
    mineLoad: IDLE,
    signingUp: {},
    lastSignUp: {},
    cancelling: {},

    async loadMine() {
      set({ mineLoad: { status: 'loading', error: null } })
      try {
        const mine = await callApi('enroll/mine', {}, { retry: true })
        set({ mine, mineLoad: { status: 'ready', error: null } })
      } catch (err) {
        set({ mineLoad: { status: 'error', error: (err as Error).message } })
      }
    },

    enroll(courseId) {
      // A second tap while the first call is on its way gets the same answer, not a second call.
      const running = inFlight.get(`enroll:${courseId}`)
      if (running) return running
      const call = (async () => {
        set((s) => ({ signingUp: { ...s.signingUp, [courseId]: true } }))
        try {
          // Safe to retry: the back end keys the enrolment by course and person.
          const result = await callApi('enroll/create', { courseId }, { retry: true })
          set((s) => ({ lastSignUp: { ...s.lastSignUp, [courseId]: result } }))
          await get().loadMine()
          return result
        } finally {
          inFlight.delete(`enroll:${courseId}`)
          set((s) => ({ signingUp: { ...s.signingUp, [courseId]: false } }))
        }
      })()
      inFlight.set(`enroll:${courseId}`, call)
      return call
    },

    cancel(enrollmentId) {
      const running = inFlight.get(`cancel:${enrollmentId}`)
      if (running) return running
      const call = (async () => {
        set((s) => ({ cancelling: { ...s.cancelling, [enrollmentId]: true } }))
        try {
          // Safe to retry: cancelling a cancelled enrolment answers it unchanged.
          const result = await callApi('enroll/cancel', { enrollmentId }, { retry: true })
          set((s) => {
            const { [result.courseId]: _cancelled, ...rest } = s.lastSignUp
            return { lastSignUp: rest }
          })
          await get().loadMine()
          return result
        } finally {
          inFlight.delete(`cancel:${enrollmentId}`)
          set((s) => ({ cancelling: { ...s.cancelling, [enrollmentId]: false } }))
        }
      })()
      inFlight.set(`cancel:${enrollmentId}`, call)
      return call
    },

    reset: () => set({ mine: null, mineLoad: IDLE, signingUp: {}, lastSignUp: {}, cancelling: {} }),
  }
})
