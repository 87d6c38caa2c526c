import { render, screen } from '@testing-library/react'
import { UsccField, usccHint } from '../../src/packages/employer/components/uscc-field'
import { withUsccCheckDigit } from '../../src/domain/uscc'

const VALID = withUsccCheckDigit('91450204MA5DEM001')
const wrongCheck = VALID.slice(0, 17) + (VALID[17] === '1' ? '2' : '1')

describe('统一社会信用代码 as it is typed', () => {
  it('counts the characters still missing, without calling it an error', () => {
    expect(usccHint('')).toEqual({})
    expect(usccHint('914502')).toEqual({ hint: '已填6位，还差12位（共18位）' })
  })

  it('says at once when a letter that never appears is typed', () => {
    expect(usccHint('91450O')).toEqual({
      error: '统一社会信用代码含有不允许的字符（不用I、O、Z、S、V）',
    })
  })

  it('says the last character is wrong when the checksum fails, and accepts a right code', () => {
    expect(usccHint(wrongCheck)).toEqual({
      error: '统一社会信用代码最后一位校验码不对，请核对营业执照',
    })
    expect(usccHint(VALID)).toEqual({ ok: '统一社会信用代码核对无误' })
    expect(usccHint(`${VALID}1`).error).toBe('统一社会信用代码应为18位')
  })

  it('accepts the code with spaces and lower-case letters as copied from a licence', () => {
    const spaced = `${VALID.slice(0, 6)} ${VALID.slice(6).toLowerCase()}`
    expect(usccHint(spaced).ok).toBe('统一社会信用代码核对无误')
  })

  it('shows the reason under the box as the value changes', () => {
    const onChange = jest.fn()
    const { rerender } = render(<UsccField value='9145' onChange={onChange} />)
    expect(screen.getByText('已填4位，还差14位（共18位）')).toBeInTheDocument()

    rerender(<UsccField value={wrongCheck} onChange={onChange} />)
    expect(
      screen.getByText('统一社会信用代码最后一位校验码不对，请核对营业执照'),
    ).toBeInTheDocument()

    rerender(<UsccField value={VALID} onChange={onChange} />)
    expect(screen.getByText('统一社会信用代码核对无误')).toBeInTheDocument()
  })
})
