import { Text, View } from '@tarojs/components'
import './index.scss'

export interface TrustNoticeProps {
  /** Opens the report flow; without it the notice has no 举报 link. */
  onReport?: () => void
}

/** The line every job card and job page carries: job seekers never pay. */
export function TrustNotice({ onReport }: TrustNoticeProps) {
  return (
    <View className='trust-notice'>
      <Text className='trust-notice__text'>求职不收费，收费即违规</Text>
      {onReport && (
        <Text className='trust-notice__report' onClick={onReport}>
          举报
        </Text>
      )}
    </View>
  )
}
