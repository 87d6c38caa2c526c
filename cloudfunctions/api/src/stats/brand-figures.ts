import type { BrandId } from '../../../../types/catalog'
import type { FigureGroup, RecordColumn, StatsRecord } from '../../../../types/stats'
import { BRAND_LINES } from '../../../../src/domain/brands'
import {
  queryFigure,
  yearRange,
  type FigureDef,
  type FigureSource,
  type StatsScope,
} from './figure'
import { brandsOf, idsInCounty } from './scope'

type Target = { value: number; source: string }
type BrandLine = (typeof BRAND_LINES)[number]

/**
 * Records of one kind counted per brand and in total against the plan's targets (completions,
 * hires): `status` records of `collection`, in the filter's year by `dateField` and in its county
 * through the place each record points at (`placeField` → `placeCollection`).
 */
export interface BrandRecordFigures<T> {
  group: Extract<FigureGroup, 'training' | 'employment'>
  collection: string
  status: string
  dateField: string
  placeField: string
  placeCollection: string
  /** Figure labels: one brand's, and the total's (all brands, or the chosen one). */
  label(brandName: string): string
  totalLabel: string
  /** What the figure counts when the plan gives it no target here. */
  counts: string
  targetOf(brand: BrandLine): Target
  planTotal: Target
  columns: RecordColumn[]
  toRows(scope: StatsScope, docs: T[]): Promise<StatsRecord[]>
}

export function brandRecordFigures<T>(def: BrandRecordFigures<T>): FigureSource {
  async function where(scope: StatsScope, brands: BrandId[]) {
    const { _ } = scope.ctx
    const w: Record<string, unknown> = {
      status: def.status,
      brand: brands.length === 1 ? brands[0] : _.in(brands),
    }
    const years = yearRange(scope)
    if (years) w[def.dateField] = years
    if (scope.filter.county) {
      const ids = await idsInCounty(scope, def.placeCollection, scope.filter.county)
      if (!ids.length) return null
      w[def.placeField] = _.in(ids)
    }
    return w
  }

  function figure(
    scope: StatsScope,
    key: string,
    label: string,
    brands: BrandId[],
    target?: Target,
  ): FigureDef {
    // The plan's targets are city-wide and cumulative: shown only for that view.
    const planView = !scope.filter.year && !scope.filter.county
    return queryFigure<T>(
      {
        key,
        group: def.group,
        label,
        unit: '人次',
        ...(planView && target ? { target: target.value } : {}),
        source: target?.source ?? def.counts,
        columns: def.columns,
      },
      scope,
      {
        collection: def.collection,
        where: () => where(scope, brands),
        orderBy: def.dateField,
        toRows: (docs) => def.toRows(scope, docs),
      },
    )
  }

  return (scope) => {
    const brands = brandsOf(scope)
    const chosen = Boolean(scope.filter.brand)
    const perBrand = BRAND_LINES.filter((b) => brands.includes(b.id)).map((b) =>
      figure(scope, `${def.group}.${b.id}`, def.label(b.name), [b.id], def.targetOf(b)),
    )
    const total = figure(
      scope,
      `${def.group}.total`,
      chosen ? `${def.totalLabel}（所选品牌）` : def.totalLabel,
      brands,
      chosen ? undefined : def.planTotal,
    )
    return [total, ...perBrand]
  }
}
