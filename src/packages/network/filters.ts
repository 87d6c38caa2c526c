import type { BrandId, CountyName } from '../../../types/catalog'
import type { InstitutionKind, InstitutionLevel } from '../../../types/network'
import { optionsOf, plainOptions } from '../../components/option-picker'
import { BRAND_IDS, BRAND_LINES } from '../../domain/brands'
import { COUNTY_NAMES } from '../../domain/counties'
import { INSTITUTION_KINDS, KIND_LABELS, LEVEL_LABELS, LEVELS } from '../../domain/network'

export const KIND_OPTIONS = optionsOf<InstitutionKind>(
  INSTITUTION_KINDS.map((k) => [k, KIND_LABELS[k]]),
)
export const LEVEL_OPTIONS = optionsOf<InstitutionLevel>(LEVELS.map((l) => [l, LEVEL_LABELS[l]]))
export const BRAND_OPTIONS = optionsOf<BrandId>(BRAND_LINES.map((b) => [b.id, b.name]))
export const COUNTY_OPTIONS = plainOptions<CountyName>(COUNTY_NAMES)

const pick = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  v !== undefined && (values as readonly string[]).includes(v) ? (v as T) : undefined

/** Filters from a link such as ?kind=leading_enterprise&brand=mifen (unknown values dropped). */
export function filtersFromParams(params: Record<string, string | undefined>) {
  return {
    kind: pick(INSTITUTION_KINDS, params.kind),
    level: pick(LEVELS, params.level),
    brand: pick(BRAND_IDS, params.brand),
    county: pick(COUNTY_NAMES, params.county ? decodeURIComponent(params.county) : undefined),
  }
}
