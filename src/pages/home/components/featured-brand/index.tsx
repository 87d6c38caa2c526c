import { Text, View } from '@tarojs/components'
import type { Brand } from '../../../../../types/catalog'
import './index.scss'

export interface FeaturedBrandProps {
  brand: Brand & { featured: NonNullable<Brand['featured']> }
  onOpen?: () => void
}

/** The banner at the top of the home page: 柳州螺蛳粉师傅 and the brand line it belongs to. */
export function FeaturedBrand({ brand, onOpen }: FeaturedBrandProps) {
  return (
    <View className='featured-brand' style={{ backgroundColor: brand.color }} onClick={onOpen}>
      <Text className='featured-brand__label'>重点劳务品牌</Text>
      <Text className='featured-brand__name'>{brand.featured.name}</Text>
      <Text className='featured-brand__tagline'>{brand.featured.tagline}</Text>
      <Text className='featured-brand__line'>{`属于「${brand.name}」：${brand.tagline}`}</Text>
      <Text className='featured-brand__more'>看培训和岗位 ›</Text>
    </View>
  )
}
