import { Text, View } from '@tarojs/components'
import { monthGrid, monthTitle } from './grid'
import './index.scss'

export interface MonthCalendarProps {
  /** YYYY-MM, a Beijing calendar month. */
  month: string
  /** Days of the month that have events: marked with a dot and the words 有活动. */
  markedDays: number[]
  /** The day whose events are listed, if one is picked. */
  selectedDay?: number | null
  /** Today as YYYY-MM-DD (Beijing), outlined and written 今天. */
  today: string
  /** Tapping a marked day; tapping the picked day again passes null (the whole month). */
  onSelectDay: (day: number | null) => void
  onPrevMonth: () => void
  onNextMonth: () => void
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** A month grid with the days that have events marked; only marked days can be tapped. */
export function MonthCalendar({
  month,
  markedDays,
  selectedDay,
  today,
  onSelectDay,
  onPrevMonth,
  onNextMonth,
}: MonthCalendarProps) {
  const marked = new Set(markedDays)
  const [, m] = month.split('-').map(Number)
  const todayDay = today.startsWith(month) ? Number(today.slice(8, 10)) : null
  return (
    <View className='month-calendar'>
      <View className='month-calendar__head'>
        <Text className='month-calendar__nav' onClick={onPrevMonth}>
          ‹ 上个月
        </Text>
        <Text className='month-calendar__title'>{monthTitle(month)}</Text>
        <Text className='month-calendar__nav' onClick={onNextMonth}>
          下个月 ›
        </Text>
      </View>
      <View className='month-calendar__week month-calendar__weekdays'>
        {WEEKDAYS.map((w) => (
          <Text key={w} className='month-calendar__weekday'>
            {w}
          </Text>
        ))}
      </View>
      {monthGrid(month).map((week, i) => (
        <View key={i} className='month-calendar__week'>
          {week.map((day, j) => {
            if (day === null) return <View key={`b${j}`} className='month-calendar__cell' />
            const hasEvents = marked.has(day)
            const classes = [
              'month-calendar__cell',
              'month-calendar__day',
              hasEvents ? 'month-calendar__day--marked' : '',
              day === selectedDay ? 'month-calendar__day--selected' : '',
              day === todayDay ? 'month-calendar__day--today' : '',
            ]
            const label = `${m}月${day}日${day === todayDay ? ' 今天' : ''}${hasEvents ? ' 有活动' : ''}`
            return (
              <View
                key={day}
                className={classes.filter(Boolean).join(' ')}
                aria-label={label}
                data-day={day}
                data-marked={hasEvents ? 'true' : 'false'}
                onClick={() => {
                  if (hasEvents) onSelectDay(day === selectedDay ? null : day)
                }}
              >
                <Text className='month-calendar__number'>{String(day)}</Text>
                {hasEvents ? (
                  <Text className='month-calendar__dot'>●</Text>
                ) : day === todayDay ? (
                  <Text className='month-calendar__today'>今天</Text>
                ) : null}
              </View>
            )
          })}
        </View>
      ))}
      <View className='month-calendar__legend'>
        <Text className='month-calendar__legend-dot'>●</Text>
        <Text>有活动的日子，点一下只看这天</Text>
      </View>
    </View>
  )
}
