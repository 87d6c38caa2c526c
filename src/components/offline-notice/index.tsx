import { Text, View } from '@tarojs/components'
import { formatDay } from '../../domain/time'
import { NETWORK_MESSAGE } from '../../services/call-api'
import './index.scss'

/** What a screen says over content kept on the phone from an earlier visit. */
export const OFFLINE_TEXT = '当前没有网络，显示的是上次看到的内容'

export interface OfflineNoticeProps {
  /** Why loading failed when it was not the network (e.g. the server's reason). */
  error?: string | null
  /** When the content shown was loaded (ISO time or epoch ms). */
  savedAt?: string | number | null
  onRetry?: () => void
}

/** Above content kept from an earlier load when loading it again failed; the same words everywhere. */
export function OfflineNotice({ error, savedAt, onRetry }: OfflineNoticeProps) {
  const text =
    !error || error === NETWORK_MESSAGE ? OFFLINE_TEXT : `${error}。显示的是上次看到的内容`
  return (
    <View className='offline-notice' role='status'>
      <View className='offline-notice__words'>
        <Text className='offline-notice__text'>{text}</Text>
        {savedAt ? (
          <Text className='offline-notice__when'>{`${formatDay(savedAt)}保存`}</Text>
        ) : null}
      </View>
      {onRetry && (
        <Text className='offline-notice__retry' onClick={onRetry}>
          重试
        </Text>
      )}
    </View>
  )
}
