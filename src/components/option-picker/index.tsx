import { ScrollView, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../button'
import './index.scss'

/** One choice of a picker: what is stored and what the person reads. */
export interface PickerOption<T extends string | number> {
  value: T
  label: string
}

interface PickerBase<T extends string | number> {
  /** What is being chosen (区县, 工种); the sheet's title and the field's label. */
  title: string
  options: PickerOption<T>[]
  /** `field`: a form row; `chip`: a compact button in a filter bar. */
  look?: 'field' | 'chip'
  /** Shown while nothing is chosen: 请选择 / 全部区县. */
  placeholder?: string
  required?: boolean
  /** A plain reason shown under a field, e.g. 请选择区县. */
  error?: string | null
  disabled?: boolean
  /** Said when the field cannot be opened yet, e.g. 请先选择区县. */
  disabledHint?: string
}

export interface SinglePickerProps<T extends string | number> extends PickerBase<T> {
  multiple?: false
  value: T | undefined
  onChange: (value: T | undefined) => void
  /** A first choice that clears the value, e.g. 全部区县 or 不限. */
  clearLabel?: string
}

export interface MultiPickerProps<T extends string | number> extends PickerBase<T> {
  multiple: true
  value: T[]
  onChange: (value: T[]) => void
}

export type OptionPickerProps<T extends string | number> =
  | SinglePickerProps<T>
  | MultiPickerProps<T>

function summary<T extends string | number>(props: OptionPickerProps<T>): string | null {
  const labelOf = (v: T) => props.options.find((o) => o.value === v)?.label ?? String(v)
  if (props.multiple) {
    if (props.value.length === 0) return null
    const labels = props.value.map(labelOf)
    return labels.length <= 3
      ? labels.join('、')
      : `${labels.slice(0, 3).join('、')}等${labels.length}项`
  }
  return props.value === undefined ? null : labelOf(props.value)
}

/**
 * A picker instead of typing: a field (or a filter chip) that opens a sheet of large choices.
 * One tap picks in a single picker; a multiple picker toggles choices and ends with 确定.
 */
export function OptionPicker<T extends string | number>(props: OptionPickerProps<T>) {
  const [open, setOpen] = useState(false)
  const [picked, setPicked] = useState<T[]>([])
  const chosen = summary(props)
  const look = props.look ?? 'field'

  const show = () => {
    if (props.disabled) return
    setPicked(props.multiple ? [...props.value] : [])
    setOpen(true)
  }
  const choose = (value: T | undefined) => {
    if (props.multiple) return
    setOpen(false)
    props.onChange(value)
  }
  const toggle = (value: T) =>
    setPicked((p) => (p.includes(value) ? p.filter((v) => v !== value) : [...p, value]))
  const isOn = (value: T) => (props.multiple ? picked.includes(value) : props.value === value)

  return (
    <View className={`option-picker option-picker--${look}`}>
      {look === 'chip' ? (
        <View
          className={`option-picker__chip ${chosen ? 'option-picker__chip--on' : ''}`}
          hoverClass='option-picker__pressed'
          onClick={show}
        >
          <Text className='option-picker__chip-text'>
            {chosen ?? props.placeholder ?? props.title}
          </Text>
          <Text className='option-picker__arrow'>▾</Text>
        </View>
      ) : (
        <View
          className={`option-picker__field ${props.disabled ? 'option-picker__field--disabled' : ''}`}
          hoverClass='option-picker__pressed'
          onClick={show}
        >
          <Text className='option-picker__label'>
            {props.title}
            {props.required && <Text className='option-picker__required'> *</Text>}
          </Text>
          <Text className={`option-picker__value ${chosen ? '' : 'option-picker__value--empty'}`}>
            {chosen ??
              (props.disabled ? (props.disabledHint ?? '') : (props.placeholder ?? '请选择'))}
          </Text>
          <Text className='option-picker__arrow'>›</Text>
        </View>
      )}
      {look === 'field' && props.error && (
        <Text className='option-picker__error'>{props.error}</Text>
      )}
      {open && (
        <View className='option-picker__overlay' catchMove>
          <View className='option-picker__mask' onClick={() => setOpen(false)} />
          <View className='option-picker__sheet'>
            <View className='option-picker__head'>
              <Text className='option-picker__title'>
                {props.multiple ? `${props.title}（可多选）` : `选择${props.title}`}
              </Text>
              <Text className='option-picker__close' onClick={() => setOpen(false)}>
                关闭
              </Text>
            </View>
            <ScrollView scrollY className='option-picker__list'>
              {!props.multiple && props.clearLabel && (
                <View
                  className={`option-picker__option ${props.value === undefined ? 'option-picker__option--on' : ''}`}
                  hoverClass='option-picker__pressed'
                  onClick={() => choose(undefined)}
                >
                  <Text>{props.clearLabel}</Text>
                  {props.value === undefined && <Text className='option-picker__tick'>✓ 已选</Text>}
                </View>
              )}
              {props.options.map((o) => (
                <View
                  key={String(o.value)}
                  className={`option-picker__option ${isOn(o.value) ? 'option-picker__option--on' : ''}`}
                  hoverClass='option-picker__pressed'
                  onClick={() => (props.multiple ? toggle(o.value) : choose(o.value))}
                >
                  <Text>{o.label}</Text>
                  {isOn(o.value) && <Text className='option-picker__tick'>✓ 已选</Text>}
                </View>
              ))}
            </ScrollView>
            {props.multiple && (
              <View className='option-picker__done'>
                <Button
                  onClick={() => {
                    setOpen(false)
                    if (props.multiple) props.onChange(picked)
                  }}
                >
                  {picked.length > 0 ? `确定（已选${picked.length}项）` : '确定'}
                </Button>
              </View>
            )}
          </View>
        </View>
      )}
    </View>
  )
}
