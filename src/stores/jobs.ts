import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { RouteOutput } from '../../types/api'
import type {
  Application,
  Interview,
  MyRecommendation,
  Opening,
  OpeningQuery,
} from '../../types/jobs'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'
import { taroStorage } from './storage'

/** The filters of the 全部岗位 list (品牌 · 工种 · 区县 · search). */
export type OpeningFilters = Pick<OpeningQuery, 'brand' | 'occupation' | 'county' | 'q'>

type Templates = RouteOutput<'push/templates'>

export const PAGE_SIZE = 20

export interface JobsState {
  recommendations: MyRecommendation[]
  recStatus: LoadStatus
  recError: string | null
  loadRecommendations: () => Promise<void>

  filters: OpeningFilters
  /** The unfiltered first page as last loaded, kept on the phone; savedAt in epoch ms. */
  cachedList: { openings: Opening[]; total: number; savedAt: number } | null
  openings: Opening[]
  total: number
  page: number
  listStatus: LoadStatus
  listError: string | null
  /** Replaces the filters (empty values clear one) and loads the first page. */
  setFilters: (filters: OpeningFilters) => Promise<void>
  /** The first page again (pull-down, 重试). */
  reloadOpenings: () => Promise<void>
  loadMoreOpenings: () => Promise<void>

  /** Openings opened in detail, by id (what was loaded stays visible offline). */
  details: Record<string, Opening>
  detailStatus: LoadStatus
  detailError: string | null
  loadOpening: (id: string) => Promise<void>

  /** Opening ids the worker applied to (from applications and this session's taps). */
  appliedIds: string[]
  /** Opening ids being applied to now, so a second tap does nothing. */
  applying: string[]
  /** Applies (感兴趣); the server makes a repeat harmless. Throws ApiError. */
  apply: (openingId: string) => Promise<Application>
  /** 不合适 with a reason: the recommendation leaves the list. Throws ApiError. */
  dismiss: (openingId: string, reason: string) => Promise<void>

  applications: Application[]
  interviews: Interview[]
  mineStatus: LoadStatus
  mineError: string | null
  /** The worker's applications and interviews. */
  loadMine: () => Promise<void>
  /** Books one of the proposed interview slots. Throws ApiError. */
  confirmInterview: (interviewId: string, slot: string) => Promise<Interview>

  templates: Templates | null
  /** Subscribe-message template ids; fetched ahead, because the ask must happen on the tap itself. */
  loadTemplates: () => Promise<void>
  /**
   * Asks for subscribe messages (weapp only) and records the accepted ones. Call it first thing in
   * a tap handler and do not await it: a refusal or a failure never stops the action.
   */
  askSubscribe: (keys: Array<keyof Templates>) => void
}

function cleanFilters(f: OpeningFilters): OpeningFilters {
  const out: OpeningFilters = {}
  if (f.brand) out.brand = f.brand
  if (f.occupation) out.occupation = f.occupation
  if (f.county) out.county = f.county
  const q = f.q?.trim()
  if (q) out.q = q
  return out
}

/**
 * Jobs for workers: recommendations, the open list with filters, applying, interviews. The first
 * page of the unfiltered list is kept on the phone so the 岗位 tab shows something offline;
 * nothing personal is kept.
 */
