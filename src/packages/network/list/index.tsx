import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { NetworkQuery } from '../../../../types/network'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { OptionPicker } from '../../../components/option-picker'
import { Page } from '../../../components/page'
import { Tag } from '../../../components/tag'
import { brandName } from '../../../domain/brands'
import { institutionTitle } from '../../../domain/network'
import { openPage } from '../../../services/navigate'
import { useNetworkStore } from '../../../stores/network'
import { NetworkMap } from '../components/network-map'
import {
  BRAND_OPTIONS,
  COUNTY_OPTIONS,
  KIND_OPTIONS,
  LEVEL_OPTIONS,
  filtersFromParams,
} from '../filters'
import './index.scss'

const openEntry = (id: string) => openPage(`/packages/network/detail/index?id=${id}`)

/** The brand network directory: filters by kind, level, brand and county; a list or a map. */
export default function NetworkList() {
  const params = useRouter().params
  const filters = useNetworkStore((s) => s.filters)
  const items = useNetworkStore((s) => s.items)
  const total = useNetworkStore((s) => s.total)
  const status = useNetworkStore((s) => s.status)
  const error = useNetworkStore((s) => s.error)
  const setFilters = useNetworkStore((s) => s.setFilters)
  const load = useNetworkStore((s) => s.load)
  const [view, setView] = useState<'list' | 'map'>('list')

  useEffect(() => {
    setFilters(filtersFromParams(params))
    // Only the link's filters on arrival; later changes come from the pickers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const change = (patch: Partial<NetworkQuery>) => setFilters({ ...filters, ...patch })

  return (
    <Page className='network-list'>
      <View className='network-list__filters'>
        <OptionPicker
          look='chip'
          title='类别'
          clearLabel='全部类别'
          options={KIND_OPTIONS}
          value={filters.kind}
          onChange={(kind) => change({ kind })}
        />
        <OptionPicker
          look='chip'
          title='级别'
          clearLabel='全部级别'
          options={LEVEL_OPTIONS}
          value={filters.level}
          onChange={(level) => change({ level })}
        />
        <OptionPicker
          look='chip'
          title='品牌'
          clearLabel='全部品牌'
          options={BRAND_OPTIONS}
          value={filters.brand}
          onChange={(brand) => change({ brand })}
        />
        <OptionPicker
          look='chip'
          title='区县'
          clearLabel='全部区县'
          options={COUNTY_OPTIONS}
          value={filters.county}
          onChange={(county) => change({ county })}
        />
      </View>
      <View className='network-list__bar'>
        <Text className='network-list__count'>{status === 'ready' ? `共 ${total} 个` : ''}</Text>
        <View className='network-list__views'>
          {(['list', 'map'] as const).map((v) => (
            <Text
              key={v}
              className={`network-list__view${view === v ? ' network-list__view--on' : ''}`}
              onClick={() => setView(v)}
            >
              {v === 'list' ? '列表' : '地图'}
            </Text>
          ))}
        </View>
      </View>

      {status !== 'ready' && items.length === 0 ? (
        <ListState
          status={status === 'error' ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={load}
        />
      ) : items.length === 0 ? (
        <ListState
          status='empty'
          message='没有符合条件的基地或企业'
          nextStep='换个条件试试'
          actionText='看全部'
          onAction={() => setFilters({})}
        />
      ) : (
        <View>
          {view === 'map' && <NetworkMap items={items} onPick={(i) => openEntry(i.id)} />}
          {items.map((i, n) => (
            <Card key={i.id} className='network-list__item' onClick={() => openEntry(i.id)}>
              <Text className='network-list__name'>
                {view === 'map' ? `${n + 1}. ${i.name}` : i.name}
              </Text>
              <View className='network-list__tags'>
                <Tag tone='primary'>{institutionTitle(i.kind, i.level)}</Tag>
                <Tag>{brandName(i.brand)}</Tag>
              </View>
              <Text className='network-list__line'>{`${i.county} · ${i.address}`}</Text>
            </Card>
          ))}
        </View>
      )}
    </Page>
  )
}
