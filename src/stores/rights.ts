import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { RouteInput } from '../../types/api'
import type { CaseCategory, ReportTarget, RightsCase, WageClaim } from '../../types/rights'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'
import { taroStorage } from './storage'

/** What the worker has typed into the report form so far: kept if the page closes. */
export interface ReportDraft {
  category?: CaseCategory
  text: string
  photos: string[]
  anonymous: boolean
  wage: Partial<Omit<WageClaim, 'amount' | 'people'>> & { amount?: string; people?: string }
}

export const EMPTY_DRAFT: ReportDraft = { text: '', photos: [], anonymous: false, wage: {} }

export interface RightsState {
  mine: RightsCase[]
  mineStatus: LoadStatus
  mineError: string | null
  current: RightsCase | null
  currentStatus: LoadStatus
  currentError: string | null
  draft: ReportDraft
  setDraft: (patch: Partial<ReportDraft>) => void
  loadMine: () => Promise<void>
  loadCase: (caseId: string) => Promise<void>
  /** Sends the report; the draft is cleared once the case exists. */
  report: (input: RouteInput<'rights/report'>) => Promise<{ caseId: string; caseNo: string }>
  rate: (caseId: string, score: number, comment?: string) => Promise<void>
  reopen: (caseId: string, reason: string) => Promise<void>
}

export type { ReportTarget }

/** 维权: the worker's complaints and reports, and the form being filled in. */
export const useRightsStore = create<RightsState>()(
  persist(
    (set) => ({
      mine: [],
      mineStatus: 'idle',
      mineError: null,
      current: null,
      currentStatus: 'idle',
      currentError: null,
      draft: EMPTY_DRAFT,
      setDraft: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
      async loadMine() {
        set({ mineStatus: 'loading', mineError: null })
        try {
          set({ mine: await callApi('rights/mine', {}, { retry: true }), mineStatus: 'ready' })
        } catch (err) {
          set({ mineStatus: 'error', mineError: (err as Error).message })
        }
      },
      async loadCase(caseId) {
        set({ currentStatus: 'loading', currentError: null })
        try {
          const current = await callApi('rights/case', { caseId }, { retry: true })
          set({ current, currentStatus: 'ready' })
        } catch (err) {
          set({ currentStatus: 'error', currentError: (err as Error).message })
        }
      },
      async report(input) {
        const created = await callApi('rights/report', input)
        set({ draft: EMPTY_DRAFT })
        return created
      },
      async rate(caseId, score, comment) {
        const current = await callApi('rights/rate', {
          caseId,
          score,
          ...(comment ? { comment } : {}),
        })
        set({ current })
      },
      async reopen(caseId, reason) {
        set({ current: await callApi('rights/reopen', { caseId, reason }) })
      },
    }),
    {
      name: 'rights',
      storage: taroStorage,
      partialize: (s) => ({ draft: s.draft }),
    },
  ),
)