export const useJobsStore = create<JobsState>()(
  persist(
    (set, get) => {
      // Only the answer to the latest list request counts (filters may change while one is out).
      let listRequest = 0

      async function loadPage(page: number) {
        const id = ++listRequest
        set({ listStatus: 'loading', listError: null })
        try {
          const res = await callApi(
            'jobs/list',
            { ...get().filters, page, pageSize: PAGE_SIZE },
            { retry: true },
          )
          if (id !== listRequest) return
          if (page === 1 && Object.keys(get().filters).length === 0) {
            set({ cachedList: { openings: res.items, total: res.total, savedAt: Date.now() } })
          }
          set((s) => ({
            openings: page === 1 ? res.items : [...s.openings, ...res.items],
            total: res.total,
            page,
            listStatus: 'ready',
          }))
        } catch (err) {
          if (id !== listRequest) return
          set({ listStatus: 'error', listError: (err as Error).message })
        }
      }

      const markApplied = (openingId: string) =>
        set((s) => ({
          appliedIds: s.appliedIds.includes(openingId)
            ? s.appliedIds
            : [...s.appliedIds, openingId],
          recommendations: s.recommendations.map((r) =>
            r.openingId === openingId ? { ...r, outcome: 'applied' as const } : r,
          ),
        }))

      return {
        recommendations: [],
        recStatus: 'idle',
        recError: null,
        async loadRecommendations() {
          set({ recStatus: 'loading', recError: null })
          try {
            const recommendations = await callApi('match/mine', {}, { retry: true })
            set((s) => ({
              recommendations,
              recStatus: 'ready',
              appliedIds: [
                ...new Set([
                  ...s.appliedIds,
                  ...recommendations.filter((r) => r.outcome === 'applied').map((r) => r.openingId),
                ]),
              ],
            }))
          } catch (err) {
            set({ recStatus: 'error', recError: (err as Error).message })
          }
        },

        filters: {},
        cachedList: null,
        openings: [],
        total: 0,
        page: 0,
        listStatus: 'idle',
        listError: null,
        async setFilters(filters) {
          set({ filters: cleanFilters(filters), openings: [], total: 0, page: 0 })
          await loadPage(1)
        },
        reloadOpenings: () => loadPage(1),
        async loadMoreOpenings() {
          const { page, openings, total, listStatus } = get()
          if (listStatus === 'loading' || (page > 0 && openings.length >= total)) return
          await loadPage(page + 1)
        },

        details: {},
        detailStatus: 'idle',
        detailError: null,
        async loadOpening(id) {
          set({ detailStatus: 'loading', detailError: null })
          try {
            const opening = await callApi('jobs/get', { id }, { retry: true })
            set((s) => ({ details: { ...s.details, [id]: opening }, detailStatus: 'ready' }))
          } catch (err) {
            set({ detailStatus: 'error', detailError: (err as Error).message })
          }
        },

        appliedIds: [],
        applying: [],
        async apply(openingId) {
          if (get().applying.includes(openingId)) throw new Error('正在申请，请稍等')
          set((s) => ({ applying: [...s.applying, openingId] }))
          try {
            // match/apply keeps one application per worker and opening, so a retry cannot apply twice.
            const application = await callApi('match/apply', { openingId }, { retry: true })
            markApplied(openingId)
            set((s) => ({
              applications: [application, ...s.applications.filter((a) => a.id !== application.id)],
            }))
            return application
          } finally {
            set((s) => ({ applying: s.applying.filter((id) => id !== openingId) }))
          }
        },
        async dismiss(openingId, reason) {
          await callApi('match/dismiss', { openingId, reason }, { retry: true })
          set((s) => ({
            recommendations: s.recommendations.filter((r) => r.openingId !== openingId),
          }))
        },

        applications: [],
        interviews: [],
        mineStatus: 'idle',
        mineError: null,
        async loadMine() {
          set({ mineStatus: 'loading', mineError: null })
          try {
            const [applications, interviews] = await Promise.all([
              callApi('match/applications', {}, { retry: true }),
              callApi('match/interviews', {}, { retry: true }),
            ])
            set((s) => ({
              applications,
              interviews,
              mineStatus: 'ready',
              appliedIds: [...new Set([...s.appliedIds, ...applications.map((a) => a.openingId)])],
            }))
          } catch (err) {
            set({ mineStatus: 'error', mineError: (err as Error).message })
          }
        },
        async confirmInterview(interviewId, slot) {
          const interview = await callApi('match/interview/confirm', { interviewId, slot })
          set((s) => ({
            interviews: s.interviews.map((i) => (i.id === interview.id ? interview : i)),
          }))
          return interview
        },

        templates: null,
        async loadTemplates() {
          if (process.env.TARO_ENV !== 'weapp' || get().templates) return
          try {
            set({ templates: await callApi('push/templates', {}, { retry: true }) })
          } catch {
            // Without template ids there is nothing to ask for; the in-app inbox still works.
          }
        },
        askSubscribe(keys) {
          const templates = get().templates
          if (process.env.TARO_ENV !== 'weapp' || !templates) return
          const tmplIds = keys.map((k) => templates[k])
          // entityIds is Alipay's name for the same list; Taro's type asks for it, WeChat ignores it.
          Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })
            .then((res) => {
              const accepted = tmplIds.filter(
                (t) => (res as unknown as Record<string, string>)[t] === 'accept',
              )
              if (accepted.length) return callApi('push/credits', { templates: accepted })
            })
            .catch(() => undefined)
        },
      }
    },
    {
      name: 'jobs-list',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ cachedList: s.cachedList }),
      // The kept page shows until the first load answers.
      merge: (persisted, current) => {
        const cached = (persisted as Pick<JobsState, 'cachedList'> | undefined)?.cachedList
        return cached
          ? {
              ...current,
              cachedList: cached,
              openings: cached.openings,
              total: cached.total,
              page: 1,
            }
          : current
      },
    },
  ),
)
