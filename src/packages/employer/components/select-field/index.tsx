import { Picker, Text, View } from '@tarojs/components'
import { Field, type FieldHint } from '../field'

export interface SelectFieldProps {
  label: string
  options: readonly string[]
  /** The chosen option, or undefined before a choice. */
  value?: string
  placeholder: string
  onChoose: (value: string) => void
  optional?: boolean
  disabled?: boolean
  hint?: FieldHint | null
}

/** A labelled picker: one tap, a list, no typing. */
export function SelectField({
  label,
  options,
  value,
  placeholder,
  onChoose,
  optional,
  disabled,
  hint,
}: SelectFieldProps) {
  const index = value ? Math.max(0, options.indexOf(value)) : 0
  return (
    <Field label={label} optional={optional} hint={hint}>
      <Picker
        className='field__picker'
        mode='selector'
        range={[...options]}
        value={index}
        disabled={disabled}
        onChange={(e) => onChoose(options[Number(e.detail.value)])}
      >
        <View className='field__picker-value'>
          <Text className={value ? '' : 'field__picker-placeholder'}>{value ?? placeholder}</Text>
          <Text className='field__picker-placeholder'>▾</Text>
        </View>
      </Picker>
    </Field>
  )
}
