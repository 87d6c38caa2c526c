import type { BrandId, CountyName } from '../../../../types/catalog'
import type { StatsFilter } from '../../../../types/stats'
import type { PickerOption } from '../../../components/option-picker'
import { BRAND_LINES } from '../../../domain/brands'
import { COUNTY_NAMES } from '../../../domain/counties'
import { beijingYear } from '../../../domain/time'

/** The plan's first year: the year picker goes from here to this year. */
export const FIRST_YEAR = 2022

export const yearOptions = (): PickerOption<number>[] =>
  Array.from({ length: beijingYear() - FIRST_YEAR + 1 }, (_, i) => {
    const year = beijingYear() - i
    return { value: year, label: `${year}年` }
  })

export const COUNTY_OPTIONS: PickerOption<CountyName>[] = COUNTY_NAMES.map((c) => ({
  value: c,
  label: c,
}))

export const BRAND_OPTIONS: PickerOption<BrandId>[] = BRAND_LINES.map((b) => ({
  value: b.id,
  label: b.name,
}))

/** A filter as page-URL parameters, and back (the records page opens with the same filter). */
export function filterQuery(filter: StatsFilter): string {
  const parts: string[] = []
  if (filter.year) parts.push(`year=${filter.year}`)
  if (filter.county) parts.push(`county=${encodeURIComponent(filter.county)}`)
  if (filter.brand) parts.push(`brand=${filter.brand}`)
  return parts.join('&')
}

export function filterFromParams(params: Record<string, string | undefined>): StatsFilter {
  const filter: StatsFilter = {}
  const year = Number(params.year)
  if (Number.isInteger(year) && year >= FIRST_YEAR) filter.year = year
  const county = params.county ? decodeURIComponent(params.county) : undefined
  if (county && (COUNTY_NAMES as readonly string[]).includes(county))
    filter.county = county as CountyName
  if (params.brand && BRAND_LINES.some((b) => b.id === params.brand))
    filter.brand = params.brand as BrandId
  return filter
}
