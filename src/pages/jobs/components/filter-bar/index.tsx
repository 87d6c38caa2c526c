import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { BrandId, CountyName } from '../../../../../types/catalog'
import { FormField } from '../../../../components/form-field'
import { OptionPicker, optionsOf, plainOptions } from '../../../../components/option-picker'
import { BRAND_LINES } from '../../../../domain/brands'
import { COUNTY_NAMES } from '../../../../domain/counties'
import type { OpeningFilters } from '../../../../stores/jobs'
import './index.scss'

export interface FilterBarProps {
  filters: OpeningFilters
  onChange: (filters: OpeningFilters) => void
}

function occupationsFor(brand?: BrandId): string[] {
  const lines = brand ? BRAND_LINES.filter((b) => b.id === brand) : BRAND_LINES
  return [...new Set(lines.flatMap((b) => b.occupations))]
}

const BRAND_OPTIONS = optionsOf<BrandId>(BRAND_LINES.map((b) => [b.id, b.name]))
const COUNTY_OPTIONS = plainOptions<CountyName>(COUNTY_NAMES)

/** 品牌 · 工种 · 区县 pickers and a search box over the open jobs. */
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const [q, setQ] = useState(filters.q ?? '')
  useEffect(() => setQ(filters.q ?? ''), [filters.q])

  const occupations = occupationsFor(filters.brand)
  const any = Boolean(filters.brand || filters.occupation || filters.county || filters.q)

  return (
    <View className='filter-bar'>
      <View className='filter-bar__search'>
        <View className='filter-bar__query'>
          <FormField
            label='搜索岗位'
            value={q}
            placeholder='搜岗位、工种或单位'
            confirmType='search'
            maxlength={30}
            onInput={setQ}
            onConfirm={() => onChange({ ...filters, q })}
          />
        </View>
        <Text className='filter-bar__search-button' onClick={() => onChange({ ...filters, q })}>
          搜索
        </Text>
      </View>
      <View className='filter-bar__choices'>
        <View className='filter-bar__cell'>
          <OptionPicker
            look='chip'
            title='品牌'
            clearLabel='全部品牌'
            options={BRAND_OPTIONS}
            value={filters.brand}
            onChange={(brand) => {
              const occupation =
                filters.occupation && occupationsFor(brand).includes(filters.occupation)
                  ? filters.occupation
                  : undefined
              onChange({ ...filters, brand, occupation })
            }}
          />
        </View>
        <View className='filter-bar__cell'>
          <OptionPicker
            look='chip'
            title='工种'
            clearLabel='全部工种'
            options={plainOptions(occupations)}
            value={filters.occupation}
            onChange={(occupation) => onChange({ ...filters, occupation })}
          />
        </View>
        <View className='filter-bar__cell'>
          <OptionPicker
            look='chip'
            title='区县'
            clearLabel='全部区县'
            options={COUNTY_OPTIONS}
            value={filters.county}
            onChange={(county) => onChange({ ...filters, county })}
          />
        </View>
      </View>
      {any && (
        <Text className='filter-bar__clear' onClick={() => onChange({})}>
          清空条件
        </Text>
      )}
    </View>
  )
}
