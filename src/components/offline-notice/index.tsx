import { Text, View } from '@tarojs/components'
import './index.scss'

export interface OfflineNoticeProps {
  onRetry?: () => void
}

/** Above content kept from an earlier load when loading it again failed. */
export function OfflineNotice({ onRetry }: OfflineNoticeProps) {
  return (
    <View className='offline-notice'>
      <Text className='offline-notice__text'>网络不好，显示的是上次的内容</Text>
      {onRetry && (
        <Text className='offline-notice__retry' onClick={onRetry}>
          重试
        </Text>
      )}
    </View>
  )
}
