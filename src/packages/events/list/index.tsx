import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { BrandId, CountyName } from '../../../../types/catalog'
import type { EventMode } from '../../../../types/events'
import { Button } from '../../../components/button'
import { EventCard } from '../../../components/event-card'
import { ListState } from '../../../components/list-state'
import { OptionPicker } from '../../../components/option-picker'
import { Page } from '../../../components/page'
import { beijingDate, beijingParts } from '../../../domain/time'
import { useEventsStore } from '../../../stores/events'
import { MonthCalendar } from '../components/month-calendar'
import { shiftMonth } from '../components/month-calendar/grid'
import { BRAND_OPTIONS, COUNTY_OPTIONS, MODE_OPTIONS } from '../filters'
import './index.scss'
import { openPage } from '../../../services/navigate'

/** The month calendar with the events below it, filtered by brand, county and 线上/线下. */
export default function EventList() {
  const { params } = useRouter()
  const month = useEventsStore((s) => s.month)
  const filters = useEventsStore((s) => s.filters)
  const items = useEventsStore((s) => s.items)
  const days = useEventsStore((s) => s.days)
  const total = useEventsStore((s) => s.total)
  const status = useEventsStore((s) => s.status)
  const error = useEventsStore((s) => s.error)
  const loadMonth = useEventsStore((s) => s.loadMonth)
  const loadMore = useEventsStore((s) => s.loadMoreOfMonth)
  const setMonth = useEventsStore((s) => s.setMonth)
  const setFilters = useEventsStore((s) => s.setFilters)
  const [selectedDay, setSelectedDay] = useState<number | null>(null)

  useEffect(() => {
    // A link may name a brand (from a brand page): /packages/events/list/index?brand=jiazheng
    const brand = BRAND_OPTIONS.find((o) => o.value === params.brand)?.value
    if (brand) setFilters({ brand })
    else loadMonth()
    // Only when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  usePullDownRefresh(() => {
    loadMonth().finally(() => Taro.stopPullDownRefresh())
  })

  const changeMonth = (delta: number) => {
    setSelectedDay(null)
    setMonth(shiftMonth(month, delta))
  }
  const changeFilter = (patch: {
    brand?: BrandId | undefined
    county?: CountyName | undefined
    mode?: EventMode | undefined
  }) => {
    setSelectedDay(null)
    setFilters({ ...filters, ...patch })
  }
  const filtered = Object.values(filters).some(Boolean)
  const shown = selectedDay
    ? items.filter((e) => beijingParts(e.startAt).day === selectedDay)
    : items
  const [, m] = month.split('-').map(Number)

  return (
    <Page className='event-list'>
      <View className='event-list__filters'>
        <View className='event-list__filter'>
          <OptionPicker
            look='chip'
            title='品牌'
            clearLabel='全部品牌'
            options={BRAND_OPTIONS}
            value={filters.brand}
            onChange={(brand) => changeFilter({ brand })}
          />
        </View>
        <View className='event-list__filter'>
          <OptionPicker
            look='chip'
            title='区县'
            clearLabel='全部区县'
            options={COUNTY_OPTIONS}
            value={filters.county}
            onChange={(county) => changeFilter({ county })}
          />
        </View>
        <View className='event-list__filter'>
          <OptionPicker
            look='chip'
            title='线上/线下'
            clearLabel='线上线下'
            options={MODE_OPTIONS}
            value={filters.mode}
            onChange={(mode) => changeFilter({ mode })}
          />
        </View>
      </View>

      <MonthCalendar
        month={month}
        markedDays={days}
        selectedDay={selectedDay}
        today={beijingDate()}
        onSelectDay={setSelectedDay}
        onPrevMonth={() => changeMonth(-1)}
        onNextMonth={() => changeMonth(1)}
      />

      <View className='event-list__heading'>
        <Text className='event-list__heading-text'>
          {selectedDay
            ? `${m}月${selectedDay}日的活动`
            : status === 'ready'
              ? `${m}月共 ${total} 场活动`
              : `${m}月的活动`}
        </Text>
        {selectedDay ? (
          <Text className='event-list__link' onClick={() => setSelectedDay(null)}>
            看整个月
          </Text>
        ) : (
          <Text
            className='event-list__link'
            onClick={() => openPage('/packages/events/mine/index')}
          >
            我的活动
          </Text>
        )}
      </View>

      {shown.length === 0 ? (
        status === 'error' ? (
          <ListState status='error' message={error ?? undefined} onRetry={loadMonth} />
        ) : status !== 'ready' ? (
          <ListState status='loading' />
        ) : (
          <ListState
            status='empty'
            message={filtered ? `${m}月没有符合条件的活动` : `${m}月还没有招聘活动`}
            nextStep={filtered ? '换个条件试试，或看看下个月' : '看看下个月吧'}
            actionText={filtered ? '不限条件' : '看下个月'}
            onAction={
              filtered
                ? () => changeFilter({ brand: undefined, county: undefined, mode: undefined })
                : () => changeMonth(1)
            }
          />
        )
      ) : (
        <View>
          {status === 'loading' && <Text className='event-list__note'>正在更新…</Text>}
          {status === 'error' && (
            <View className='event-list__error'>
              <Text className='event-list__note event-list__note--error'>{error}</Text>
              <Text className='event-list__link' onClick={loadMonth}>
                重试
              </Text>
            </View>
          )}
          {shown.map((event) => (
            <EventCard
              key={event.id}
              event={event}
              onClick={() =>
                openPage(`/packages/events/detail/index?id=${encodeURIComponent(event.id)}`)
              }
            />
          ))}
          {!selectedDay && items.length < total && status !== 'loading' && (
            <Button variant='secondary' onClick={loadMore}>
              加载更多
            </Button>
          )}
        </View>
      )}
    </Page>
  )
}
