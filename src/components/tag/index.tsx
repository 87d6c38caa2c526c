import { Text } from '@tarojs/components'
import './index.scss'

export type TagTone = 'plain' | 'primary' | 'success' | 'warning' | 'danger'

export interface TagProps {
  children: string
  tone?: TagTone
  /**
   * A brand colour for the border; the words keep the tone's colour, since some brand colours
   * are too light to read on white.
   */
  color?: string
}

export function Tag({ children, tone = 'plain', color }: TagProps) {
  return (
    <Text className={`tag tag--${tone}`} style={color ? { borderColor: color } : undefined}>
      {children}
    </Text>
  )
}
