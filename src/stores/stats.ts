import { create } from 'zustand'
import type { Figure, StatsFilter } from '../../types/stats'
import { ApiError, callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'

export interface StatsState {
  filter: StatsFilter
  figures: Figure[]
  status: LoadStatus
  error: string | null
  /** The caller is not staff. */
  forbidden: boolean
  setFilter: (filter: StatsFilter) => Promise<void>
  load: () => Promise<void>
  reset: () => void
}

const initial = {
  filter: {},
  figures: [],
  status: 'idle' as LoadStatus,
  error: null,
  forbidden: false,
}

/** 统计报表: the dashboard's figures under the chosen year, county and brand. */
export const useStatsStore = create<StatsState>()((set, get) => ({
  ...initial,
  async setFilter(filter) {
    set({ filter })
    await get().load()
  },
  async load() {
    const filter = get().filter
    set({ status: 'loading', error: null })
    try {
      const { figures } = await callApi('staff/stats', filter, { retry: true })
      // A newer filter may have been chosen while this one loaded: keep only the latest.
      if (get().filter !== filter) return
      set({ figures, status: 'ready' })
    } catch (err) {
      if (get().filter !== filter) return
      const forbidden = err instanceof ApiError && err.code === 'FORBIDDEN'
      set({ status: 'error', error: (err as Error).message, forbidden })
    }
  },
  reset: () => set(initial),
}))
