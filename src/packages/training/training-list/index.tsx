import { View } from '@tarojs/components'
import { ListState } from '../../../components/list-state'

// Placeholder until this page is built.
export default function Page() {
  return (
    <View className='page'>
      <ListState status='empty' message='这个页面正在建设中' />
    </View>
  )
}
