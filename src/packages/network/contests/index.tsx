import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { Contest, Honour } from '../../../../types/contests'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import { brandName } from '../../../domain/brands'
import { formatDateTime } from '../../../domain/time'
import { callApi } from '../../../services/call-api'
import { openPage } from '../../../services/navigate'
import './index.scss'

/** Skill competitions (技能竞赛) and, for a signed-in worker, their honours past 公示. */
export default function Contests() {
  const [items, setItems] = useState<Contest[] | null>(null)
  const [honours, setHonours] = useState<Honour[]>([])
  const [error, setError] = useState<string | null>(null)

  const load = () => {
    setError(null)
    callApi('contests/list', {})
      .then((r) => setItems(r.items))
      .catch((err: Error) => setError(err.message))
    // Honours only for a signed-in worker; a visitor just sees the competitions.
    callApi('contests/mine', {})
      .then((r) => setHonours(r.honours))
      .catch(() => undefined)
  }
  useDidShow(load)

  return (
    <Page className='contests'>
      {honours.length > 0 && (
        <View>
          <SectionTitle title='我的荣誉' />
          {honours.map((h) => (
            <Card key={h.contestId} className='contests__honour'>
              <Text className='contests__title'>{`${h.title} · ${h.occupation}`}</Text>
              <Text className='contests__line'>{`${h.contestTitle} 第${h.rank}名`}</Text>
            </Card>
          ))}
        </View>
      )}
      <SectionTitle title='技能竞赛' />
      {!items ? (
        <ListState
          status={error ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={load}
        />
      ) : items.length === 0 ? (
        <ListState status='empty' message='暂时没有技能竞赛' />
      ) : (
        items.map((c) => (
          <Card key={c.id} onClick={() => openPage(`/packages/network/contest/index?id=${c.id}`)}>
            <Text className='contests__title'>{c.title}</Text>
            <View>
              <Tag tone={c.status === 'finished' ? 'success' : 'primary'}>
                {c.status === 'finished' ? '已公布成绩' : '报名中'}
              </Tag>
              <Tag>{brandName(c.brand)}</Tag>
            </View>
            <Text className='contests__line'>{`${formatDateTime(c.startAt)} · ${c.place}`}</Text>
          </Card>
        ))
      )}
    </Page>
  )
}
