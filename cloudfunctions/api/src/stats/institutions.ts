import type { BrandId } from '../../../../types/catalog'
import type { InstitutionKind } from '../../../../types/network'
import { brandName } from '../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../src/domain/collections'
import {
  INSTITUTION_KIND_NAMES,
  INSTITUTION_LEVEL_NAMES,
  INSTITUTION_TARGETS,
} from '../../../../src/domain/institutions'
import { queryFigure, type FigureSource } from './figure'

interface InstitutionDoc {
  _id: string
  name: string
  kind: InstitutionKind
  level: 'region' | 'city'
  brand: BrandId
  county: string
  address: string
}

const COLUMNS = [
  { key: 'name', label: '名称' },
  { key: 'kind', label: '类别' },
  { key: 'level', label: '级别' },
  { key: 'brand', label: '品牌' },
  { key: 'county', label: '区县' },
  { key: 'address', label: '地址' },
]

/**
 * 品牌网络: institutions in the directory by kind and level, against the plan's targets. The
 * directory holds no year, so a year filter does not narrow them (the label says 名录现有).
 */
export const institutionFigures: FigureSource = (scope) =>
  INSTITUTION_TARGETS.map((t) =>
    queryFigure<InstitutionDoc>(
      {
        key: `institutions.${t.kind}.${t.level}`,
        group: 'institutions',
        label: `${INSTITUTION_LEVEL_NAMES[t.level]}${INSTITUTION_KIND_NAMES[t.kind]}`,
        unit: '个',
        ...(scope.filter.county || scope.filter.brand ? {} : { target: t.value }),
        source: t.source,
        columns: COLUMNS,
      },
      scope,
      {
        collection: COLLECTIONS.institutions,
        async where() {
          const where: Record<string, unknown> = { kind: t.kind, level: t.level }
          if (scope.filter.county) where.county = scope.filter.county
          if (scope.filter.brand) where.brand = scope.filter.brand
          return where
        },
        orderBy: 'name',
        toRows: async (docs) =>
          docs.map((d) => ({
            name: d.name,
            kind: INSTITUTION_KIND_NAMES[d.kind],
            level: INSTITUTION_LEVEL_NAMES[d.level],
            brand: brandName(d.brand),
            county: d.county,
            address: d.address,
          })),
      },
    ),
  )
