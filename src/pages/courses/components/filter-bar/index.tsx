import { Text, View } from '@tarojs/components'
import type { BrandId, CountyName, CourseMode } from '../../../../../types/catalog'
import { OptionPicker, type PickerOption } from '../../../../components/option-picker'
import { BRAND_LINES } from '../../../../domain/brands'
import { COUNTIES } from '../../../../domain/counties'
import { COURSE_MODE_LABELS } from '../../../../domain/groups'
import type { CourseFilters } from '../../../../stores/training'
import './index.scss'

export interface FilterBarProps {
  filters: CourseFilters
  onChange: (filters: CourseFilters) => void
}

/** 米粉师傅's featured name goes with it, so people looking for 螺蛳粉 find it. */
const BRAND_OPTIONS: PickerOption<BrandId>[] = BRAND_LINES.map((b) => ({
  value: b.id,
  label: b.featured ? `${b.name}（${b.featured.name}）` : b.name,
}))

const COUNTY_OPTIONS: PickerOption<CountyName>[] = COUNTIES.map((c) => ({
  value: c.name,
  label: c.name,
}))

const MODE_OPTIONS: PickerOption<CourseMode>[] = (
  Object.keys(COURSE_MODE_LABELS) as CourseMode[]
).map((m) => ({ value: m, label: COURSE_MODE_LABELS[m] }))

function occupationOptions(brand: BrandId | undefined): PickerOption<string>[] {
  const lines = brand ? BRAND_LINES.filter((b) => b.id === brand) : BRAND_LINES
  return lines.flatMap((b) => b.occupations.map((o) => ({ value: o, label: o })))
}

/** 品牌 · 工种 · 区县 · 方式 · 有名额: pickers that narrow the course list. */
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const set = (patch: CourseFilters) => onChange({ ...filters, ...patch })
  return (
    <View className='filter-bar'>
      <OptionPicker
        look='chip'
        title='品牌'
        placeholder='品牌'
        clearLabel='全部品牌'
        options={BRAND_OPTIONS}
        value={filters.brand}
        onChange={(brand) => {
          const keep =
            !brand || occupationOptions(brand).some((o) => o.value === filters.occupation)
          set({ brand, occupation: keep ? filters.occupation : undefined })
        }}
      />
      <OptionPicker
        look='chip'
        title='工种'
        placeholder='工种'
        clearLabel='全部工种'
        options={occupationOptions(filters.brand)}
        value={filters.occupation}
        onChange={(occupation) => set({ occupation })}
      />
      <OptionPicker
        look='chip'
        title='区县'
        placeholder='区县'
        clearLabel='全部区县'
        options={COUNTY_OPTIONS}
        value={filters.county}
        onChange={(county) => set({ county })}
      />
      <OptionPicker
        look='chip'
        title='上课方式'
        placeholder='方式'
        clearLabel='线上线下都行'
        options={MODE_OPTIONS}
        value={filters.mode}
        onChange={(mode) => set({ mode })}
      />
      <View
        className={`filter-bar__toggle ${filters.hasSeats ? 'filter-bar__toggle--on' : ''}`}
        hoverClass='filter-bar__pressed'
        onClick={() => set({ hasSeats: !filters.hasSeats })}
      >
        <Text className='filter-bar__toggle-text'>{filters.hasSeats ? '✓ 有名额' : '有名额'}</Text>
      </View>
    </View>
  )
}
