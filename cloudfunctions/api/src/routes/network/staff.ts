/** Staff keep the directory: add, edit and retire entries. */
import { randomBytes } from 'crypto'
import { z } from 'zod'
import type { Employer } from '../../../../../types/jobs'
import type { NetworkRoutes } from '../../../../../types/network'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing } from '../../../../../src/domain/time'
import { findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { brandId, countyName, docId, ymd } from '../training/schemas'
import { institutionKind, institutionLevel } from './public'
import { type InstitutionDoc, requireInstitution, toInstitution } from './store'

type StaffRoutes = Pick<NetworkRoutes, 'staff/network/save' | 'staff/network/retire'>

const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, `请填写${what}`)
    .max(max, `${what}不超过${max}个字`)

/** A landline (0772-1234567), a service number (400-…) or a mobile: what a worker can dial. */
const PUBLIC_PHONE = /^(0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4}|1[3-9]\d{9})$/

// Liuzhou lies within about 23.9–26.1°N and 108.5–110.2°E: a point outside is a typing slip.
const location = z.object(
  {
    lat: z
      .number()
      .min(23.9, '地图位置不在柳州，请重新选点')
      .max(26.1, '地图位置不在柳州，请重新选点'),
    lng: z
      .number()
      .min(108.5, '地图位置不在柳州，请重新选点')
      .max(110.2, '地图位置不在柳州，请重新选点'),
  },
  { error: '请在地图上选择位置' },
)

const draft = z
  .object({
    id: docId('编号').optional(),
    kind: institutionKind,
    level: institutionLevel,
    brand: brandId,
    name: text('名称', 2, 40),
    county: countyName,
    address: text('地址', 4, 60),
    location,
    phone: z
      .string({ error: '请填写联系电话' })
      .trim()
      .regex(PUBLIC_PHONE, '联系电话格式不对，例如 0772-1234567'),
    hours: text('开放时间', 2, 40),
    offers: z.array(text('服务内容', 2, 40)).max(10, '服务内容最多10条'),
    description: text('简介', 4, 300),
    recognisedAt: ymd,
    employerId: docId('用人单位编号').optional(),
  })
  .strict()

export const staffNetworkRoutes: RoutesOf<StaffRoutes> = {
  'staff/network/save': {
    access: ['staff'],
    input: draft,
    async handler({ id, ...input }, { db, openid, now }) {
      const today = isoBeijing(now()).slice(0, 10)
      if (input.recognisedAt > today) fail('INVALID_INPUT', '认定日期不能晚于今天')
      if (input.kind === 'export_base' && input.level !== 'city')
        fail('INVALID_INPUT', '乡村振兴输出基地按市级登记')
      if (input.employerId) {
        const employer = await findOne<Employer>(
          db.collection(COLLECTIONS.employers).where({ _id: input.employerId }).limit(1),
        )
        if (employer?.status !== 'verified')
          fail('INVALID_INPUT', '关联的用人单位不存在或还没有认证')
      }
      const stamp = { updatedAt: isoBeijing(now()), updatedBy: openid as string }
      const collection = db.collection(COLLECTIONS.institutions)
      if (id) {
        const existing = await requireInstitution(db, id)
        await collection.doc(id).update({ data: { ...input, ...stamp } })
        return toInstitution({ ...existing, ...input, ...stamp })
      }
      const doc: InstitutionDoc = {
        _id: `inst-${randomBytes(8).toString('hex')}`,
        ...input,
        status: 'active',
        ...stamp,
      }
      await collection.add({ data: doc })
      return toInstitution(doc)
    },
  },

  'staff/network/retire': {
    access: ['staff'],
    input: z.object({ id: docId('编号'), reason: text('撤销原因', 2, 200) }).strict(),
    async handler({ id, reason }, { db, openid, now }) {
      const existing = await requireInstitution(db, id)
      if (existing.status === 'retired') return toInstitution(existing)
      const change = {
        status: 'retired' as const,
        retiredReason: reason,
        updatedAt: isoBeijing(now()),
        updatedBy: openid as string,
      }
      await db
        .collection(COLLECTIONS.institutions)
        .where({ _id: id, status: 'active' })
        .update({ data: change })
      return toInstitution({ ...existing, ...change })
    },
  },
}
