import { create } from 'zustand'
import type { Brand } from '../../types/catalog'
import type { EventProgress } from '../../types/events'
import type { Employer, MatchCoverage, MatchRunResult } from '../../types/jobs'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'

/** Where a staff action stands: a button shows `running`, then the result or the error. */
export type ActionStatus = 'idle' | 'running' | 'done' | 'error'

/** What 人社局工作台 shows: brand progress, events against 15, recommendation coverage. */
export interface StaffDashboard {
  brands: Brand[]
  events: EventProgress
  coverage: MatchCoverage
  /** Employers waiting for review. */
  pendingEmployers: number
}

/** A staff decision on an employer, as the review page reports it back. */
export interface EmployerDecision {
  employerId: string
  name: string
  approve: boolean
  reason?: string
}

export interface StaffState {
  /** The caller is not staff (a load answered FORBIDDEN): pages say so instead of 重试. */
  forbidden: boolean
  dashboard: StaffDashboard | null
  dashboardStatus: LoadStatus
  dashboardError: string | null
  loadDashboard: () => Promise<void>

  /** The last 立即匹配推送 result. */
  matchRun: MatchRunResult | null
  matchRunStatus: ActionStatus
  matchRunError: string | null
  runMatch: () => Promise<void>

  coverage: MatchCoverage | null
  coverageStatus: LoadStatus
  coverageError: string | null
  loadCoverage: () => Promise<void>

  /** Employers waiting for review (pending only). */
  employers: Employer[]
  employersStatus: LoadStatus
  employersError: string | null
  loadEmployers: () => Promise<void>
  /** The employer being decided on now, so only its buttons show that they are working. */
  deciding: string | null
  decideError: string | null
  lastDecision: EmployerDecision | null
  /** 通过 / 不通过; a refusal needs a reason. Resolves true when the back end accepted it. */
  decide: (employerId: string, approve: boolean, reason?: string) => Promise<boolean>

  reset: () => void
}

const initial = {
  forbidden: false,
  dashboard: null,
  dashboardStatus: 'idle' as LoadStatus,
  dashboardError: null,
  matchRun: null,
  matchRunStatus: 'idle' as ActionStatus,
  matchRunError: null,
  coverage: null,
  coverageStatus: 'idle' as LoadStatus,
  coverageError: null,
  employers: [],
  employersStatus: 'idle' as LoadStatus,
  employersError: null,
  deciding: null,
  decideError: null,
  lastDecision: null,
}

const messageOf = (err: unknown) => (err as Error).message
const isForbidden = (err: unknown) => (err as { code?: string }).code === 'FORBIDDEN'

/** The HR bureau's screens (人社局): dashboard, matching, coverage, employer review. */
export const useStaffStore = create<StaffState>()((set, get) => ({
  ...initial,

  async loadDashboard() {
    set({ dashboardStatus: 'loading', dashboardError: null })
    try {
      const [brands, events, coverage, pending] = await Promise.all([
        callApi('catalog/brands', {}, { retry: true }),
        callApi('staff/events/progress', {}, { retry: true }),
        callApi('staff/match/coverage', {}, { retry: true }),
        callApi('staff/employer/list', { status: 'pending' }, { retry: true }),
      ])
      set({
        dashboard: { brands, events, coverage, pendingEmployers: pending.length },
        coverage,
        coverageStatus: 'ready',
        dashboardStatus: 'ready',
        forbidden: false,
      })
    } catch (err) {
      set({ dashboardStatus: 'error', dashboardError: messageOf(err), forbidden: isForbidden(err) })
    }
  },

  async runMatch() {
    if (get().matchRunStatus === 'running') return
    set({ matchRunStatus: 'running', matchRunError: null })
    try {
      // A write: never retried automatically, the pass itself is safe to run again by hand.
      const result = await callApi('staff/match/run', {})
      set({ matchRun: result, matchRunStatus: 'done' })
    } catch (err) {
      set({ matchRunStatus: 'error', matchRunError: messageOf(err) })
      return
    }
    // Coverage changed: refresh it quietly, keeping the old numbers if that fails.
    try {
      const coverage = await callApi('staff/match/coverage', {}, { retry: true })
      const dashboard = get().dashboard
      set({ coverage, coverageStatus: 'ready', dashboard: dashboard && { ...dashboard, coverage } })
    } catch {
      // The numbers on screen are from before the run; the next visit reloads them.
    }
  },

  async loadCoverage() {
    set({ coverageStatus: 'loading', coverageError: null })
    try {
      const coverage = await callApi('staff/match/coverage', {}, { retry: true })
      set({ coverage, coverageStatus: 'ready', forbidden: false })
    } catch (err) {
      set({ coverageStatus: 'error', coverageError: messageOf(err), forbidden: isForbidden(err) })
    }
  },

  async loadEmployers() {
    set({ employersStatus: 'loading', employersError: null })
    try {
      const employers = await callApi('staff/employer/list', { status: 'pending' }, { retry: true })
      set({ employers, employersStatus: 'ready', forbidden: false })
    } catch (err) {
      set({ employersStatus: 'error', employersError: messageOf(err), forbidden: isForbidden(err) })
    }
  },

  async decide(employerId, approve, reason) {
    if (get().deciding) return false
    set({ deciding: employerId, decideError: null })
    try {
      const employer = await callApi('staff/employer/verify', { employerId, approve, reason })
      set((s) => ({
        deciding: null,
        employers: s.employers.filter((e) => e.id !== employerId),
        lastDecision: { employerId, name: employer.name, approve, reason },
      }))
      return true
    } catch (err) {
      set({ deciding: null, decideError: messageOf(err) })
      return false
    }
  },

  reset: () => set(initial),
}))
