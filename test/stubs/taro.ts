/**
 * A small stand-in for `@tarojs/taro` in component tests: storage in memory, page hooks that
 * tests can fire, and platform APIs as jest.fn. `request` fails until a test gives it a back end.
 */
import { useEffect, useRef } from 'react'

type PageEvent = 'pullDownRefresh' | 'reachBottom'

const storage = new Map<string, unknown>()
const listeners: Record<PageEvent, Set<() => void>> = {
  pullDownRefresh: new Set(),
  reachBottom: new Set(),
}

export const getStorageSync = jest.fn((key: string): unknown =>
  storage.has(key) ? storage.get(key) : '',
)
export const setStorageSync = jest.fn((key: string, value: unknown) => {
  storage.set(key, value)
})
export const removeStorageSync = jest.fn((key: string) => {
  storage.delete(key)
})

const noNetwork = () => Promise.reject({ errMsg: 'request:fail no back end in this test' })
export const request = jest.fn(noNetwork)
export const cloud = { init: jest.fn(), callFunction: jest.fn(noNetwork) }

export const stopPullDownRefresh = jest.fn()
export const switchTab = jest.fn(() => Promise.resolve())
export const navigateTo = jest.fn(() => Promise.resolve())
export const getCurrentPages = jest.fn((): unknown[] => [])
export const navigateBack = jest.fn(() => Promise.resolve())
export const redirectTo = jest.fn(() => Promise.resolve())
export const reLaunch = jest.fn(() => Promise.resolve())
export const scanCode = jest.fn(() => Promise.reject({ errMsg: 'scanCode:fail cancel' }))
export const showToast = jest.fn(() => Promise.resolve())
export const showModal = jest.fn(() => Promise.resolve({ confirm: true, cancel: false }))

function usePageEvent(event: PageEvent, callback: () => void) {
  const latest = useRef(callback)
  latest.current = callback
  useEffect(() => {
    const handler = () => latest.current()
    listeners[event].add(handler)
    return () => {
      listeners[event].delete(handler)
    }
  }, [event])
}

export const usePullDownRefresh = (cb: () => void) => usePageEvent('pullDownRefresh', cb)
export const useReachBottom = (cb: () => void) => usePageEvent('reachBottom', cb)

/** In tests a page is shown once, when it mounts. */
function useOnMount(cb: () => void) {
  const latest = useRef(cb)
  latest.current = cb
  useEffect(() => latest.current(), [])
}
export const useDidShow = useOnMount
export const useLoad = useOnMount
export const useReady = useOnMount
export const useLaunch = useOnMount
export const useDidHide = jest.fn()
/** Sharing is the platform's menu; in tests nobody opens it. */
export const useShareAppMessage = jest.fn()
export const useRouter = jest.fn(() => ({ params: {}, path: '' }))

/** Fires a page event as the user would (pull down, scroll to the bottom). */
export function firePageEvent(event: PageEvent): void {
  listeners[event].forEach((handler) => handler())
}

/** Clears storage, page listeners and every mock's calls; `request` fails again. */
export function resetTaroStub(): void {
  storage.clear()
  listeners.pullDownRefresh.clear()
  listeners.reachBottom.clear()
  jest.clearAllMocks()
  request.mockImplementation(noNetwork)
  cloud.callFunction.mockImplementation(noNetwork)
}

const Taro = {
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  request,
  cloud,
  stopPullDownRefresh,
  switchTab,
  navigateTo,
  getCurrentPages,
  navigateBack,
  redirectTo,
  reLaunch,
  scanCode,
  showToast,
  showModal,
}

export default Taro
