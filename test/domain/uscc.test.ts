import { checkUscc, usccCheckChar, withUsccCheckDigit, USCC_REASONS } from '../../src/domain/uscc'

/** Codes published outside this code base: the example in GB 32100-2015 and a listed company's. */
const PUBLISHED = ['91350100M000100Y43', '91440300708461136T']

describe('checkUscc', () => {
  it('accepts published codes, also typed in lowercase with spaces', () => {
    for (const code of PUBLISHED) expect(checkUscc(code)).toEqual({ ok: true })
    expect(checkUscc('91350100 m000100 y43')).toEqual({ ok: true })
  })

  it('refuses every wrong check character with the licence reason', () => {
    const allowed = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    const body = PUBLISHED[0].slice(0, 17)
    const accepted = [...allowed].filter((c) => checkUscc(body + c).ok)
    expect(accepted).toEqual(['3'])
    expect(checkUscc(body + '4')).toEqual({
      ok: false,
      reason: '统一社会信用代码最后一位校验码不对，请核对营业执照',
    })
  })

  it('refuses a changed character in the body', () => {
    expect(checkUscc('91350100M000101Y43')).toEqual({ ok: false, reason: USCC_REASONS.check })
  })

  it('names the letters that are never used', () => {
    for (const bad of ['I', 'O', 'Z', 'S', 'V']) {
      expect(checkUscc(`91350100M000100${bad}43`)).toEqual({
        ok: false,
        reason: '统一社会信用代码含有不允许的字符（不用I、O、Z、S、V）',
      })
    }
    expect(checkUscc('91350100M00010#Y43')).toEqual({ ok: false, reason: USCC_REASONS.chars })
  })

  it('says how long it must be', () => {
    expect(checkUscc('91350100M000100Y4')).toEqual({
      ok: false,
      reason: '统一社会信用代码应为18位',
    })
    expect(checkUscc('91350100M000100Y433')).toEqual({ ok: false, reason: USCC_REASONS.length })
  })
})

describe('withUsccCheckDigit', () => {
  it('completes 17 characters into a code that passes, matching the published check', () => {
    expect(withUsccCheckDigit('91350100M000100Y4')).toBe('91350100M000100Y43')
    expect(usccCheckChar('91440300708461136')).toBe('T')
    const made = withUsccCheckDigit('91450200MA5DEM001')
    expect(made).toHaveLength(18)
    expect(checkUscc(made)).toEqual({ ok: true })
  })

  it('refuses to complete characters a code may not contain', () => {
    expect(() => withUsccCheckDigit('91450200MA5DEMO01')).toThrow()
  })
})
