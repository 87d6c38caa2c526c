/** The brand network directory as anyone sees it, and the counts against the plan's targets. */
import { z } from 'zod'
import type { Opening } from '../../../../../types/jobs'
import type { InstitutionKind, NetworkRoutes } from '../../../../../types/network'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { NETWORK_TARGETS } from '../../../../../src/domain/network'
import { isoBeijing } from '../../../../../src/domain/time'
import { countOf, findMany } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { noInput } from '../../validate'
import { brandId, countyName, docId } from '../training/schemas'
import { type InstitutionDoc, requireInstitution, toInstitution } from './store'

type PublicRoutes = Pick<NetworkRoutes, 'network/list' | 'network/get' | 'network/progress'>

export const institutionKind = z.enum(
  [
    'training_base',
    'incubation_base',
    'expert_studio',
    'leading_enterprise',
    'export_base',
  ] satisfies InstitutionKind[],
  { error: '请选择类别（培训示范基地、创业孵化基地、专家工作室、龙头企业或输出基地）' },
)
export const institutionLevel = z.enum(['region', 'city'], { error: '请选择自治区级或市级' })

const DEFAULT_PAGE_SIZE = 20

type OpeningDoc = Omit<Opening, 'id'> & { _id: string }

export const publicNetworkRoutes: RoutesOf<PublicRoutes> = {
  'network/list': {
    access: ['anyone'],
    input: z
      .object({
        kind: institutionKind.optional(),
        level: institutionLevel.optional(),
        brand: brandId.optional(),
        county: countyName.optional(),
        page: z.number().int().min(1, '页码不对').max(1000, '页码太大').optional(),
        // The map shows every visible entry at once: up to 100 in one page.
        pageSize: z.number().int().min(1, '每页至少1条').max(100, '每页最多100条').optional(),
      })
      .strict(),
    async handler(q, { db }) {
      const where: Record<string, unknown> = { status: 'active' }
      if (q.kind) where.kind = q.kind
      if (q.level) where.level = q.level
      if (q.brand) where.brand = q.brand
      if (q.county) where.county = q.county
      const page = q.page ?? 1
      const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE
      const collection = db.collection(COLLECTIONS.institutions)
      const [docs, total] = await Promise.all([
        findMany<InstitutionDoc>(
          collection
            .where(where)
            .orderBy('recognisedAt', 'desc')
            .orderBy('_id', 'asc')
            .skip((page - 1) * pageSize)
            .limit(pageSize),
        ),
        countOf(collection.where(where)),
      ])
      return { items: docs.map(toInstitution), total }
    },
  },

  'network/get': {
    access: ['anyone'],
    input: z.object({ id: docId('编号') }).strict(),
    async handler({ id }, { db, _, now }) {
      const doc = await requireInstitution(db, id)
      if (doc.status === 'retired') fail('NOT_FOUND', '这个基地或企业已经撤销，去看看其他的')
      const openings = doc.employerId
        ? await findMany<OpeningDoc>(
            db
              .collection(COLLECTIONS.openings)
              .where({
                employerId: doc.employerId,
                status: 'open',
                expiresAt: _.gt(isoBeijing(now())),
              })
              .orderBy('postedAt', 'desc')
              .limit(10),
          )
        : []
      return {
        ...toInstitution(doc),
        openings: openings.map(({ _id, ...o }) => ({ ...o, id: _id }) as Opening),
      }
    },
  },

  'network/progress': {
    access: ['anyone'],
    input: noInput,
    async handler(_input, { db, now }) {
      // Counted from the directory: active entries recognised by today (a future date is not yet).
      const today = isoBeijing(now()).slice(0, 10)
      const $ = db.command.aggregate
      const result = (await db
        .collection(COLLECTIONS.institutions)
        .aggregate()
        .match({ status: 'active', recognisedAt: db.command.lte(today) })
        .group({ _id: { kind: '$kind', level: '$level' }, n: $.sum(1) })
        .limit(100)
        .end()) as { list: Array<{ _id: { kind: string; level: string }; n: number }> }
      const count = (kind: string, level: string) =>
        result.list.find((r) => r._id.kind === kind && r._id.level === level)?.n ?? 0
      return {
        items: NETWORK_TARGETS.map((t) => ({ ...t, count: count(t.kind, t.level) })),
      }
    },
  },
}
