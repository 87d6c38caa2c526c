import Taro from '@tarojs/taro'
import { ListState } from '../../../../../components/list-state'

/** What a staff page shows to someone without the staff role: where they are, and a way back. */
export function StaffOnly() {
  return (
    <ListState
      status='empty'
      message='这是人社局工作人员用的页面'
      nextStep='你的账号没有这个权限'
      actionText='回到我的'
      onAction={() => Taro.switchTab({ url: '/pages/me/index' })}
    />
  )
}
