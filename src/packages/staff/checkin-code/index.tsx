import { Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { EventDetail } from '../../../../types/events'
import { Button } from '../../../components/button'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { formatRange } from '../../../domain/time'
import { callApi } from '../../../services/call-api'
import { QrCode } from '../../../components/qr-code'
import './index.scss'

interface Code {
  code: string
  expiresAt: string
}

/** Seconds left until `expiresAt`, never below 0. */
function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000))
}

/**
 * Staff show this at the venue: a signed QR code that changes every 60 seconds. Workers who
 * signed up scan it on the event page; the count of check-ins updates with each new code.
 */
export default function CheckinCode() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [event, setEvent] = useState<EventDetail | null>(null)
  const [code, setCode] = useState<Code | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [now, setNow] = useState(Date.now())
  const [visible, setVisible] = useState(true)
  const fetching = useRef(false)

  const refresh = async () => {
    if (fetching.current) return
    fetching.current = true
    try {
      const [next, detail] = await Promise.all([
        callApi('events/checkinCode', { eventId: id }, { retry: true }),
        callApi('events/get', { id }, { retry: true }).catch(() => null),
      ])
      setCode(next)
      if (detail) setEvent(detail)
      setError(null)
    } catch (err) {
      setError((err as Error).message)
    } finally {
      fetching.current = false
      setNow(Date.now())
    }
  }

  useDidShow(() => {
    setVisible(true)
    if (process.env.TARO_ENV === 'weapp') Taro.setKeepScreenOn({ keepScreenOn: true })
  })
  useDidHide(() => setVisible(false))

  useEffect(() => {
    refresh()
    // Once per page; the timer below takes over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  // A one-second tick for the countdown; a new code when the current one expires.
  useEffect(() => {
    if (!visible) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [visible])
  const left = code ? secondsLeft(code.expiresAt, now) : null
  useEffect(() => {
    if (visible && left === 0 && !error) refresh()
    // Runs when the countdown reaches 0.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [left, visible])

  if (!code) {
    return (
      <Page>
        <ListState
          status={error ? 'error' : 'loading'}
          message={error ?? '正在生成签到码…'}
          onRetry={refresh}
        />
      </Page>
    )
  }

  return (
    <Page className='checkin-code'>
      {event && (
        <View className='checkin-code__head'>
          <Text className='checkin-code__title'>{event.title}</Text>
          <Text className='checkin-code__when'>{formatRange(event.startAt, event.endAt)}</Text>
        </View>
      )}
      <View className='checkin-code__box'>
        <View className='checkin-code__qr'>
          <QrCode value={code.code} label='签到二维码' />
        </View>
      </View>
      <Text className='checkin-code__countdown'>
        {left === 0 ? '正在换新码…' : `${left} 秒后换新码`}
      </Text>
      {error && (
        <View className='checkin-code__error'>
          <Text>{error}</Text>
          <Button variant='secondary' onClick={refresh}>
            重试
          </Button>
        </View>
      )}
      <Text className='checkin-code__tell'>请报名的人打开活动页，点“扫码签到”，对准这个二维码</Text>
      {event && (
        <Text className='checkin-code__count'>
          {`已签到 ${event.checkedInCount ?? 0} 人 · 报名 ${event.signupCount} 人`}
        </Text>
      )}
      <View className='checkin-code__manual'>
        <Text className='checkin-code__manual-label'>手机不能扫码时，输入这个签到码：</Text>
        <Text className='checkin-code__manual-code' userSelect>
          {code.code}
        </Text>
      </View>
    </Page>
  )
}
