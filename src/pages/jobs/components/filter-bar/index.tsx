import { Input, Picker, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { BrandId, CountyName } from '../../../../../types/catalog'
import { BRAND_LINES } from '../../../../domain/brands'
import { COUNTY_NAMES } from '../../../../domain/counties'
import type { OpeningFilters } from '../../../../stores/jobs'
import './index.scss'

export interface FilterBarProps {
  filters: OpeningFilters
  onChange: (filters: OpeningFilters) => void
}

const ALL = '全部'

function occupationsFor(brand?: BrandId): string[] {
  const lines = brand ? BRAND_LINES.filter((b) => b.id === brand) : BRAND_LINES
  return [...new Set(lines.flatMap((b) => b.occupations))]
}

interface ChoiceProps {
  label: string
  options: string[]
  /** The chosen option, or undefined for 全部. */
  value?: string
  onChoose: (value: string | undefined) => void
}

/** One picker of the bar: 全部 first, then the options. */
function Choice({ label, options, value, onChoose }: ChoiceProps) {
  const range = [ALL, ...options]
  const index = value ? Math.max(0, range.indexOf(value)) : 0
  // WXSS has no universal selector (`> *`), so each picker sits in a cell the bar can size.
  return (
    <View className='filter-bar__cell'>
      <Picker
        mode='selector'
        range={range}
        value={index}
        onChange={(e) => {
          const i = Number(e.detail.value)
          onChoose(i > 0 ? range[i] : undefined)
        }}
      >
        <View className={`filter-bar__choice ${value ? 'filter-bar__choice--on' : ''}`}>
          <Text className='filter-bar__choice-label'>{label}</Text>
          <Text className='filter-bar__choice-value'>{value ?? ALL}</Text>
          <Text className='filter-bar__choice-arrow'>▾</Text>
        </View>
      </Picker>
    </View>
  )
}

/** 品牌 · 工种 · 区县 pickers and a search box over the open jobs. */
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const [q, setQ] = useState(filters.q ?? '')
  useEffect(() => setQ(filters.q ?? ''), [filters.q])

  const brandName = BRAND_LINES.find((b) => b.id === filters.brand)?.name
  const occupations = occupationsFor(filters.brand)
  const any = Boolean(filters.brand || filters.occupation || filters.county || filters.q)

  return (
    <View className='filter-bar'>
      <View className='filter-bar__search'>
        <Input
          className='filter-bar__input'
          value={q}
          placeholder='搜岗位、工种或单位'
          confirmType='search'
          maxlength={30}
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => onChange({ ...filters, q })}
        />
        <Text className='filter-bar__search-button' onClick={() => onChange({ ...filters, q })}>
          搜索
        </Text>
      </View>
      <View className='filter-bar__choices'>
        <Choice
          label='品牌'
          options={BRAND_LINES.map((b) => b.name)}
          value={brandName}
          onChoose={(name) => {
            const brand = BRAND_LINES.find((b) => b.name === name)?.id
            const occupation =
              filters.occupation && occupationsFor(brand).includes(filters.occupation)
                ? filters.occupation
                : undefined
            onChange({ ...filters, brand, occupation })
          }}
        />
        <Choice
          label='工种'
          options={occupations}
          value={filters.occupation}
          onChoose={(occupation) => onChange({ ...filters, occupation })}
        />
        <Choice
          label='区县'
          options={[...COUNTY_NAMES]}
          value={filters.county}
          onChoose={(county) => onChange({ ...filters, county: county as CountyName | undefined })}
        />
      </View>
      {any && (
        <Text className='filter-bar__clear' onClick={() => onChange({})}>
          清空条件
        </Text>
      )}
    </View>
  )
}
