import {
  idCheckChar,
  checkIdNumber,
  checkIdNumberPrefix,
  maskIdNumber,
  ID_REASONS,
} from '../../src/domain/id-card'

const TODAY = new Date('2026-11-26T04:00:00Z')
/** The worked example printed in GB 11643-1999 (Beijing 朝阳, born 1949-12-31, female). */
const STANDARD_EXAMPLE = '11010519491231002X'

function valid(first17: string): string {
  return first17 + idCheckChar(first17)
}

describe('checkIdNumber', () => {
  it('accepts the standard example and reads birth date, gender and region from it', () => {
    expect(checkIdNumber(STANDARD_EXAMPLE, TODAY)).toEqual({
      ok: true,
      birthDate: '1949-12-31',
      gender: 'female',
      regionCode: '110105',
    })
  })

  it('accepts a lowercase x and spaces as typed on a phone', () => {
    expect(checkIdNumber('110105 19491231 002x', TODAY).ok).toBe(true)
  })

  it('reads an odd 17th digit as male', () => {
    const id = valid('45022519880315001')
    expect(checkIdNumber(id, TODAY)).toMatchObject({
      ok: true,
      gender: 'male',
      birthDate: '1988-03-15',
      regionCode: '450225',
    })
  })

  it('refuses a wrong last character with the checksum reason', () => {
    for (const last of '0123456789X') {
      const id = STANDARD_EXAMPLE.slice(0, 17) + last
      const result = checkIdNumber(id, TODAY)
      if (last === 'X') expect(result.ok).toBe(true)
      else expect(result).toEqual({ ok: false, reason: '身份证号最后一位不对，请核对' })
    }
  })

  it('refuses a single mistyped digit (a transposition too)', () => {
    expect(checkIdNumber('11010519491231003X', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.check,
    })
    expect(checkIdNumber('11010519491213002X', TODAY).ok).toBe(false)
  })

  it('says how long it must be', () => {
    expect(checkIdNumber('1101051949123100', TODAY)).toEqual({
      ok: false,
      reason: '身份证号应为18位',
    })
    expect(checkIdNumber('11010519491231002X1', TODAY)).toEqual({
      ok: false,
      reason: '身份证号应为18位',
    })
    expect(checkIdNumber('', TODAY)).toEqual({ ok: false, reason: '身份证号应为18位' })
  })

  it('refuses letters other than a final X', () => {
    expect(checkIdNumber('1101051949123100XX', TODAY)).toEqual({
      ok: false,
      reason: '只能是数字，最后一位可以是X',
    })
    expect(checkIdNumber('11010519491231O02X', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.chars,
    })
  })

  it('refuses impossible or future birth dates even with a matching check character', () => {
    expect(checkIdNumber(valid('45020319900230002'), TODAY)).toEqual({
      ok: false,
      reason: '出生日期不对',
    })
    expect(checkIdNumber(valid('45020319901301002'), TODAY)).toEqual({
      ok: false,
      reason: '出生日期不对',
    })
    expect(checkIdNumber(valid('45020318991231002'), TODAY)).toEqual({
      ok: false,
      reason: '出生日期不对',
    })
    expect(checkIdNumber(valid('45020320261127002'), TODAY)).toEqual({
      ok: false,
      reason: '出生日期不对',
    })
    expect(checkIdNumber(valid('45020320000229002'), TODAY).ok).toBe(true)
    expect(checkIdNumber(valid('45020319000229002'), TODAY).ok).toBe(false)
  })

  it('judges "today" in Beijing: born on the Beijing date that is still tomorrow in UTC is fine', () => {
    const lateEvening = new Date('2026-11-26T17:00:00Z') // 2026-11-27 01:00 in Beijing
    expect(checkIdNumber(valid('45020320261127002'), lateEvening).ok).toBe(true)
  })

  it('refuses an unknown province code', () => {
    expect(checkIdNumber(valid('99020319900101002'), TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.region,
    })
  })
})

describe('checkIdNumberPrefix', () => {
  const ok = { ok: true }
  it('stays quiet while every continuation is still possible', () => {
    for (const p of [
      '',
      '4',
      '45',
      '450203',
      '4502031',
      '45020319',
      '450203199',
      '4502031990',
      '45020319901',
      '450203199012',
      '4502031990123',
      '45020319901231',
      '45020319901231001',
    ]) {
      expect([p, checkIdNumberPrefix(p, TODAY)]).toEqual([p, ok])
    }
  })

  it('reports a letter in the first 17 at once', () => {
    expect(checkIdNumberPrefix('4502a', TODAY)).toEqual({ ok: false, reason: ID_REASONS.chars })
    expect(checkIdNumberPrefix('4502X', TODAY)).toEqual({ ok: false, reason: ID_REASONS.chars })
  })

  it('reports an impossible month or day as soon as it is typed', () => {
    expect(checkIdNumberPrefix('45020319902', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.birth,
    })
    expect(checkIdNumberPrefix('450203199013', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.birth,
    })
    expect(checkIdNumberPrefix('450203199000', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.birth,
    })
    expect(checkIdNumberPrefix('4502031990124', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.birth,
    })
    expect(checkIdNumberPrefix('45020319900230', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.birth,
    })
    expect(checkIdNumberPrefix('4502033', TODAY)).toEqual({ ok: false, reason: ID_REASONS.birth })
    expect(checkIdNumberPrefix('45020330', TODAY)).toEqual({ ok: false, reason: ID_REASONS.birth })
    expect(checkIdNumberPrefix('4502032099', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.birth,
    })
  })

  it('reports too many characters and checks the full number at 18', () => {
    expect(checkIdNumberPrefix('11010519491231002X1', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.length,
    })
    expect(checkIdNumberPrefix('110105194912310021', TODAY)).toEqual({
      ok: false,
      reason: ID_REASONS.check,
    })
    expect(checkIdNumberPrefix('11010519491231002x', TODAY)).toEqual(ok)
  })
})

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 4', () => {
    expect(maskIdNumber('450203199012311234')).toBe('4502**********1234')
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X')
  })

  it('never shows a short input whole', () => {
    expect(maskIdNumber('1234567')).toBe('*******')
  })
})
