import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ListState } from '../../components/list-state'
import { SectionTitle } from '../../components/section-title'

export default function Courses() {
  return (
    <View className='page'>
      <SectionTitle title='培训课程' />
      <ListState
        status='empty'
        message='培训课程正在整理，很快就能报名'
        nextStep='先看看四个劳务品牌都培训什么'
        actionText='去首页看看'
        onAction={() => Taro.switchTab({ url: '/pages/home/index' })}
      />
    </View>
  )
}
