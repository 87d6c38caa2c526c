import { Picker, Text, View } from '@tarojs/components'
import './index.scss'

export interface FilterOption<T extends string> {
  /** undefined is 全部. */
  value: T | undefined
  label: string
}

export interface FilterPickerProps<T extends string> {
  /** What is filtered, e.g. 品牌. */
  label: string
  options: FilterOption<T>[]
  value: T | undefined
  onChange: (value: T | undefined) => void
}

/** One filter of a filter bar: shows the choice, opens a picker when tapped. */
export function FilterPicker<T extends string>({
  label,
  options,
  value,
  onChange,
}: FilterPickerProps<T>) {
  const index = Math.max(
    0,
    options.findIndex((o) => o.value === value),
  )
  const active = value !== undefined
  return (
    <Picker
      mode='selector'
      range={options.map((o) => o.label)}
      value={index}
      onChange={(e) => onChange(options[Number(e.detail.value)]?.value)}
    >
      <View
        className={`filter-picker${active ? ' filter-picker--active' : ''}`}
        aria-label={`${label}：${options[index].label}`}
      >
        <Text className='filter-picker__text'>{active ? options[index].label : label}</Text>
        <Text className='filter-picker__arrow'>▾</Text>
      </View>
    </Picker>
  )
}
