import { Text } from '@tarojs/components'
import './index.scss'

export type TagTone = 'plain' | 'primary' | 'success' | 'warning' | 'danger'

export interface TagProps {
  children: string
  tone?: TagTone
  /** Custom colour for text and border (a brand colour), overriding the tone. */
  color?: string
}

export function Tag({ children, tone = 'plain', color }: TagProps) {
  return (
    <Text className={`tag tag--${tone}`} style={color ? { color, borderColor: color } : undefined}>
      {children}
    </Text>
  )
}
