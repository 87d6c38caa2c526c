import { create } from 'zustand'
import type { WhoAmI } from '../../types/session'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'

export interface SessionState {
  whoami: WhoAmI | null
  status: LoadStatus
  error: string | null
  loadWhoami: () => Promise<void>
  /** Forgets who was signed in (after switching the local demo user). */
  reset: () => void
}

/** Who the caller is, as the back end sees them. */
export const useSessionStore = create<SessionState>()((set) => ({
  whoami: null,
  status: 'idle',
  error: null,
  async loadWhoami() {
    set({ status: 'loading', error: null })
    try {
      const whoami = await callApi('session/whoami', {}, { retry: true })
      set({ whoami, status: 'ready' })
    } catch (err) {
      set({ status: 'error', error: (err as Error).message })
    }
  },
  reset: () => set({ whoami: null, status: 'idle', error: null }),
}))
