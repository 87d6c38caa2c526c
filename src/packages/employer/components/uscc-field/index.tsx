import { FormField, type FieldNote } from '../../../../components/form-field'
import { USCC_REASONS, checkUscc, normalizeUscc } from '../../../../domain/uscc'

const LENGTH = 18
const CHARSET = /^[0-9ABCDEFGHJKLMNPQRTUWXY]*$/

/** What to say under the 统一社会信用代码 box as it is typed; nothing while empty. */
export function usccHint(value: string): FieldNote {
  const code = normalizeUscc(value)
  if (code === '') return {}
  if (!CHARSET.test(code)) return { error: USCC_REASONS.chars }
  if (code.length < LENGTH) {
    return { hint: `已填${code.length}位，还差${LENGTH - code.length}位（共18位）` }
  }
  const check = checkUscc(code)
  if (!check.ok) return { error: check.reason }
  return { ok: '统一社会信用代码核对无误' }
}

export interface UsccFieldProps {
  value: string
  onChange: (value: string) => void
}

/** The 统一社会信用代码 box: checked against GB 32100 on every keystroke, with a plain reason. */
export function UsccField({ value, onChange }: UsccFieldProps) {
  return (
    <FormField
      label='统一社会信用代码'
      value={value}
      maxlength={24}
      placeholder='营业执照上的18位代码'
      onInput={(v) => onChange(v.toUpperCase())}
      {...usccHint(value)}
    />
  )
}
