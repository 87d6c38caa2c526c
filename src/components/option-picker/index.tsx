import { ScrollView, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../button'
import { FieldFrame, FormField } from '../form-field'
import type { PickerOption } from './options'
import './index.scss'

export type { PickerOption } from './options'
export { clockLabel, dateOptions, optionsOf, plainOptions, timeOptions } from './options'

/** Longer lists than this get a search box on top of the sheet (区县's townships, 工种). */
const SEARCH_FROM = 12

interface PickerBase<T extends string | number> {
  /** What is being chosen (区县, 工种); the sheet's title and the field's label. */
  title: string
  options: PickerOption<T>[]
  /** `field`: a form row; `chip`: a compact button in a filter bar. */
  look?: 'field' | 'chip'
  /** Shown while nothing is chosen: 请选择 / 全部区县. */
  placeholder?: string
  required?: boolean
  /** 选填 after the label. */
  optional?: boolean
  /** A plain reason shown under a field, e.g. 请选择区县. */
  error?: string | null
  /** A grey line under a field. */
  hint?: string | null
  disabled?: boolean
  /** Said when the field cannot be opened yet, e.g. 请先选择区县. */
  disabledHint?: string
  /** A search box over the choices; on by default for lists longer than 12. */
  searchable?: boolean
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
 * The one picker of the app, instead of typing and instead of the platform's small native wheel:
 * a form field (or a filter chip) that opens a bottom sheet of large rows (48 px and up, body
 * text, larger in care mode), with a search box when the list is long. One tap picks in a single
 * picker; a multiple picker toggles choices and ends with 确定.
 */
export function OptionPicker<T extends string | number>(props: OptionPickerProps<T>) {
  const [open, setOpen] = useState(false)
  const [picked, setPicked] = useState<T[]>([])
  const [query, setQuery] = useState('')
  const chosen = summary(props)
  const look = props.look ?? 'field'
  const fieldText =
    chosen ?? (props.disabled ? (props.disabledHint ?? '') : (props.placeholder ?? '请选择'))
  const searchable = props.searchable ?? props.options.length > SEARCH_FROM
  const words = query.trim()
  const shownOptions = words ? props.options.filter((o) => o.label.includes(words)) : props.options

  const show = () => {
    if (props.disabled || open) return
    setPicked(props.multiple ? [...props.value] : [])
    setQuery('')
    setOpen(true)
  }
  const close = () => setOpen(false)
  const choose = (value: T | undefined) => {
    if (props.multiple) return
    setOpen(false)
    props.onChange(value)
  }
  const toggle = (value: T) =>
    setPicked((p) => (p.includes(value) ? p.filter((v) => v !== value) : [...p, value]))
  const isOn = (value: T) => (props.multiple ? picked.includes(value) : props.value === value)

  const sheet = open && (
    // Taps inside the sheet must not reach the field under it (which would open it again).
    <View className='option-picker__overlay' catchMove onClick={(e) => e.stopPropagation()}>
      <View className='option-picker__mask' onClick={close} />
      <View className='option-picker__sheet' role='dialog' aria-label={props.title}>
        <View className='option-picker__head'>
          <Text className='option-picker__title'>
            {props.multiple ? `${props.title}（可多选）` : `选择${props.title}`}
          </Text>
          <Text className='option-picker__close' onClick={close}>
            关闭
          </Text>
        </View>
        {searchable && (
          <FormField
            label={`搜索${props.title}`}
            value={query}
            placeholder='输入几个字，例如 融水'
            maxlength={20}
            onInput={setQuery}
          />
        )}
        <ScrollView scrollY className='option-picker__list'>
          {!props.multiple && props.clearLabel && !words && (
            <View
              className={`option-picker__option ${props.value === undefined ? 'option-picker__option--on' : ''}`}
              hoverClass='option-picker__pressed'
              role='option'
              aria-selected={props.value === undefined}
              onClick={() => choose(undefined)}
            >
              <Text>{props.clearLabel}</Text>
              {props.value === undefined && <Text className='option-picker__tick'>✓ 已选</Text>}
            </View>
          )}
          {shownOptions.map((o) => (
            <View
              key={String(o.value)}
              className={`option-picker__option ${isOn(o.value) ? 'option-picker__option--on' : ''}`}
              hoverClass='option-picker__pressed'
              role='option'
              aria-selected={isOn(o.value)}
              onClick={() => (props.multiple ? toggle(o.value) : choose(o.value))}
            >
              <Text>{o.label}</Text>
              {isOn(o.value) && <Text className='option-picker__tick'>✓ 已选</Text>}
            </View>
          ))}
          {shownOptions.length === 0 && (
            <Text className='option-picker__none'>{`没有找到“${words}”，换几个字试试`}</Text>
          )}
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
  )

  if (look === 'chip') {
    return (
      <View className='option-picker option-picker--chip'>
        <View
          className={`option-picker__chip ${chosen ? 'option-picker__chip--on' : ''}`}
          hoverClass='option-picker__pressed'
          role='button'
          aria-label={`${props.title}：${chosen ?? props.placeholder ?? '全部'}`}
          onClick={show}
        >
          <Text className='option-picker__chip-text'>
            {chosen ?? props.placeholder ?? props.title}
          </Text>
          <Text className='option-picker__arrow'>▾</Text>
        </View>
        {sheet}
      </View>
    )
  }

  return (
    <FieldFrame
      className='option-picker option-picker__field'
      label={props.title}
      required={props.required}
      optional={props.optional}
      error={props.error}
      hint={props.disabled ? null : props.hint}
      onClick={show}
    >
      <View
        className={`form-field__box option-picker__box ${props.error ? 'form-field__box--error' : ''} ${props.disabled ? 'option-picker__box--disabled' : ''}`}
        hoverClass='option-picker__pressed'
        role='button'
        aria-label={`${props.title}：${fieldText}`}
      >
        <Text className={`option-picker__value ${chosen ? '' : 'option-picker__value--empty'}`}>
          {fieldText}
        </Text>
        <Text className='option-picker__arrow'>›</Text>
      </View>
      {sheet}
    </FieldFrame>
  )
}
