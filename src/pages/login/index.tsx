import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { Card } from '../../components/card'
import { ListState } from '../../components/list-state'
import { SectionTitle } from '../../components/section-title'
import {
  getLocalOpenid,
  listDemoUsers,
  setLocalOpenid,
  type DemoUser,
} from '../../services/session'
import { useSessionStore } from '../../stores/session'
import './index.scss'

/** H5-only local sign-in: pick a demo user of the local runtime; the choice names the caller. */
export default function Login() {
  const [users, setUsers] = useState<DemoUser[] | null>(null)
  const [failed, setFailed] = useState(false)
  const resetSession = useSessionStore((s) => s.reset)
  const current = getLocalOpenid()

  const load = useCallback(() => {
    setFailed(false)
    listDemoUsers()
      .then(setUsers)
      .catch(() => setFailed(true))
  }, [])

  useEffect(load, [load])

  const choose = (openid: string) => {
    setLocalOpenid(openid)
    resetSession()
    Taro.switchTab({ url: '/pages/home/index' })
  }

  return (
    <View className='page login'>
      <SectionTitle title='选择一个演示用户' />
      <Text className='login__hint'>本地演示用：选谁，就以谁的身份使用。</Text>
      {failed ? (
        <ListState
          status='error'
          message='没有连上本地服务，请确认已运行 npm start'
          onRetry={load}
        />
      ) : !users ? (
        <ListState status='loading' />
      ) : users.length === 0 ? (
        <ListState
          status='empty'
          message='没有演示用户'
          nextStep='运行 npm run reset 重新准备演示数据'
        />
      ) : (
        users.map((u) => (
          <Card
            key={u.openid}
            onClick={() => choose(u.openid)}
            accent={u.openid === current ? '#1f7a5c' : undefined}
          >
            <Text className='login__label'>{u.label}</Text>
            <Text className='login__openid'>
              {u.openid === current ? `${u.openid}（当前）` : u.openid}
            </Text>
          </Card>
        ))
      )}
    </View>
  )
}
