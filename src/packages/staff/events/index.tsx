import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import type { EventListItem } from '../../../../types/events'
import { Button } from '../../../components/button'
import { DataTable } from '../../../components/data-table'
import { useDesktop } from '../../../components/desktop'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { brandName } from '../../../domain/brands'
import { formatDateTime } from '../../../domain/time'
import { openPage } from '../../../services/navigate'
import { BoothRequests } from './components/booth-requests'
import { EventRow } from './components/event-row'
import { ProgressCard } from './components/progress-card'
import { type StatusFilter, useStaffEventsStore } from './store'
import './index.scss'

const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: undefined, label: '全部' },
  { value: 'draft', label: '草稿' },
  { value: 'published', label: '已发布' },
  { value: 'cancelled', label: '已取消' },
]

const STATUS_LABEL = { draft: '草稿', published: '已发布', cancelled: '已取消' } as const

/** Staff: progress against 15, booth requests, and every event with what can be done to it. */
export default function StaffEvents() {
  const s = useStaffEventsStore()
  const desktop = useDesktop()
  // At a desk the table lists the events; the one picked shows its actions below it.
  const [picked, setPicked] = useState<string | null>(null)

  // Again on every show: coming back from the edit page brings a new or changed event.
  useDidShow(() => {
    s.loadList()
    s.loadProgress()
    s.loadBooths()
  })
  usePullDownRefresh(() => {
    Promise.all([s.loadList(), s.loadProgress(), s.loadBooths()]).finally(() =>
      Taro.stopPullDownRefresh(),
    )
  })

  return (
    <Page className='staff-events'>
      {s.progress ? (
        <ProgressCard progress={s.progress} />
      ) : (
        <ListState
          status={s.progressStatus === 'error' ? 'error' : 'loading'}
          message={s.progressError ?? '正在统计今年的活动…'}
          onRetry={s.loadProgress}
        />
      )}

      {s.boothsStatus === 'error' ? (
        <ListState status='error' message={s.boothsError ?? undefined} onRetry={s.loadBooths} />
      ) : (
        <BoothRequests booths={s.booths} onDecide={s.decideBooth} />
      )}

      <SectionTitle title='全部活动' />
      <View className='staff-events__filters'>
        {FILTERS.map((f) => (
          <Text
            key={f.label}
            className={`staff-events__chip${s.statusFilter === f.value ? ' staff-events__chip--on' : ''}`}
            onClick={() => s.setStatusFilter(f.value)}
          >
            {f.label}
          </Text>
        ))}
      </View>

      {s.items.length === 0 ? (
        s.status === 'error' ? (
          <ListState status='error' message={s.error ?? undefined} onRetry={s.loadList} />
        ) : s.status !== 'ready' ? (
          <ListState status='loading' />
        ) : (
          <ListState status='empty' message='这里还没有活动' nextStep='点下面的“新建活动”' />
        )
      ) : (
        <View>
          {desktop && (
            <DataTable<EventListItem>
              columns={[
                { key: 'title', label: '活动' },
                { key: 'brand', label: '品牌', render: (e) => <Text>{brandName(e.brand)}</Text> },
                {
                  key: 'startAt',
                  label: '时间',
                  render: (e) => <Text>{formatDateTime(e.startAt)}</Text>,
                },
                {
                  key: 'status',
                  label: '状态',
                  render: (e) => <Text>{e.past ? '已结束' : STATUS_LABEL[e.status]}</Text>,
                },
                { key: 'employerCount', label: '单位', numeric: true },
                { key: 'openingCount', label: '岗位', numeric: true },
              ]}
              rows={s.items}
              rowKey={(e) => e.id}
              pageSize={10}
              onRowClick={(e) => setPicked(e.id)}
              selectedKey={picked ?? s.items[0]?.id}
            />
          )}
          {(desktop ? s.items.filter((e) => e.id === (picked ?? s.items[0]?.id)) : s.items).map(
            (event) => (
              <EventRow
                key={event.id}
                event={event}
                onPublish={s.publish}
                onCancel={s.cancel}
                onResults={s.recordResults}
              />
            ),
          )}
          {s.items.length < s.total && (
            <Button variant='secondary' loading={s.status === 'loading'} onClick={s.loadMore}>
              加载更多
            </Button>
          )}
        </View>
      )}

      <View className='staff-events__bar'>
        <Button onClick={() => openPage('/packages/staff/event-edit/index')}>新建活动</Button>
      </View>
    </Page>
  )
}
