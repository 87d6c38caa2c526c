import { z } from 'zod'
import type { Profile } from '../../../../../types/profile'
import type { OwnProfile, TrainingRoutes } from '../../../../../types/training'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isTownshipOf } from '../../../../../src/domain/counties'
import { checkIdNumber, maskIdNumber, normalizeIdNumber } from '../../../../../src/domain/id-card'
import { checkPhone } from '../../../../../src/domain/phone'
import { isoBeijing } from '../../../../../src/domain/time'
import { decryptIdNumber, encryptIdNumber } from '../../crypto'
import type { RouteContext } from '../../context'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { getProfile, type ProfileRecord } from '../../profile-store'
import { noInput } from '../../validate'
import { findOne } from '../../db'
import { opaqueId } from '../../opaque-id'
import { brandId, countyName, education, workerGroup, workPlace } from './schemas'

type ProfileRoutes = Pick<TrainingRoutes, 'profile/get' | 'profile/save'>

const text = (max: number, tooLong: string) => z.string().trim().max(max, { error: tooLong })

const profileInput = z
  .object({
    name: text(20, '姓名最多20个字').min(2, { error: '请填写真实姓名（至少2个字）' }),
    phone: z.string({ error: '请填写手机号' }).max(20, { error: '手机号应为11位' }),
    idNumber: z.string({ error: '请填写身份证号' }).max(30, { error: '身份证号应为18位' }),
    county: countyName,
    township: text(20, '乡镇名称太长').optional(),
    group: workerGroup,
    education: education.optional(),
    wishes: z.object(
      {
        brands: z.array(brandId).max(4),
        occupations: z
          .array(text(20, '工种名称太长').min(1))
          .max(20, { error: '想做的工种最多选20个' }),
        places: z.array(workPlace).max(15),
        minPay: z
          .number({ error: '期望月薪请填数字' })
          .int({ error: '期望月薪请填整数' })
          .min(0, { error: '期望月薪不能是负数' })
          .max(100000, { error: '期望月薪太高了，请核对' })
          .optional(),
      },
      { error: '请填写求职意向' },
    ),
    // Checked by the handler, so a missing consent is CONSENT_REQUIRED rather than a format error.
    consent: z.unknown().transform((v) => v === true),
  })
  .superRefine((p, issue) => {
    if (p.township && !isTownshipOf(p.county, p.township)) {
      issue.addIssue({
        code: 'custom',
        path: ['township'],
        message: `${p.township}不在${p.county}，请重新选择乡镇`,
      })
    }
  })

/** What anyone allowed to see a profile sees: everything but the ID number in clear. */
export function toProfile(r: ProfileRecord): Profile {
  const profile: Profile = {
    name: r.name,
    phone: r.phone,
    idNumberMasked: r.idNumberMasked,
    birthDate: r.birthDate,
    gender: r.gender,
    county: r.county,
    group: r.group,
    wishes: r.wishes,
    consentAt: r.consentAt,
    complete: r.complete,
  }
  if (r.township) profile.township = r.township
  if (r.education) profile.education = r.education
  return profile
}

/** The stored ID number in clear, or null when there is no readable encrypted copy. */
function readIdNumber(record: ProfileRecord): string | null {
  if (!record.idNumberEnc) return null
  try {
    return decryptIdNumber(record.idNumberEnc)
  } catch (err) {
    console.error(
      `[profile] ID number of ${record._id} cannot be decrypted:`,
      (err as Error).message,
    )
    return null
  }
}

async function saveProfile(
  ctx: RouteContext,
  openid: string,
  input: z.output<typeof profileInput>,
): Promise<Profile> {
  if (input.consent !== true) {
    fail('CONSENT_REQUIRED', '请先阅读并勾选同意《个人信息保护说明》，我们才能保存你的信息')
  }
  const phone = checkPhone(input.phone)
  if (!phone.ok) fail('INVALID_INPUT', phone.reason)
  const id = checkIdNumber(input.idNumber, ctx.now())
  if (!id.ok) {
    fail(
      'INVALID_ID_NUMBER',
      id.reason.startsWith('身份证号') ? id.reason : `身份证号有误：${id.reason}`,
    )
  }
  const idNumber = normalizeIdNumber(input.idNumber)
  const existing = await getProfile(ctx.db, openid)
  await claimIdNumber(ctx, openid, idNumber)
  const now = isoBeijing(ctx.now())
  const record: Omit<ProfileRecord, '_id'> = {
    name: input.name,
    phone: phone.phone,
    idNumberEnc: encryptIdNumber(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
    birthDate: id.birthDate,
    gender: id.gender,
    county: input.county,
    group: input.group,
    wishes: {
      brands: [...new Set(input.wishes.brands)],
      occupations: [...new Set(input.wishes.occupations)],
      places: [...new Set(input.wishes.places)],
      ...(input.wishes.minPay !== undefined ? { minPay: input.wishes.minPay } : {}),
    },
    consentAt: existing?.consentAt ?? now,
    complete: true,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  }
  if (input.township) record.township = input.township
  if (input.education) record.education = input.education
  // Honours come from competitions, not from the form: saving the profile keeps them.
  if (existing?.honours) record.honours = existing.honours
  // `_id` = openid: saving twice replaces the one profile.
  await ctx.db.collection(COLLECTIONS.profiles).doc(openid).set({ data: record })
  // A changed number frees the old one for whoever it belongs to.
  const before = existing ? readIdNumber(existing) : null
  if (before && before !== idNumber)
    await ctx.db
      .collection(COLLECTIONS.idNumbers)
      .where({ _id: opaqueId('idn', before), openid })
      .remove()
  return toProfile({ _id: openid, ...record })
}

/**
 * One ID number, one account: the number is claimed under a keyed hash of it (the number itself is
 * never stored in the clear), by a deterministic `_id`, so two accounts saving it at once get one.
 */
async function claimIdNumber(ctx: RouteContext, openid: string, idNumber: string) {
  const numbers = ctx.db.collection(COLLECTIONS.idNumbers)
  const id = opaqueId('idn', idNumber)
  const holder = async () =>
    (await findOne<{ openid: string }>(numbers.where({ _id: id }).limit(1)))?.openid
  let owner = await holder()
  if (!owner) {
    try {
      await numbers.add({ data: { _id: id, openid, claimedAt: isoBeijing(ctx.now()) } })
      return
    } catch {
      owner = await holder()
    }
  }
  if (owner !== openid)
    fail(
      'CONFLICT',
      '这个身份证号已经登记在另一个微信号上了。如果是你本人的，请带身份证到当地人社服务窗口（或拨打12333），工作人员核实后帮你处理',
    )
}

const openidOf = (ctx: RouteContext): string => ctx.openid ?? fail('UNAUTHENTICATED', '请先登录')

export const profileRoutes: RoutesOf<ProfileRoutes> = {
  'profile/get': {
    access: ['worker'],
    input: noInput,
    async handler(_input, ctx) {
      const record = await getProfile(ctx.db, openidOf(ctx))
      if (!record) return null
      // Only the owner gets the full number, here, so the edit form can be filled in again.
      const own: OwnProfile = toProfile(record)
      const idNumber = readIdNumber(record)
      if (idNumber) own.idNumber = idNumber
      return own
    },
  },
  'profile/save': {
    access: ['worker'],
    input: profileInput,
    handler: (input, ctx) => saveProfile(ctx, openidOf(ctx), input),
  },
}
