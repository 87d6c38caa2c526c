import { z } from 'zod'
import type { BrandId, CertificateType, CountyName, CourseMode } from '../../../../../types/catalog'
import type { Education, WorkerGroup, WorkPlace } from '../../../../../types/profile'
import { BRAND_IDS } from '../../../../../src/domain/brands'
import { COUNTY_NAMES, WORK_PLACES } from '../../../../../src/domain/counties'
import { EDUCATION_LEVELS, WORKER_GROUPS } from '../../../../../src/domain/groups'

/** Zod pieces shared by the training routes; messages are what a worker or provider reads. */

type NonEmpty<T> = [T, ...T[]]
const list = <T extends string>(values: readonly T[]) => values as unknown as NonEmpty<T>

export const brandId = z.enum(list<BrandId>(BRAND_IDS), { error: '请选择品牌' })
export const countyName = z.enum(list<CountyName>(COUNTY_NAMES), { error: '请选择柳州的区县' })
export const workPlace = z.enum(list<WorkPlace>(WORK_PLACES), { error: '请选择想去的工作地点' })
export const workerGroup = z.enum(list<WorkerGroup>(WORKER_GROUPS), { error: '请选择人员类别' })
export const education = z.enum(list<Education>(EDUCATION_LEVELS), { error: '请选择文化程度' })
export const courseMode = z.enum(['offline', 'online', 'mixed'] satisfies CourseMode[], {
  error: '请选择上课方式（线下、线上或线上线下结合）',
})
export const certificateType = z.enum(
  ['qualification', 'skill_level', 'special_ability'] satisfies CertificateType[],
  {
    error: '请选择证书类型（职业资格、职业技能等级或专项职业能力）',
  },
)
export const skillLevel = z.union(
  [z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)],
  {
    error: '请选择技能等级（五级到一级）',
  },
)

/** A document id typed by a client: short, no path or operator characters. */
export const docId = (what: string) =>
  z
    .string({ error: `缺少${what}` })
    .min(1, { error: `缺少${what}` })
    .max(128, { error: `${what}不对` })
    .regex(/^[\w:.-]+$/, { error: `${what}不对` })

/** A Beijing calendar day, YYYY-MM-DD. */
export const ymd = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '日期格式不对，请重新选择日期' })

/** An ISO time with a zone (2026-12-03T09:00:00+08:00 or …Z). */
export const isoTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    error: '时间格式不对，请重新选择时间',
  })
  .refine((s) => !Number.isNaN(Date.parse(s)), { error: '时间不对，请重新选择时间' })

/** Page number and size of a paged list: size at most 50, default 20. */
export const paging = {
  page: z
    .number({ error: '页码不对' })
    .int({ error: '页码不对' })
    .min(1, { error: '页码不对' })
    .max(1000, { error: '页码太大' })
    .optional(),
  pageSize: z
    .number({ error: '每页条数不对' })
    .int({ error: '每页条数不对' })
    .min(1, { error: '每页至少1条' })
    .max(50, { error: '每页最多50条' })
    .optional(),
}
