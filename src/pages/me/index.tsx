import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import type { Role } from '../../../types/api'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import { ListState } from '../../components/list-state'
import { Tag } from '../../components/tag'
import { useSessionStore } from '../../stores/session'
import './index.scss'

const ROLE_LABELS: Record<Role, string> = {
  worker: '求职者',
  employer: '用人单位',
  provider: '培训机构',
  staff: '工作人员',
}

export default function Me() {
  const whoami = useSessionStore((s) => s.whoami)
  const status = useSessionStore((s) => s.status)
  const error = useSessionStore((s) => s.error)
  const loadWhoami = useSessionStore((s) => s.loadWhoami)

  // Reload on every show: the H5 sign-in page may have switched the user.
  useDidShow(() => {
    loadWhoami()
  })

  const signedIn = whoami?.openid != null
  return (
    <View className='page me'>
      {!whoami ? (
        <ListState
          status={status === 'error' ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={loadWhoami}
        />
      ) : (
        <Card>
          <Text className='me__name'>
            {signedIn ? (whoami.name ?? '还没有填写姓名') : '还没有登录'}
          </Text>
          {signedIn && (
            <View className='me__roles'>
              {whoami.roles.map((r) => (
                <Tag key={r} tone='primary'>
                  {ROLE_LABELS[r]}
                </Tag>
              ))}
            </View>
          )}
          {signedIn && !whoami.profileComplete && (
            <Text className='me__hint'>个人资料还没有填完整</Text>
          )}
        </Card>
      )}
      {process.env.TARO_ENV === 'h5' && (
        <View className='me__switch'>
          <Button
            variant={signedIn ? 'secondary' : 'primary'}
            onClick={() => Taro.navigateTo({ url: '/pages/login/index' })}
          >
            {signedIn ? '切换用户' : '登录'}
          </Button>
        </View>
      )}
    </View>
  )
}
