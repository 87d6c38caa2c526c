import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { Card } from '../../components/card'
import { ListState } from '../../components/list-state'
import { Page } from '../../components/page'
import { QrCode } from '../../components/qr-code'
import { SectionTitle } from '../../components/section-title'
import { webLoginQrText } from '../../domain/web-login'
import { demoSignIn, listDemoUsers, setSessionToken, type DemoUser } from '../../services/session'
import { useSessionStore } from '../../stores/session'
import { useWebLogin } from './use-web-login'
import './index.scss'

const goHome = () => Taro.switchTab({ url: '/pages/home/index' })

/**
 * H5 sign-in (扫码登录): a QR code the person scans with the mini-program and confirms there; the
 * page then holds a session. In local mode the demo users are offered too, with the same session.
 */
export default function Login() {
  const resetSession = useSessionStore((s) => s.reset)
  const [demoUsers, setDemoUsers] = useState<DemoUser[] | null>(null)
  const [demoError, setDemoError] = useState<string | null>(null)

  const signedIn = useCallback(
    (token: string) => {
      setSessionToken(token)
      resetSession()
      goHome()
    },
    [resetSession],
  )
  const { ticket, phase, error, secondsLeft, refresh } = useWebLogin(signedIn)

  useEffect(() => {
    // Only the local runtime serves demo users; elsewhere this section stays away.
    listDemoUsers()
      .then(setDemoUsers)
      .catch(() => setDemoUsers(null))
  }, [])

  const chooseDemo = async (openid: string) => {
    setDemoError(null)
    try {
      await demoSignIn(openid)
      resetSession()
      goHome()
    } catch {
      setDemoError('没有登录成功，请确认 npm start 还在运行，再点一次')
    }
  }

  return (
    <Page className='login'>
      <SectionTitle title='扫码登录' />
      <Card className='login__scan'>
        <Text className='login__hint'>
          用手机打开微信小程序「柳州劳务品牌」，在「我的 →
          扫码登录电脑版」扫下面的二维码，在手机上确认。
        </Text>
        {phase === 'error' ? (
          <ListState status='error' message={error ?? undefined} onRetry={refresh} />
        ) : (
          <View className='login__qr-box'>
            {ticket && phase !== 'loading' ? (
              <View className='login__qr'>
                <QrCode value={webLoginQrText(ticket.ticket)} label='登录二维码' />
              </View>
            ) : (
              <ListState status='loading' message='正在准备二维码…' />
            )}
            <Text className='login__status'>
              {phase === 'signing-in'
                ? '已在手机上确认，正在登录…'
                : ticket && phase === 'waiting'
                  ? `等待扫码，二维码 ${secondsLeft} 秒后自动更新`
                  : ' '}
            </Text>
          </View>
        )}
        <Text className='login__note'>你在手机上是什么身份，在电脑上就是什么身份。</Text>
      </Card>

      {demoUsers && demoUsers.length > 0 && (
        <View className='login__demo'>
          <SectionTitle title='本地演示：选择一个演示用户' />
          <Text className='login__hint'>本地演示用：选谁，就以谁的身份登录。</Text>
          {demoError && <Text className='login__error'>{demoError}</Text>}
          {demoUsers.map((u) => (
            <Card key={u.openid} onClick={() => chooseDemo(u.openid)}>
              <Text className='login__label'>{u.label}</Text>
              <Text className='login__openid'>{u.openid}</Text>
            </Card>
          ))}
        </View>
      )}
    </Page>
  )
}
