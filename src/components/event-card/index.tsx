import { Text, View } from '@tarojs/components'
import type { EventListItem } from '../../../types/events'
import { BRAND_LINES } from '../../domain/brands'
import { beijingParts, formatClock, formatDay } from '../../domain/time'
import { Card } from '../card'
import { Tag } from '../tag'
import './index.scss'

export interface EventCardProps {
  event: EventListItem
  onClick?: () => void
  /** A line under the card's facts, e.g. 已签到 on 我的活动. */
  note?: string
}

/** Where it happens, in a few words: 鱼峰区 · 鱼峰区人力资源市场, or 线上直播. */
export function eventPlace(event: Pick<EventListItem, 'mode' | 'venue' | 'county'>): string {
  if (event.mode === 'online') return '线上直播，在手机上看'
  return [event.venue?.county ?? event.county, event.venue?.name].filter(Boolean).join(' · ')
}

/** 到场 120 人 · 达成意向 18 人, or null when staff have recorded nothing. */
export function eventResults(event: Pick<EventListItem, 'results'>): string | null {
  const r = event.results
  if (!r || (r.attended === undefined && r.offers === undefined)) return null
  return [
    r.attended !== undefined ? `到场 ${r.attended} 人` : '',
    r.offers !== undefined ? `达成意向 ${r.offers} 人` : '',
  ]
    .filter(Boolean)
    .join(' · ')
}

/** A recruitment event in lists: date block (月/日), title, 线上/线下, place, employers and openings. */
export function EventCard({ event, onClick, note }: EventCardProps) {
  const { month, day } = beijingParts(event.startAt)
  const brand = BRAND_LINES.find((b) => b.id === event.brand)
  const cancelled = event.status === 'cancelled'
  const results = event.past ? eventResults(event) : null
  const classes = ['event-card', event.past || cancelled ? 'event-card--past' : '']
  return (
    <Card className={classes.filter(Boolean).join(' ')} onClick={onClick}>
      <View className='event-card__row'>
        <View className='event-card__date' style={brand ? { borderColor: brand.color } : undefined}>
          <Text className='event-card__month'>{`${month}月`}</Text>
          <Text className='event-card__day'>{String(day)}</Text>
        </View>
        <View className='event-card__body'>
          <Text className='event-card__title'>{event.title}</Text>
          <Text className='event-card__when'>
            {`${formatDay(event.startAt)} ${formatClock(event.startAt)}`}
          </Text>
          <View className='event-card__tags'>
            <Tag tone={event.mode === 'online' ? 'primary' : 'plain'}>
              {event.mode === 'online' ? '线上' : '线下'}
            </Tag>
            {brand && <Tag color={event.past ? undefined : brand.color}>{brand.name}</Tag>}
            {cancelled && <Tag tone='danger'>已取消</Tag>}
            {event.past && !cancelled && <Tag>已结束</Tag>}
          </View>
          <Text className='event-card__place'>{eventPlace(event)}</Text>
          <Text className='event-card__count'>
            {`${event.employerCount} 家单位 · ${event.openingCount} 个岗位`}
          </Text>
          {results && <Text className='event-card__results'>{results}</Text>}
          {note && <Text className='event-card__note'>{note}</Text>}
        </View>
      </View>
    </Card>
  )
}
