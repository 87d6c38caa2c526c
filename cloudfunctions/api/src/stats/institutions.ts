import type { BrandId } from '../../../../types/catalog'
import type { InstitutionKind, InstitutionLevel } from '../../../../types/network'
import { brandName } from '../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../src/domain/collections'
import {
  institutionTitle,
  KIND_LABELS,
  LEVEL_LABELS,
  NETWORK_TARGETS,
} from '../../../../src/domain/network'
import { formatDate, isoBeijing } from '../../../../src/domain/time'
import { queryFigure, type FigureSource, type StatsScope } from './figure'

interface InstitutionDoc {
  _id: string
  name: string
  kind: InstitutionKind
  level: InstitutionLevel
  brand: BrandId
  county: string
  address: string
  recognisedAt: string
}

const COLUMNS = [
  { key: 'name', label: '名称' },
  { key: 'kind', label: '类别' },
  { key: 'level', label: '级别' },
  { key: 'brand', label: '品牌' },
  { key: 'county', label: '区县' },
  { key: 'recognisedAt', label: '认定日期' },
  { key: 'address', label: '地址' },
]

/**
 * Counted as network/progress counts them: active directory entries recognised by today; for a
 * year, those recognised in that year.
 */
function where(scope: StatsScope, kind: InstitutionKind, level: InstitutionLevel) {
  const { _, now } = scope.ctx
  const today = isoBeijing(now()).slice(0, 10)
  const { year, county, brand } = scope.filter
  const recognised = year
    ? _.gte(`${year}-01-01`).and(_.lte(`${year}-12-31` < today ? `${year}-12-31` : today))
    : _.lte(today)
  return {
    kind,
    level,
    status: 'active',
    recognisedAt: recognised,
    ...(county ? { county } : {}),
    ...(brand ? { brand } : {}),
  }
}

/** 品牌网络: institutions of the directory by kind and level, against the plan's targets. */
export const institutionFigures: FigureSource = (scope) =>
  NETWORK_TARGETS.map((t) =>
    queryFigure<InstitutionDoc>(
      {
        key: `institutions.${t.kind}.${t.level}`,
        group: 'institutions',
        label: institutionTitle(t.kind, t.level),
        unit: '个',
        ...(scope.filter.county || scope.filter.brand || scope.filter.year
          ? {}
          : { target: t.target }),
        source: t.source,
        columns: COLUMNS,
      },
      scope,
      {
        collection: COLLECTIONS.institutions,
        where: async () => where(scope, t.kind, t.level),
        orderBy: 'recognisedAt',
        toRows: async (docs) =>
          docs.map((d) => ({
            name: d.name,
            kind: KIND_LABELS[d.kind],
            level: LEVEL_LABELS[d.level],
            brand: brandName(d.brand),
            county: d.county,
            recognisedAt: formatDate(d.recognisedAt),
            address: d.address,
          })),
      },
    ),
  )
