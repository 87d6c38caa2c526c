import { Text } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { BlacklistEntry } from '../../../../types/rights'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { formatDate } from '../../../domain/time'
import { callApi } from '../../../services/call-api'
import { Hotline } from '../components/hotline'
import './index.scss'

/** The public 失信名单: employers listed by 人社局, why, and until when. */
export default function Blacklist() {
  const [items, setItems] = useState<BlacklistEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = async () => {
    setError(null)
    try {
      setItems((await callApi('catalog/blacklist', {}, { retry: true })).items)
    } catch (err) {
      setError((err as Error).message)
    }
  }
  useDidShow(() => {
    load()
  })

  return (
    <Page className='blacklist'>
      <Text className='blacklist__intro'>
        以下用人单位因拖欠工资、违法收费等被人社局列入失信名单，期间不能在本平台招聘。
      </Text>
      {error ? (
        <ListState status='error' message={error} onRetry={load} />
      ) : !items ? (
        <ListState status='loading' />
      ) : items.length === 0 ? (
        <ListState status='empty' message='目前名单上没有单位' />
      ) : (
        items.map((e) => (
          <Card key={`${e.employerName}-${e.since}`} className='blacklist__entry'>
            <Text className='blacklist__name'>{e.employerName}</Text>
            <Text className='blacklist__line'>{`原因：${e.reason}`}</Text>
            <Text className='blacklist__line'>
              {`${formatDate(e.since)}列入，至${formatDate(e.until)}`}
            </Text>
          </Card>
        ))
      )}
      <Hotline />
    </Page>
  )
}
