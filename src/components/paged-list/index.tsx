import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { ReactNode } from 'react'
import { Button } from '../button'
import { ListState } from '../list-state'
import './index.scss'

/** Where a list's data stands (the stores' LoadStatus). */
export type ListStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface PagedListProps<T> {
  items: T[]
  renderItem: (item: T, index: number) => ReactNode
  keyOf: (item: T) => string
  status: ListStatus
  /** Chinese message of the last failure. */
  error?: string | null
  hasMore: boolean
  /** Reloads the first page; the pull-down spinner stops when it settles. */
  onRefresh: () => Promise<void>
  onLoadMore: () => void
  /** Empty state: what is missing and the next step (换个条件试试). */
  emptyMessage: string
  emptyNextStep?: string
  emptyActionText?: string
  onEmptyAction?: () => void
}

/**
 * A list with pull-to-refresh and load-more on reaching the bottom, plus the loading / empty /
 * error states. The page must set `enablePullDownRefresh: true` in its index.config.ts.
 */
export function PagedList<T>(props: PagedListProps<T>) {
  const { items, renderItem, keyOf, status, error, hasMore, onRefresh, onLoadMore } = props

  usePullDownRefresh(() => {
    onRefresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    if (hasMore && status !== 'loading' && status !== 'error') onLoadMore()
  })

  if (items.length === 0) {
    if (status === 'error')
      return <ListState status='error' message={error ?? undefined} onRetry={onRefresh} />
    if (status !== 'ready') return <ListState status='loading' />
    return (
      <ListState
        status='empty'
        message={props.emptyMessage}
        nextStep={props.emptyNextStep}
        actionText={props.emptyActionText}
        onAction={props.onEmptyAction}
      />
    )
  }

  return (
    <View className='paged-list'>
      {items.map((item, i) => (
        <View key={keyOf(item)}>{renderItem(item, i)}</View>
      ))}
      <View className='paged-list__footer'>
        {status === 'loading' && <Text className='paged-list__note'>正在加载更多…</Text>}
        {status === 'error' && (
          <View className='paged-list__error'>
            <Text className='paged-list__note paged-list__note--error'>
              {error ?? '没有加载出来'}
            </Text>
            <Button variant='secondary' onClick={onLoadMore}>
              重试
            </Button>
          </View>
        )}
        {status === 'ready' && hasMore && (
          <Button variant='secondary' onClick={onLoadMore}>
            加载更多
          </Button>
        )}
        {status === 'ready' && !hasMore && <Text className='paged-list__note'>没有更多了</Text>}
      </View>
    </View>
  )
}
