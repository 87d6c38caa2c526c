import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { Brand } from '../../types/catalog'
import { callApi } from '../services/call-api'
import type { LoadStatus } from './load-status'
import { taroStorage } from './storage'

export interface CatalogState {
  brands: Brand[]
  status: LoadStatus
  /** Chinese message of the last failed load, null after a success. */
  error: string | null
  /** When `brands` last came from the back end (epoch ms); what is shown offline is this old. */
  savedAt: number | null
  loadBrands: () => Promise<void>
}

/** The public catalogue. The last loaded brands are kept in storage so they show offline. */
export const useCatalogStore = create<CatalogState>()(
  persist(
    (set, get) => ({
      brands: [],
      status: 'idle',
      error: null,
      savedAt: null,
      async loadBrands() {
        if (get().status === 'loading') return
        set({ status: 'loading', error: null })
        try {
          const brands = await callApi('catalog/brands', {}, { retry: true })
          set({ brands, status: 'ready', savedAt: Date.now() })
        } catch (err) {
          set({ status: 'error', error: (err as Error).message })
        }
      },
    }),
    {
      name: 'catalog',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ brands: s.brands, savedAt: s.savedAt }),
    },
  ),
)

/** The brand shown first on the home page (the one with a featured sub-brand). */
export const selectFeatured = (s: CatalogState): Brand | undefined =>
  s.brands.find((b) => b.featured)
