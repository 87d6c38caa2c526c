import { Input } from '@tarojs/components'
import { USCC_REASONS, checkUscc, normalizeUscc } from '../../../../domain/uscc'
import { Field, type FieldHint } from '../field'

const LENGTH = 18
const CHARSET = /^[0-9ABCDEFGHJKLMNPQRTUWXY]*$/

/** What to say under the 统一社会信用代码 box as it is typed; null while empty. */
export function usccHint(value: string): FieldHint | null {
  const code = normalizeUscc(value)
  if (code === '') return null
  if (!CHARSET.test(code)) return { tone: 'error', text: USCC_REASONS.chars }
  if (code.length < LENGTH) {
    return { tone: 'info', text: `已填${code.length}位，还差${LENGTH - code.length}位（共18位）` }
  }
  const check = checkUscc(code)
  if (!check.ok) return { tone: 'error', text: check.reason }
  return { tone: 'ok', text: '统一社会信用代码核对无误' }
}

export interface UsccFieldProps {
  value: string
  onChange: (value: string) => void
}

/** The 统一社会信用代码 box: checked against GB 32100 on every keystroke, with a plain reason. */
export function UsccField({ value, onChange }: UsccFieldProps) {
  return (
    <Field label='统一社会信用代码' hint={usccHint(value)}>
      <Input
        className='field__input'
        value={value}
        maxlength={24}
        placeholder='营业执照上的18位代码'
        onInput={(e) => onChange(e.detail.value.toUpperCase())}
      />
    </Field>
  )
}
