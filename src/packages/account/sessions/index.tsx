import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { WebSession } from '../../../../types/session'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { Tag } from '../../../components/tag'
import { formatDateTime } from '../../../domain/time'
import { callApi } from '../../../services/call-api'
import './index.scss'

/** 登录的电脑: the browsers signed in with this account, each of which can be ended here. */
export default function Sessions() {
  const [sessions, setSessions] = useState<WebSession[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [ending, setEnding] = useState<string | null>(null)

  const load = async () => {
    setError(null)
    try {
      setSessions(await callApi('session/sessions', {}, { retry: true }))
    } catch (err) {
      setError((err as Error).message)
    }
  }
  useDidShow(() => {
    load()
  })

  const end = async (s: WebSession) => {
    const answer = await Taro.showModal({
      title: '退出这台电脑',
      content: `${s.browser}（${s.place}）将退出登录。`,
      confirmText: '退出',
      cancelText: '不退出',
    })
    if (!answer.confirm) return
    setEnding(s.id)
    try {
      await callApi('session/revoke', { sessionId: s.id })
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setEnding(null)
    }
    await load()
  }

  if (!sessions) {
    return (
      <Page className='sessions'>
        <ListState
          status={error ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={load}
        />
      </Page>
    )
  }
  return (
    <Page className='sessions'>
      {error && <Text className='sessions__error'>{error}</Text>}
      {sessions.length === 0 ? (
        <ListState
          status='empty'
          message='没有在电脑上登录'
          nextStep='在电脑上打开工作台网页，用「我的 → 扫码登录电脑版」扫码即可登录'
        />
      ) : (
        sessions.map((s) => (
          <Card key={s.id} className='sessions__item'>
            <View className='sessions__head'>
              <Text className='sessions__browser'>{s.browser}</Text>
              {s.current && <Tag tone='primary'>这台电脑</Tag>}
            </View>
            <Text className='sessions__line'>{s.place}</Text>
            <Text className='sessions__line'>{`登录于 ${formatDateTime(s.createdAt)}`}</Text>
            <Text className='sessions__line'>{`最近使用 ${formatDateTime(s.lastUsedAt)}`}</Text>
            <Button variant='secondary' loading={ending === s.id} onClick={() => end(s)}>
              退出登录
            </Button>
          </Card>
        ))
      )}
      <Text className='sessions__note'>电脑上12小时不用会自动退出，最长7天。</Text>
    </Page>
  )
}
