import { Text, View } from '@tarojs/components'
import { Button } from '../button'
import './index.scss'

export interface ListStateProps {
  status: 'loading' | 'empty' | 'error'
  /** What the person sees: 暂时没有培训 for empty, the error message for error. */
  message?: string
  /** The next step for an empty list, e.g. 换个条件试试. */
  nextStep?: string
  /** A button for the next step of an empty list. */
  actionText?: string
  onAction?: () => void
  onRetry?: () => void
}

/** The loading / empty / error state every list shows instead of its items. */
export function ListState({
  status,
  message,
  nextStep,
  actionText,
  onAction,
  onRetry,
}: ListStateProps) {
  if (status === 'loading') {
    return (
      <View className='list-state'>
        <Text className='list-state__message'>{message ?? '正在加载…'}</Text>
      </View>
    )
  }
  if (status === 'error') {
    return (
      <View className='list-state list-state--error'>
        <Text className='list-state__message'>{message ?? '没有加载出来'}</Text>
        {onRetry && (
          <View className='list-state__action'>
            <Button variant='secondary' onClick={onRetry}>
              重试
            </Button>
          </View>
        )}
      </View>
    )
  }
  return (
    <View className='list-state'>
      <Text className='list-state__message'>{message ?? '这里还没有内容'}</Text>
      {nextStep && <Text className='list-state__hint'>{nextStep}</Text>}
      {actionText && onAction && (
        <View className='list-state__action'>
          <Button variant='secondary' onClick={onAction}>
            {actionText}
          </Button>
        </View>
      )}
    </View>
  )
}
