import type { BrandId } from '../../../../types/catalog'
import { BRAND_LINES, PLAN_TOTALS, brandName } from '../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { formatDate } from '../../../../src/domain/time'
import { findMany } from '../db'
import {
  queryFigure,
  yearRange,
  type FigureDef,
  type FigureSource,
  type StatsScope,
} from './figure'
import { maskedPeople } from './people'
import { brandsOf, idsInCounty, OPENINGS } from './scope'

interface HireDoc {
  _id: string
  openingId: string
  openingTitle: string
  employerName: string
  openid: string
  brand: BrandId
  occupation: string
  hiredAt: string
}

const COLUMNS = [
  { key: 'name', label: '求职者' },
  { key: 'brand', label: '品牌' },
  { key: 'opening', label: '岗位' },
  { key: 'employer', label: '用人单位' },
  { key: 'place', label: '工作地点' },
  { key: 'hiredAt', label: '录用日期' },
]

async function toRows(scope: StatsScope, docs: HireDoc[]) {
  const { db, _ } = scope.ctx
  const ids = [...new Set(docs.map((d) => d.openingId))]
  const [openings, person] = await Promise.all([
    ids.length
      ? findMany<{ _id: string; county?: string; place?: string }>(
          db
            .collection(COLLECTIONS.openings)
            .where({ _id: _.in(ids) })
            .field({ county: true, place: true })
            .limit(ids.length),
        )
      : [],
    maskedPeople(
      scope,
      docs.map((d) => d.openid),
    ),
  ])
  const opening = new Map(openings.map((o) => [o._id, o]))
  return docs.map((d) => {
    const o = opening.get(d.openingId)
    return {
      name: person(d.openid).name,
      brand: brandName(d.brand),
      opening: d.openingTitle,
      employer: d.employerName,
      place: o?.county ?? o?.place ?? '',
      hiredAt: formatDate(d.hiredAt),
    }
  })
}

async function hires(scope: StatsScope, brands: BrandId[]) {
  const { _ } = scope.ctx
  const where: Record<string, unknown> = {
    status: 'hired',
    brand: brands.length === 1 ? brands[0] : _.in(brands),
  }
  const years = yearRange(scope)
  if (years) where.hiredAt = years
  if (scope.filter.county) {
    const ids = await idsInCounty(scope, OPENINGS, scope.filter.county)
    if (!ids.length) return null
    where.openingId = _.in(ids)
  }
  return where
}

function figure(
  scope: StatsScope,
  key: string,
  label: string,
  brands: BrandId[],
  target?: { value: number; source: string },
): FigureDef {
  const planView = !scope.filter.year && !scope.filter.county
  return queryFigure<HireDoc>(
    {
      key,
      group: 'employment',
      label,
      unit: '人次',
      ...(planView && target ? { target: target.value } : {}),
      source: target?.source ?? '在招聘人数之内录用的人次',
      columns: COLUMNS,
    },
    scope,
    {
      collection: COLLECTIONS.applications,
      where: () => hires(scope, brands),
      orderBy: 'hiredAt',
      toRows: (docs) => toRows(scope, docs),
    },
  )
}

/** 就业创业: hires recorded by employers, per brand and in total, against the plan's targets. */
export const employmentFigures: FigureSource = (scope) => {
  const brands = brandsOf(scope)
  const perBrand = BRAND_LINES.filter((b) => brands.includes(b.id)).map((b) =>
    figure(scope, `employment.${b.id}`, `${b.name} 就业创业`, [b.id], b.targets.employment),
  )
  const total = figure(
    scope,
    'employment.total',
    scope.filter.brand ? '就业创业合计（所选品牌）' : '就业创业合计',
    brands,
    scope.filter.brand ? undefined : PLAN_TOTALS.employment,
  )
  return [total, ...perBrand]
}
