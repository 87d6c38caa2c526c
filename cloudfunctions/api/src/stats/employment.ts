import type { BrandId } from '../../../../types/catalog'
import { PLAN_TOTALS, brandName } from '../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { formatDate } from '../../../../src/domain/time'
import { findMany } from '../db'
import { brandRecordFigures } from './brand-figures'
import type { FigureSource, StatsScope } from './figure'
import { maskedPeople } from './people'
import { OPENINGS } from './scope'

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

/** 就业创业: hires recorded by employers, per brand and in total, against the plan's targets. */
export const employmentFigures: FigureSource = brandRecordFigures<HireDoc>({
  group: 'employment',
  collection: COLLECTIONS.applications,
  status: 'hired',
  dateField: 'hiredAt',
  placeField: 'openingId',
  placeCollection: OPENINGS,
  label: (name) => `${name} 就业创业`,
  totalLabel: '就业创业合计',
  counts: '在招聘人数之内录用的人次',
  targetOf: (b) => b.targets.employment,
  planTotal: PLAN_TOTALS.employment,
  columns: COLUMNS,
  toRows,
})
