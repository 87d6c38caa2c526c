import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import { brandName } from '../../../domain/brands'
import { institutionTitle } from '../../../domain/network'
import { openPage } from '../../../services/navigate'
import { useNetworkStore } from '../../../stores/network'
import { NetworkMap } from '../components/network-map'
import { dial, openMap } from '../platform'
import './index.scss'

const formatYmd = (ymd: string) =>
  `${ymd.slice(0, 4)}年${Number(ymd.slice(5, 7))}月${Number(ymd.slice(8, 10))}日`

/** One base, studio or firm: what it offers, where it is (map), its hours and phone to call. */
export default function NetworkDetail() {
  const id = useRouter().params.id ?? ''
  const entry = useNetworkStore((s) => s.entry)
  const status = useNetworkStore((s) => s.entryStatus)
  const error = useNetworkStore((s) => s.entryError)
  const loadEntry = useNetworkStore((s) => s.loadEntry)
  const [showMap, setShowMap] = useState(false)

  useEffect(() => {
    loadEntry(id)
  }, [id, loadEntry])
  useEffect(() => {
    if (entry?.id === id) Taro.setNavigationBarTitle({ title: entry.name })
  }, [entry, id])

  if (!entry || entry.id !== id) {
    return (
      <Page className='network-detail'>
        <ListState
          status={status === 'error' ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={() => loadEntry(id)}
        />
      </Page>
    )
  }

  return (
    <Page className='network-detail'>
      <Text className='network-detail__name'>{entry.name}</Text>
      <View className='network-detail__tags'>
        <Tag tone='primary'>{institutionTitle(entry.kind, entry.level)}</Tag>
        <Tag>{brandName(entry.brand)}</Tag>
        {entry.demo && <Tag tone='warning'>示例数据</Tag>}
      </View>
      <Card>
        <Text className='network-detail__line'>{`地址：${entry.county} ${entry.address}`}</Text>
        <Text className='network-detail__line'>{`开放时间：${entry.hours}`}</Text>
        <Text className='network-detail__line'>{`联系电话：${entry.phone}`}</Text>
        <Text className='network-detail__line'>{`认定时间：${formatYmd(entry.recognisedAt)}`}</Text>
      </Card>
      <View className='network-detail__actions'>
        <Button onClick={() => dial(entry.phone)}>{`拨打电话 ${entry.phone}`}</Button>
        <Button variant='secondary' onClick={() => openMap(entry) || setShowMap(true)}>
          查看地图
        </Button>
      </View>
      {showMap && <NetworkMap items={[entry]} selected={entry.id} />}

      <SectionTitle title='能提供什么' />
      <Card>
        {entry.offers.map((o) => (
          <Text key={o} className='network-detail__line'>{`· ${o}`}</Text>
        ))}
        <Text className='network-detail__about'>{entry.description}</Text>
      </Card>

      {entry.openings.length > 0 && (
        <View>
          <SectionTitle title={`正在招聘（${entry.openings.length}个）`} />
          {entry.openings.map((o) => (
            <Card key={o.id} onClick={() => openPage(`/packages/jobs/job/index?id=${o.id}`)}>
              <Text className='network-detail__job'>{o.title}</Text>
              <Text className='network-detail__line'>{`每月 ${o.payMin}-${o.payMax} 元 · ${o.county ?? o.place}`}</Text>
            </Card>
          ))}
        </View>
      )}
      {entry.kind === 'incubation_base' && (
        <Button variant='secondary' onClick={() => openPage('/packages/network/startup/index')}>
          创业担保贷款和补贴自查
        </Button>
      )}
    </Page>
  )
}
