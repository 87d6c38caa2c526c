import { create } from 'zustand'
import type { Institution, InstitutionPage, NetworkQuery } from '../../types/network'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'

/** The brand network directory: the filtered entries (all of them, for the map) and one entry. */
export interface NetworkState {
  filters: NetworkQuery
  items: Institution[]
  total: number
  status: LoadStatus
  error: string | null
  entry: InstitutionPage | null
  entryStatus: LoadStatus
  entryError: string | null
  setFilters: (filters: NetworkQuery) => Promise<void>
  load: () => Promise<void>
  loadEntry: (id: string) => Promise<void>
}

const message = (err: unknown) => (err as Error).message || '没有加载成功'

export const useNetworkStore = create<NetworkState>((set, get) => ({
  filters: {},
  items: [],
  total: 0,
  status: 'idle',
  error: null,
  entry: null,
  entryStatus: 'idle',
  entryError: null,
  async setFilters(filters) {
    set({ filters })
    await get().load()
  },
  async load() {
    const filters = get().filters
    set({ status: 'loading', error: null })
    try {
      // One page of 100: the map shows every visible entry (the directory is well under that).
      const page = await callApi('network/list', { ...filters, pageSize: 100 })
      if (get().filters !== filters) return
      set({ items: page.items, total: page.total, status: 'ready' })
    } catch (err) {
      set({ status: 'error', error: message(err) })
    }
  },
  async loadEntry(id) {
    set({
      entryStatus: 'loading',
      entryError: null,
      entry: get().entry?.id === id ? get().entry : null,
    })
    try {
      set({ entry: await callApi('network/get', { id }), entryStatus: 'ready' })
    } catch (err) {
      set({ entryStatus: 'error', entryError: message(err) })
    }
  },
}))
