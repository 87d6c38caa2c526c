import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface FieldHint {
  tone: 'ok' | 'error' | 'info'
  text: string
}

export interface FieldProps {
  label: string
  /** 选填 beside the label. */
  optional?: boolean
  hint?: FieldHint | null
  children: ReactNode
}

/** A labelled form row with a line under it that says what is wrong (or right) as the person types. */
export function Field({ label, optional, hint, children }: FieldProps) {
  return (
    <View className='field'>
      <View className='field__label'>
        <Text className='field__label-text'>{label}</Text>
        {optional && <Text className='field__optional'>选填</Text>}
      </View>
      <View className={`field__control ${hint?.tone === 'error' ? 'field__control--error' : ''}`}>
        {children}
      </View>
      {hint && <Text className={`field__hint field__hint--${hint.tone}`}>{hint.text}</Text>}
    </View>
  )
}
