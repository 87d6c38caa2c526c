import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { EventCard } from '../../components/event-card'
import { ListState } from '../../components/list-state'
import { SectionTitle } from '../../components/section-title'
import { UPCOMING_COUNT, useEventsStore } from '../../stores/events'
import { openPage } from '../../services/navigate'

const CALENDAR = '/packages/events/list/index'

/** The home page's 近期招聘活动: the next three events and a link to the calendar. */
export function UpcomingEvents() {
  const upcoming = useEventsStore((s) => s.upcoming)
  const status = useEventsStore((s) => s.upcomingStatus)
  const error = useEventsStore((s) => s.upcomingError)
  const loadUpcoming = useEventsStore((s) => s.loadUpcoming)

  useEffect(() => {
    if (useEventsStore.getState().upcomingStatus === 'idle') loadUpcoming()
  }, [loadUpcoming])

  const openCalendar = () => openPage(CALENDAR)

  return (
    <View className='upcoming-events'>
      <SectionTitle title='近期招聘活动' actionText='查看全部' onAction={openCalendar} />
      {upcoming.length === 0 ? (
        <ListState
          status={status === 'error' ? 'error' : status === 'ready' ? 'empty' : 'loading'}
          message={
            status === 'error'
              ? (error ?? undefined)
              : status === 'ready'
                ? '最近没有招聘活动'
                : undefined
          }
          nextStep='可以看看日历上的其他月份'
          actionText='看活动日历'
          onAction={openCalendar}
          onRetry={loadUpcoming}
        />
      ) : (
        upcoming
          .slice(0, UPCOMING_COUNT)
          .map((event) => (
            <EventCard
              key={event.id}
              event={event}
              onClick={() =>
                openPage(`/packages/events/detail/index?id=${encodeURIComponent(event.id)}`)
              }
            />
          ))
      )}
    </View>
  )
}
