import type { BrandId, CountyName } from '../../../types/catalog'
import type { EventMode } from '../../../types/events'
import { optionsOf, plainOptions } from '../../components/option-picker'
import { BRAND_LINES } from '../../domain/brands'
import { COUNTY_NAMES } from '../../domain/counties'

/** 品牌 filter: the four brand lines (全部品牌 clears it). */
export const BRAND_OPTIONS = optionsOf<BrandId>(BRAND_LINES.map((b) => [b.id, b.name]))

/** 区县 filter: Liuzhou's districts and counties (全部区县 clears it). */
export const COUNTY_OPTIONS = plainOptions<CountyName>(COUNTY_NAMES)

/** 线上/线下 filter (线上线下 clears it). */
export const MODE_OPTIONS = optionsOf<EventMode>([
  ['offline', '线下'],
  ['online', '线上'],
])
