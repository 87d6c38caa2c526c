import { create } from 'zustand'
import type { Course } from '../../types/catalog'
import type {
  Certificate,
  CourseEnrollees,
  CourseInput,
  CourseListItem,
} from '../../types/training'
import { beijingDate } from '../domain/time'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'

interface Loadable {
  status: LoadStatus
  error: string | null
}

const IDLE: Loadable = { status: 'idle', error: null }

export interface ProviderState {
  courses: CourseListItem[]
  coursesLoad: Loadable
  enrollees: Record<string, CourseEnrollees>
  enrolleesLoad: Record<string, Loadable>
  /** Enrolment ids with a call in flight (attendance or completion): their buttons wait. */
  busy: Record<string, boolean>
  /** Today's mark per enrolment id, as recorded from this phone (present or absent). */
  todayMarks: Record<string, boolean>
  loadCourses: () => Promise<void>
  loadEnrollees: (courseId: string) => Promise<void>
  /** Publishes a new course (no `id`) or saves an own course. Throws ApiError. */
  saveCourse: (input: CourseInput) => Promise<Course>
  /** Marks today's (Beijing) attendance for one enrolee. Throws ApiError. */
  markToday: (courseId: string, enrollmentId: string, present: boolean) => Promise<void>
  /** Completes a trainee with a certificate. Throws ApiError. */
  complete: (
    courseId: string,
    enrollmentId: string,
    certificate: { type: Certificate['type']; level?: Certificate['level']; number: string },
  ) => Promise<Certificate>
}

/** The training provider's side: own courses, enrolees, attendance and completion. */
export const useProviderStore = create<ProviderState>()((set, get) => {
  async function withBusy<T>(enrollmentId: string, run: () => Promise<T>): Promise<T> {
    set((s) => ({ busy: { ...s.busy, [enrollmentId]: true } }))
    try {
      return await run()
    } finally {
      set((s) => ({ busy: { ...s.busy, [enrollmentId]: false } }))
    }
  }

  return {
    courses: [],
    coursesLoad: IDLE,
    enrollees: {},
    enrolleesLoad: {},
    busy: {},
    todayMarks: {},

    async loadCourses() {
      set({ coursesLoad: { status: 'loading', error: null } })
      try {
        const courses = await callApi('provider/courses', {}, { retry: true })
        set({ courses, coursesLoad: { status: 'ready', error: null } })
      } catch (err) {
        set({ coursesLoad: { status: 'error', error: (err as Error).message } })
      }
    },

    async loadEnrollees(courseId) {
      set((s) => ({
        enrolleesLoad: { ...s.enrolleesLoad, [courseId]: { status: 'loading', error: null } },
      }))
      try {
        const data = await callApi('provider/enrollments', { courseId }, { retry: true })
        set((s) => ({
          enrollees: { ...s.enrollees, [courseId]: data },
          enrolleesLoad: { ...s.enrolleesLoad, [courseId]: { status: 'ready', error: null } },
        }))
      } catch (err) {
        const error = (err as Error).message
        set((s) => ({
          enrolleesLoad: { ...s.enrolleesLoad, [courseId]: { status: 'error', error } },
        }))
      }
    },

    async saveCourse(input) {
      // Not retried: a retried first publish could create the course twice.
      const course = await callApi('provider/course/save', input)
      await get().loadCourses()
      return course
    },

    markToday(courseId, enrollmentId, present) {
      return withBusy(enrollmentId, async () => {
        // Keyed by day on the back end: marking the same day again only overwrites it.
        await callApi(
          'provider/attendance',
          { enrollmentId, date: beijingDate(), present },
          { retry: true },
        )
        set((s) => ({ todayMarks: { ...s.todayMarks, [enrollmentId]: present } }))
        await get().loadEnrollees(courseId)
      })
    },

    complete(courseId, enrollmentId, certificate) {
      return withBusy(enrollmentId, async () => {
        // A repeat with the same number answers the same certificate; never counted twice.
        const done = await callApi(
          'provider/complete',
          { enrollmentId, certificate },
          { retry: true },
        )
        await get().loadEnrollees(courseId)
        return done.certificate
      })
    },
  }
})
