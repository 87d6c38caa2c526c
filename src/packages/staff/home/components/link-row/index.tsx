import { Text, View } from '@tarojs/components'
import './index.scss'

export interface LinkRowProps {
  title: string
  /** A short line under the title: what is waiting there. */
  note?: string
  onClick: () => void
}

/** A full-width tappable row leading to another staff page. */
export function LinkRow({ title, note, onClick }: LinkRowProps) {
  return (
    <View className='link-row' hoverClass='link-row--pressed' onClick={onClick}>
      <View className='link-row__text'>
        <Text className='link-row__title'>{title}</Text>
        {note && <Text className='link-row__note'>{note}</Text>}
      </View>
      <Text className='link-row__go'>去看看 ›</Text>
    </View>
  )
}
