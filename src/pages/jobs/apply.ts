import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import { ApiError } from '../../services/call-api'
import { useJobsStore } from '../../stores/jobs'
import { openPage } from '../../services/navigate'

/** The job detail page of the jobs sub-package. */
export const jobPage = (id: string) => `/packages/jobs/job/index?id=${encodeURIComponent(id)}`

/** Where a worker fills in the profile that applying needs. */
export const PROFILE_PAGE = '/packages/training/profile/index'

/**
 * The 申请 tap: asks for subscribe messages on the tap (weapp; never waits for the answer),
 * applies, and tells the worker what happened. Resolves true when the application stands.
 */
export function useApply(): (openingId: string) => Promise<boolean> {
  const apply = useJobsStore((s) => s.apply)
  const askSubscribe = useJobsStore((s) => s.askSubscribe)
  return useCallback(
    async (openingId: string) => {
      if (useJobsStore.getState().applying.includes(openingId)) return false
      askSubscribe(['interview', 'recommendation'])
      try {
        await apply(openingId)
        Taro.showToast({ title: '已申请，等单位联系你', icon: 'none', duration: 2500 })
        return true
      } catch (err) {
        const e = err as ApiError
        if (e instanceof ApiError && e.code === 'PROFILE_INCOMPLETE') {
          const res = await Taro.showModal({
            title: '还差一步',
            content: e.message,
            confirmText: '去填资料',
            cancelText: '以后再说',
          })
          if (res.confirm) openPage(PROFILE_PAGE)
        } else {
          Taro.showModal({ title: '没有申请成功', content: e.message, showCancel: false })
        }
        return false
      }
    },
    [apply, askSubscribe],
  )
}

/** The 不合适 answer with its reason: the job leaves the list and is never offered again. */
export function useDismiss(): (openingId: string, reason: string) => Promise<void> {
  const dismiss = useJobsStore((s) => s.dismiss)
  return useCallback(
    async (openingId: string, reason: string) => {
      try {
        await dismiss(openingId, reason)
        Taro.showToast({ title: '好的，以后不再推荐这个岗位', icon: 'none' })
      } catch (err) {
        Taro.showModal({
          title: '没有提交成功',
          content: (err as Error).message,
          showCancel: false,
        })
      }
    },
    [dismiss],
  )
}
