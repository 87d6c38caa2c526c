import { checkPhone, maskPhone, PHONE_REASONS } from '../../src/domain/phone'

describe('checkPhone', () => {
  it('accepts mainland mobile numbers as people type them', () => {
    expect(checkPhone('13812345678')).toEqual({ ok: true, phone: '13812345678' })
    expect(checkPhone('138 1234 5678')).toEqual({ ok: true, phone: '13812345678' })
    expect(checkPhone('138-1234-5678')).toEqual({ ok: true, phone: '13812345678' })
    expect(checkPhone('+86 138 1234 5678')).toEqual({ ok: true, phone: '13812345678' })
    expect(checkPhone('19912345678').ok).toBe(true)
  })

  it('explains what is wrong', () => {
    expect(checkPhone('')).toEqual({ ok: false, reason: PHONE_REASONS.empty })
    expect(checkPhone('1381234567')).toEqual({ ok: false, reason: '手机号应为11位' })
    expect(checkPhone('138123456789')).toEqual({ ok: false, reason: '手机号应为11位' })
    expect(checkPhone('1381234567a')).toEqual({ ok: false, reason: '手机号只能是数字' })
    expect(checkPhone('12812345678')).toEqual({ ok: false, reason: PHONE_REASONS.prefix })
    expect(checkPhone('07722345678')).toEqual({ ok: false, reason: PHONE_REASONS.prefix })
  })
})

describe('maskPhone', () => {
  it('shows the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678')
  })
})
