import { Text, View } from '@tarojs/components'
import type { Institution } from '../../../../../types/network'
import { COUNTIES } from '../../../../domain/counties'
import './index.scss'

export interface NetworkMapProps {
  items: Institution[]
  /** Highlighted entry (the one a detail page shows). */
  selected?: string
  onPick?: (i: Institution) => void
}

// The frame of the plot: Liuzhou's ten districts and counties with a margin (GCJ-02 degrees).
const FRAME = { north: 25.9, south: 24.0, west: 108.75, east: 109.95 }

const position = (lat: number, lng: number) => ({
  left: `${(((lng - FRAME.west) / (FRAME.east - FRAME.west)) * 100).toFixed(2)}%`,
  top: `${(((FRAME.north - lat) / (FRAME.north - FRAME.south)) * 100).toFixed(2)}%`,
})

/**
 * An offline plot of Liuzhou: the county seats as labels and each entry as a numbered point at its
 * map position. No map tiles are needed, so it works with no network and on any phone.
 */
export function NetworkMap({ items, selected, onPick }: NetworkMapProps) {
  return (
    <View className='network-map'>
      <View className='network-map__plot'>
        {COUNTIES.filter((c) => c.kind === 'county' || c.name === '柳北区').map((c) => (
          <Text
            key={c.name}
            className='network-map__county'
            style={position(c.centre.latitude, c.centre.longitude)}
          >
            {c.kind === 'district' ? '柳州市区' : c.short}
          </Text>
        ))}
        {items.map((i, n) => (
          <View
            key={i.id}
            className={`network-map__point${i.id === selected ? ' network-map__point--selected' : ''}`}
            style={position(i.location.lat, i.location.lng)}
            onClick={() => onPick?.(i)}
          >
            <Text className='network-map__number'>{n + 1}</Text>
          </View>
        ))}
      </View>
      <Text className='network-map__note'>
        示意图：按坐标画出各点的大致位置，不是精确地图；点“导航”可在手机地图中打开
      </Text>
    </View>
  )
}
