import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { MyEvent } from '../../../../types/events'
import { EventCard } from '../../../components/event-card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { OfflineNotice } from '../../../components/offline-notice'
import { formatDateTime } from '../../../domain/time'
import { useEventsStore } from '../../../stores/events'
import './index.scss'
import { openPage } from '../../../services/navigate'

function noteOf(m: MyEvent): string {
  if (m.checkedInAt) return `已签到（${formatDateTime(m.checkedInAt)}）`
  if (m.event.status === 'cancelled') return '活动已取消，不用去了'
  if (m.event.past) return '已报名，没有签到'
  return '已报名'
}

/** 我的活动: the events the worker signed up for, upcoming first. */
export default function MyEvents() {
  const mine = useEventsStore((s) => s.mine)
  const status = useEventsStore((s) => s.mineStatus)
  const error = useEventsStore((s) => s.mineError)
  const loadMine = useEventsStore((s) => s.loadMine)

  // Again on every show: a sign-up or cancel on an event page changes the list.
  useDidShow(() => {
    loadMine()
  })
  usePullDownRefresh(() => {
    loadMine().finally(() => Taro.stopPullDownRefresh())
  })

  const openList = () => openPage('/packages/events/list/index')

  return (
    <Page className='my-events'>
      {status === 'error' && mine.length > 0 && <OfflineNotice error={error} onRetry={loadMine} />}
      {mine.length === 0 ? (
        status === 'error' ? (
          <ListState status='error' message={error ?? undefined} onRetry={loadMine} />
        ) : status !== 'ready' ? (
          <ListState status='loading' />
        ) : (
          <ListState
            status='empty'
            message='你还没有报名招聘活动'
            nextStep='去看看最近有哪些招聘会'
            actionText='看招聘活动'
            onAction={openList}
          />
        )
      ) : (
        mine.map((m) => (
          <EventCard
            key={m.event.id}
            event={m.event}
            note={noteOf(m)}
            onClick={() =>
              openPage(`/packages/events/detail/index?id=${encodeURIComponent(m.event.id)}`)
            }
          />
        ))
      )}
    </Page>
  )
}
