import Taro from '@tarojs/taro'
import { createJSONStorage, type StateStorage } from 'zustand/middleware'

/** zustand's storage interface over Taro storage (wx storage on weapp, localStorage on H5). */
export const taroStateStorage: StateStorage = {
  getItem: (name) => {
    const value: unknown = Taro.getStorageSync(name)
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem: (name, value) => Taro.setStorageSync(name, value),
  removeItem: (name) => Taro.removeStorageSync(name),
}

/** What `persist({ storage })` takes: JSON over Taro storage. */
export const taroStorage = createJSONStorage(() => taroStateStorage)
