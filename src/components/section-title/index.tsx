import { Text, View } from '@tarojs/components'
import './index.scss'

export interface SectionTitleProps {
  title: string
  /** A link on the right, e.g. 查看全部. */
  actionText?: string
  onAction?: () => void
}

export function SectionTitle({ title, actionText, onAction }: SectionTitleProps) {
  return (
    <View className='section-title'>
      <Text className='section-title__text'>{title}</Text>
      {actionText && onAction && (
        <Text className='section-title__action' onClick={onAction}>
          {actionText}
        </Text>
      )}
    </View>
  )
}
