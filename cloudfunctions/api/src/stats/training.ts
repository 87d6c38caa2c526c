import type { BrandId } from '../../../../types/catalog'
import type { Certificate } from '../../../../types/training'
import { PLAN_TOTALS, brandName } from '../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { formatDate } from '../../../../src/domain/time'
import { findMany } from '../db'
import { brandRecordFigures } from './brand-figures'
import type { FigureSource, StatsScope } from './figure'
import { maskedPeople } from './people'
import { COURSES } from './scope'

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

/** 培训: completions with a certificate, per brand and in total, against the plan's targets. */
export const trainingFigures: FigureSource = brandRecordFigures<CompletionDoc>({
  group: 'training',
  collection: COLLECTIONS.enrollments,
  status: 'completed',
  dateField: 'completedAt',
  placeField: 'courseId',
  placeCollection: COURSES,
  label: (name) => `${name} 培训`,
  totalLabel: '培训合计',
  counts: '结业并发证的培训人次',
  targetOf: (b) => b.targets.training,
  planTotal: PLAN_TOTALS.training,
  columns: COLUMNS,
  toRows,
})
