import { Text, View } from '@tarojs/components'
import './index.scss'

export interface EntryProps {
  /** One character drawn as the icon; the title always says the same in words. */
  icon: string
  title: string
  /** A line under the title, e.g. 发布岗位、看应聘的人. */
  note?: string
  /** A count shown as 3条未读 beside the title. */
  badge?: string
  onClick: () => void
}

/** A row of 我的: icon character, words, and an arrow; the whole row is the tap target. */
export function Entry({ icon, title, note, badge, onClick }: EntryProps) {
  return (
    <View className='me-entry' hoverClass='me-entry--pressed' onClick={onClick}>
      <Text className='me-entry__icon'>{icon}</Text>
      <View className='me-entry__words'>
        <Text className='me-entry__title'>{title}</Text>
        {note && <Text className='me-entry__note'>{note}</Text>}
      </View>
      {badge && <Text className='me-entry__badge'>{badge}</Text>}
      <Text className='me-entry__arrow'>›</Text>
    </View>
  )
}
