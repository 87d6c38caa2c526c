import {
  COUNTIES,
  COUNTY_NAMES,
  EXPORT_BASE_COUNTIES,
  OUTSIDE_PLACES,
  WORK_PLACES,
  countyByName,
  isCountyName,
  isTownshipOf,
  placeFits,
} from '../../src/domain/counties'
import { checkIdNumber, idCheckChar } from '../../src/domain/id-card'

describe('Liuzhou counties', () => {
  it('lists the 5 districts and 5 counties of Liuzhou', () => {
    expect(COUNTY_NAMES).toEqual([
      '城中区',
      '鱼峰区',
      '柳南区',
      '柳北区',
      '柳江区',
      '柳城县',
      '鹿寨县',
      '融安县',
      '融水苗族自治县',
      '三江侗族自治县',
    ])
    expect(COUNTIES.filter((c) => c.kind === 'district')).toHaveLength(5)
  })

  it('gives each one towns/streets, none shared between two', () => {
    const all = COUNTIES.flatMap((c) => c.townships)
    expect(new Set(all).size).toBe(all.length)
    for (const c of COUNTIES) {
      expect(c.townships.length).toBeGreaterThanOrEqual(7)
      for (const t of c.townships) expect(t).toMatch(/(街道|镇|乡)$/)
    }
    expect(isTownshipOf('融水苗族自治县', '安太乡')).toBe(true)
    expect(isTownshipOf('三江侗族自治县', '安太乡')).toBe(false)
  })

  it('puts each centre inside the Liuzhou area, the northern counties north of the city', () => {
    for (const c of COUNTIES) {
      expect(c.centre.latitude).toBeGreaterThan(24.1)
      expect(c.centre.latitude).toBeLessThan(26.1)
      expect(c.centre.longitude).toBeGreaterThan(108.9)
      expect(c.centre.longitude).toBeLessThan(110.0)
    }
    const lat = (n: string) => countyByName(n)!.centre.latitude
    expect(lat('三江侗族自治县')).toBeGreaterThan(lat('融安县'))
    expect(lat('融安县')).toBeGreaterThan(lat('城中区'))
    expect(lat('柳江区')).toBeLessThan(lat('柳北区'))
  })

  it('has region codes that make valid Liuzhou ID numbers', () => {
    for (const c of COUNTIES) {
      expect(c.code).toMatch(/^4502\d\d$/)
      const first17 = `${c.code}19900101001`
      expect(checkIdNumber(first17 + idCheckChar(first17))).toMatchObject({
        ok: true,
        regionCode: c.code,
      })
    }
  })

  it('names the plan’s three export-base counties', () => {
    expect([...EXPORT_BASE_COUNTIES].sort()).toEqual(
      ['三江侗族自治县', '融安县', '融水苗族自治县'].sort(),
    )
    expect(EXPORT_BASE_COUNTIES.every(isCountyName)).toBe(true)
  })
})

describe('work places', () => {
  it('offers every county, anywhere in Liuzhou, and Guangdong (湛江)', () => {
    for (const c of COUNTY_NAMES) expect(WORK_PLACES).toContain(c)
    expect(WORK_PLACES).toContain('柳州市内均可')
    expect(WORK_PLACES).toContain('广东湛江')
    expect(new Set(WORK_PLACES).size).toBe(WORK_PLACES.length)
    expect(OUTSIDE_PLACES.some(isCountyName)).toBe(false)
  })

  it('matches a job place to wishes; 柳州市内均可 covers counties but not Guangdong', () => {
    expect(placeFits(['柳州市内均可'], '鹿寨县')).toBe(true)
    expect(placeFits(['柳州市内均可'], '广东湛江')).toBe(false)
    expect(placeFits(['融水苗族自治县', '广东湛江'], '广东湛江')).toBe(true)
    expect(placeFits(['融水苗族自治县'], '融安县')).toBe(false)
  })
})
