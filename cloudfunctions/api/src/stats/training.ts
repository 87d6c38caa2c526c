import type { BrandId } from '../../../../types/catalog'
import type { Certificate } from '../../../../types/training'
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
import { brandsOf, COURSES, idsInCounty } from './scope'

interface CompletionDoc {
  _id: string
  courseId: string
  openid: string
  brand: BrandId
  occupation: string
  completedAt: string
  certificate?: Certificate
}

const COLUMNS = [
  { key: 'name', label: '学员' },
  { key: 'brand', label: '品牌' },
  { key: 'occupation', label: '工种' },
  { key: 'course', label: '课程' },
  { key: 'provider', label: '培训机构' },
  { key: 'county', label: '培训区县' },
  { key: 'completedAt', label: '结业日期' },
  { key: 'certificate', label: '证书' },
  { key: 'certificateNumber', label: '证书编号' },
]

async function toRows(scope: StatsScope, docs: CompletionDoc[]) {
  const { db, _ } = scope.ctx
  const courseIds = [...new Set(docs.map((d) => d.courseId))]
  const [courses, person] = await Promise.all([
    courseIds.length
      ? findMany<{ _id: string; title: string; providerName: string; county: string }>(
          db
            .collection(COLLECTIONS.courses)
            .where({ _id: _.in(courseIds) })
            .field({ title: true, providerName: true, county: true })
            .limit(courseIds.length),
        )
      : [],
    maskedPeople(
      scope,
      docs.map((d) => d.openid),
    ),
  ])
  const course = new Map(courses.map((c) => [c._id, c]))
  return docs.map((d) => ({
    name: person(d.openid).name,
    brand: brandName(d.brand),
    occupation: d.occupation,
    course: course.get(d.courseId)?.title ?? '',
    provider: course.get(d.courseId)?.providerName ?? '',
    county: course.get(d.courseId)?.county ?? '',
    completedAt: formatDate(d.completedAt),
    certificate: d.certificate?.name ?? '',
    certificateNumber: d.certificate?.number ?? '',
  }))
}

/** Where a completion is counted: completed (with certificate), in the filter's year and county. */
async function completions(scope: StatsScope, brands: BrandId[]) {
  const { _ } = scope.ctx
  const where: Record<string, unknown> = {
    status: 'completed',
    brand: brands.length === 1 ? brands[0] : _.in(brands),
  }
  const years = yearRange(scope)
  if (years) where.completedAt = years
  if (scope.filter.county) {
    const ids = await idsInCounty(scope, COURSES, scope.filter.county)
    if (!ids.length) return null
    where.courseId = _.in(ids)
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
  // The plan's targets are city-wide and cumulative: shown only for that view.
  const planView = !scope.filter.year && !scope.filter.county
  return queryFigure<CompletionDoc>(
    {
      key,
      group: 'training',
      label,
      unit: '人次',
      ...(planView && target ? { target: target.value } : {}),
      source: target?.source ?? '结业并发证的培训人次',
      columns: COLUMNS,
    },
    scope,
    {
      collection: COLLECTIONS.enrollments,
      where: () => completions(scope, brands),
      orderBy: 'completedAt',
      toRows: (docs) => toRows(scope, docs),
    },
  )
}

/** 培训: completions with a certificate, per brand and in total, against the plan's targets. */
export const trainingFigures: FigureSource = (scope) => {
  const brands = brandsOf(scope)
  const perBrand = BRAND_LINES.filter((b) => brands.includes(b.id)).map((b) =>
    figure(scope, `training.${b.id}`, `${b.name} 培训`, [b.id], b.targets.training),
  )
  const total = figure(
    scope,
    'training.total',
    scope.filter.brand ? '培训合计（所选品牌）' : '培训合计',
    brands,
    scope.filter.brand ? undefined : PLAN_TOTALS.training,
  )
  return [total, ...perBrand]
}
