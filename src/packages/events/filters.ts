import type { BrandId, CountyName } from '../../../types/catalog'
import type { EventMode } from '../../../types/events'
import { BRAND_LINES } from '../../domain/brands'
import { COUNTY_NAMES } from '../../domain/counties'
import type { FilterOption } from './components/filter-picker'

/** 品牌 filter: 全部品牌, then the four brand lines. */
export const BRAND_OPTIONS: FilterOption<BrandId>[] = [
  { value: undefined, label: '全部品牌' },
  ...BRAND_LINES.map((b) => ({ value: b.id, label: b.name })),
]

/** 区县 filter: 全部区县, then Liuzhou's districts and counties. */
export const COUNTY_OPTIONS: FilterOption<CountyName>[] = [
  { value: undefined, label: '全部区县' },
  ...COUNTY_NAMES.map((c) => ({ value: c, label: c })),
]

/** 线上/线下 filter. */
export const MODE_OPTIONS: FilterOption<EventMode>[] = [
  { value: undefined, label: '线上线下' },
  { value: 'offline', label: '线下' },
  { value: 'online', label: '线上' },
]
