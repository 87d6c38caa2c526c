import { Text, View } from '@tarojs/components'
import './index.scss'

export interface OfflineNoticeProps {
  /** What went wrong and how old the content is; a plain default otherwise. */
  message?: string
  onRetry?: () => void
}

/** Above content kept from an earlier load when loading it again failed. */
export function OfflineNotice({ message, onRetry }: OfflineNoticeProps) {
  return (
    <View className='offline-notice'>
      <Text className='offline-notice__text'>{message ?? '网络不好，显示的是上次的内容'}</Text>
      {onRetry && (
        <Text className='offline-notice__retry' onClick={onRetry}>
          重试
        </Text>
      )}
    </View>
  )
}
