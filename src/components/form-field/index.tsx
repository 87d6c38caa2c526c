import { Input, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

/** The line under a field: what is wrong (red), what the value says (green), or a hint (grey). */
export interface FieldNote {
  error?: string | null
  ok?: string | null
  hint?: string | null
}

export interface FieldFrameProps extends FieldNote {
  label: string
  /** A red * after the label. */
  required?: boolean
  /** 选填 after the label. */
  optional?: boolean
  className?: string
  /** Tapping anywhere on the field (label included), used by the picker to open its sheet. */
  onClick?: () => void
  children: ReactNode
}

/** Label above, the control, then one line: the error if there is one, else ok, else the hint. */
export function FieldFrame(props: FieldFrameProps) {
  const note = props.error
    ? { tone: 'error', text: props.error }
    : props.ok
      ? { tone: 'ok', text: props.ok }
      : props.hint
        ? { tone: 'hint', text: props.hint }
        : null
  return (
    <View className={`form-field ${props.className ?? ''}`} onClick={props.onClick}>
      <View className='form-field__label'>
        <Text className='form-field__label-text'>{props.label}</Text>
        {props.required && <Text className='form-field__required'> *</Text>}
        {props.optional && <Text className='form-field__optional'>选填</Text>}
      </View>
      {props.children}
      {note && (
        <Text className={`form-field__note form-field__note--${note.tone}`}>{note.text}</Text>
      )}
    </View>
  )
}

export interface FormFieldProps extends FieldNote {
  label: string
  value: string
  onInput: (value: string) => void
  placeholder?: string
  type?: 'text' | 'number' | 'idcard' | 'digit'
  maxlength?: number
  /** Several lines (a description): a taller box. */
  multiline?: boolean
  required?: boolean
  optional?: boolean
  disabled?: boolean
  confirmType?: 'done' | 'search' | 'next' | 'go' | 'send'
  onConfirm?: () => void
}

/**
 * A form field: label, a text box whose whole area takes the tap (48 px and up, 52 in care mode),
 * and one line for the error, the check result or the hint. Every form in the app uses it.
 */
export function FormField(props: FormFieldProps) {
  const boxClass = `form-field__box ${props.error ? 'form-field__box--error' : ''}`
  return (
    <FieldFrame
      label={props.label}
      required={props.required}
      optional={props.optional}
      error={props.error}
      ok={props.ok}
      hint={props.hint}
    >
      {props.multiline ? (
        <Textarea
          className={`${boxClass} form-field__textarea`}
          value={props.value}
          maxlength={props.maxlength ?? 2000}
          placeholder={props.placeholder}
          disabled={props.disabled}
          aria-label={props.label}
          nativeProps={{ 'aria-label': props.label }}
          onInput={(e) => props.onInput(e.detail.value)}
        />
      ) : (
        <Input
          className={`${boxClass} form-field__input`}
          value={props.value}
          type={props.type ?? 'text'}
          maxlength={props.maxlength ?? 100}
          placeholder={props.placeholder}
          disabled={props.disabled}
          confirmType={props.confirmType}
          aria-label={props.label}
          nativeProps={{ 'aria-label': props.label }}
          onInput={(e) => props.onInput(e.detail.value)}
          onConfirm={props.onConfirm}
        />
      )}
    </FieldFrame>
  )
}
