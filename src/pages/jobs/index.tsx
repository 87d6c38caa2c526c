import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ListState } from '../../components/list-state'
import { SectionTitle } from '../../components/section-title'
import { TrustNotice } from '../../components/trust-notice'

export default function Jobs() {
  return (
    <View className='page'>
      <SectionTitle title='招聘岗位' />
      <TrustNotice />
      <ListState
        status='empty'
        message='岗位正在整理，很快就能申请'
        nextStep='先去看看有哪些免费培训'
        actionText='去看培训'
        onAction={() => Taro.switchTab({ url: '/pages/courses/index' })}
      />
    </View>
  )
}
