import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { WebLoginRequest } from '../../../../types/session'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { formatDateTime } from '../../../domain/time'
import { callApi } from '../../../services/call-api'
import './index.scss'

/** After scanning a desktop sign-in code: which browser and place asks, and 确认登录. */
export default function WebConfirm() {
  const ticket = useRouter().params.ticket ?? ''
  const [request, setRequest] = useState<WebLoginRequest | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [confirmed, setConfirmed] = useState(false)

  const load = useCallback(() => {
    setError(null)
    callApi('session/webLogin/inspect', { ticket }, { retry: true })
      .then(setRequest)
      .catch((err: Error) => setError(err.message))
  }, [ticket])
  useEffect(load, [load])

  const confirm = async () => {
    setConfirming(true)
    try {
      await callApi('session/webLogin/confirm', { ticket })
      setConfirmed(true)
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setConfirming(false)
    }
  }

  if (confirmed) {
    return (
      <Page className='web-confirm'>
        <Card>
          <Text className='web-confirm__done'>已登录，可以在电脑上使用了</Text>
          <Text className='web-confirm__line'>不用了可以在「我的 → 登录的电脑」里退出。</Text>
        </Card>
        <Button onClick={() => Taro.navigateBack()}>完成</Button>
      </Page>
    )
  }
  if (error || !request) {
    return (
      <Page className='web-confirm'>
        <ListState
          status={error ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={error ? load : undefined}
        />
      </Page>
    )
  }
  return (
    <Page className='web-confirm'>
      <Card>
        <Text className='web-confirm__title'>要在这台电脑上登录吗？</Text>
        <View className='web-confirm__row'>
          <Text className='web-confirm__label'>浏览器</Text>
          <Text className='web-confirm__value'>{request.browser}</Text>
        </View>
        <View className='web-confirm__row'>
          <Text className='web-confirm__label'>位置</Text>
          <Text className='web-confirm__value'>{request.place}</Text>
        </View>
        <View className='web-confirm__row'>
          <Text className='web-confirm__label'>二维码有效到</Text>
          <Text className='web-confirm__value'>{formatDateTime(request.expiresAt)}</Text>
        </View>
        <Text className='web-confirm__warn'>
          不是你自己在电脑前扫的码，请点「不登录」。登录后电脑上能看到你的资料。
        </Text>
      </Card>
      <Button loading={confirming} onClick={confirm}>
        确认登录
      </Button>
      <View className='web-confirm__gap' />
      <Button variant='secondary' onClick={() => Taro.navigateBack()}>
        不登录
      </Button>
    </Page>
  )
}
