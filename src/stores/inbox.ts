import { create } from 'zustand'
import type { InboxMessage } from '../../types/jobs'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'

export const INBOX_PAGE_SIZE = 20

export interface InboxState {
  messages: InboxMessage[]
  /** Unread messages in the whole inbox (for the 消息 badge in 我的). */
  unread: number
  total: number
  page: number
  status: LoadStatus
  error: string | null
  /** The first page (and the unread count). */
  load: () => Promise<void>
  loadMore: () => Promise<void>
  /** Only the unread count, for a badge. Quiet on failure. */
  loadUnread: () => Promise<void>
  /** Marks messages read (on opening them); shown read at once, the count follows the server. */
  markRead: (ids: string[]) => Promise<void>
}

/** The worker's in-app inbox (消息): recommendations, interview invitations, results. */
export const useInboxStore = create<InboxState>()((set, get) => {
  let request = 0

  async function loadPage(page: number) {
    const id = ++request
    set({ status: 'loading', error: null })
    try {
      const res = await callApi('inbox/list', { page, pageSize: INBOX_PAGE_SIZE }, { retry: true })
      if (id !== request) return
      set((s) => ({
        messages: page === 1 ? res.items : [...s.messages, ...res.items],
        unread: res.unread,
        total: res.total,
        page,
        status: 'ready',
      }))
    } catch (err) {
      if (id !== request) return
      set({ status: 'error', error: (err as Error).message })
    }
  }

  return {
    messages: [],
    unread: 0,
    total: 0,
    page: 0,
    status: 'idle',
    error: null,
    load: () => loadPage(1),
    async loadMore() {
      const { status, page, messages, total } = get()
      if (status === 'loading' || (page > 0 && messages.length >= total)) return
      await loadPage(page + 1)
    },
    async loadUnread() {
      try {
        const res = await callApi('inbox/list', { page: 1, pageSize: 1 }, { retry: true })
        set({ unread: res.unread })
      } catch {
        // A badge that cannot load shows the last count.
      }
    },
    async markRead(ids) {
      const fresh = ids.filter((id) => get().messages.some((m) => m.id === id && !m.read))
      if (!fresh.length) return
      set((s) => ({
        messages: s.messages.map((m) => (fresh.includes(m.id) ? { ...m, read: true } : m)),
        unread: Math.max(0, s.unread - fresh.length),
      }))
      try {
        const res = await callApi('inbox/read', { ids: fresh }, { retry: true })
        set({ unread: res.unread })
      } catch {
        // Marking read is harmless to repeat; the next load shows what the server holds.
      }
    },
  }
})
