import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { EventDetail } from '../../../../../types/events'
import { Button } from '../../../../components/button'
import { copyText } from '../platform'

export interface PlaceSectionProps {
  event: EventDetail
}

/** Where: the venue with 查看地图/导航 (weapp), or the live-stream link for online events. */
export function PlaceSection({ event }: PlaceSectionProps) {
  if (event.mode === 'online') {
    return (
      <View className='event-detail__section'>
        <Text className='event-detail__label'>参加方式</Text>
        <Text className='event-detail__value'>线上直播，用手机就能看</Text>
        {event.link && (
          <>
            <Text className='event-detail__link-text'>{event.link}</Text>
            <View className='event-detail__inline-action'>
              <Button
                variant='secondary'
                onClick={() => copyText(event.link ?? '', '链接已复制，到浏览器里打开')}
              >
                复制直播链接
              </Button>
            </View>
          </>
        )}
      </View>
    )
  }
  const venue = event.venue
  if (!venue) return null
  return (
    <View className='event-detail__section'>
      <Text className='event-detail__label'>地点</Text>
      <Text className='event-detail__value'>{venue.name}</Text>
      <Text className='event-detail__sub'>{`${venue.county} ${venue.address}`}</Text>
      <View className='event-detail__inline-action'>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button
            variant='secondary'
            onClick={() =>
              Taro.openLocation({
                latitude: venue.point.latitude,
                longitude: venue.point.longitude,
                name: venue.name,
                address: venue.address,
                scale: 16,
              })
            }
          >
            查看地图 / 导航
          </Button>
        ) : (
          <Button
            variant='secondary'
            onClick={() =>
              copyText(`${venue.county}${venue.address}`, '地址已复制，可到地图里搜索')
            }
          >
            复制地址
          </Button>
        )}
      </View>
    </View>
  )
}
