import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './storage'

export interface CareState {
  /** 关怀模式: larger text and buttons, higher contrast, read-aloud on cards. */
  enabled: boolean
  setEnabled: (enabled: boolean) => void
}

/** The care-mode switch of 我的, remembered on the phone. */
export const useCareStore = create<CareState>()(
  persist(
    (set) => ({
      enabled: false,
      setEnabled: (enabled) => set({ enabled }),
    }),
    { name: 'care-mode', version: 1, storage: taroStorage },
  ),
)
