/**
 * The 失信名单 (blacklist), as 《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》 sets it out:
 * staff list an employer with the reason and an end date (3 years by default), and may take it off
 * early no sooner than 6 months after listing (once it has paid and signed a 守信承诺). While
 * listed it cannot post, see candidates, interview, hire or book booths, and its openings are
 * hidden everywhere; the list is public.
 */
import { z } from 'zod'
import type { BlacklistEntry, RightsRoutes } from '../../../../../types/rights'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { formatDate, isoBeijing, toInstant } from '../../../../../src/domain/time'
import { findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { deliver } from '../../push'
import { noInput } from '../../validate'
import { ID, PAGES, type EmployerDoc } from '../jobs/shared'

type BlacklistRoutes = Pick<
  RightsRoutes,
  'staff/blacklist/add' | 'staff/blacklist/remove' | 'catalog/blacklist'
>

const YEAR_MS = 365 * 86_400_000
const DEFAULT_YEARS = 3
const MAX_YEARS = 5
/** Early removal only after this long on the list. */
const EARLIEST_REMOVAL_MS = 182 * 86_400_000

type EntryDoc = BlacklistEntry & {
  _id: string
  active: boolean
  removedAt?: string
  removeReason?: string
}

function toEntry(doc: EntryDoc): BlacklistEntry {
  return { employerName: doc.employerName, reason: doc.reason, since: doc.since, until: doc.until }
}

export const blacklistRoutes: RoutesOf<BlacklistRoutes> = {
  'staff/blacklist/add': {
    access: ['staff'],
    input: z
      .object({
        employerId: ID,
        reason: z
          .string({ error: '请写明列入失信名单的原因' })
          .trim()
          .min(4, '请写明列入失信名单的原因，会公开显示')
          .max(200, '原因不超过200个字'),
        until: z.iso.datetime({ offset: true, error: '截止日期格式不对' }).optional(),
      })
      .strict(),
    async handler({ employerId, reason, until }, ctx) {
      const employer = await findOne<EmployerDoc>(
        ctx.db.collection(COLLECTIONS.employers).where({ _id: employerId }).limit(1),
      )
      if (!employer) fail('NOT_FOUND', '没有找到这家单位')
      const now = ctx.now()
      const end = until ? toInstant(until) : now.getTime() + DEFAULT_YEARS * YEAR_MS
      if (end <= now.getTime()) fail('INVALID_INPUT', '截止日期要在今天以后')
      if (end > now.getTime() + MAX_YEARS * YEAR_MS)
        fail('INVALID_INPUT', `失信名单最长${MAX_YEARS}年`)
      const since = isoBeijing(now)
      const entry: EntryDoc = {
        _id: employerId,
        employerName: employer.name,
        reason,
        since,
        until: isoBeijing(end),
        active: true,
      }
      // The employer's flag first: every route reads it, so the effect is immediate.
      await ctx.db
        .collection(COLLECTIONS.employers)
        .doc(employerId)
        .update({ data: { blacklisted: true, blacklistedUntil: entry.until } })
      const { _id, ...data } = entry
      await ctx.db.collection(COLLECTIONS.blacklist).doc(_id).set({ data })
      const openings = await findMany<{ _id: string }>(
        ctx.db
          .collection(COLLECTIONS.openings)
          .where({ employerId })
          .field({ _id: true })
          .limit(1000),
      )
      if (openings.length)
        await ctx.db
          .collection(COLLECTIONS.recommendations)
          .where({ openingId: ctx._.in(openings.map((o) => o._id)), outcome: 'pending' })
          .update({ data: { outcome: 'expired' } })
      if (employer.ownerOpenid)
        await deliver(ctx, {
          openid: employer.ownerOpenid,
          kind: 'employer',
          title: '你的单位已被列入失信名单',
          body: `“${employer.name}”因${reason}被列入失信名单，至${formatDate(entry.until)}。期间不能发布岗位、联系求职者或参加招聘活动。如有异议请联系人社局。`,
          link: PAGES.employer(),
          dedupeKey: `${employer.ownerOpenid}:blacklist:${employerId}:${since}`,
        })
      return toEntry(entry)
    },
  },

  'staff/blacklist/remove': {
    access: ['staff'],
    input: z
      .object({
        employerId: ID,
        reason: z
          .string({ error: '请写明移出的原因' })
          .trim()
          .min(4, '请写明移出的原因（如已结清欠薪并签署守信承诺）')
          .max(200, '原因不超过200个字'),
      })
      .strict(),
    async handler({ employerId, reason }, ctx) {
      const entry = await findOne<EntryDoc>(
        ctx.db.collection(COLLECTIONS.blacklist).where({ _id: employerId, active: true }).limit(1),
      )
      if (!entry) fail('NOT_FOUND', '这家单位不在失信名单上')
      const now = ctx.now()
      const early = toInstant(entry.until) > now.getTime()
      if (early && now.getTime() < toInstant(entry.since) + EARLIEST_REMOVAL_MS)
        fail(
          'CONFLICT',
          `列入失信名单满6个月后才能提前移出（最早${formatDate(toInstant(entry.since) + EARLIEST_REMOVAL_MS)}），且须已纠正失信行为并作出守信承诺`,
        )
      const at = isoBeijing(now)
      await ctx.db
        .collection(COLLECTIONS.blacklist)
        .doc(employerId)
        .update({ data: { active: false, removedAt: at, removeReason: reason } })
      await ctx.db
        .collection(COLLECTIONS.employers)
        .doc(employerId)
        .update({ data: { blacklisted: false, blacklistedUntil: ctx._.remove() } })
      return { removed: true }
    },
  },

  'catalog/blacklist': {
    access: ['anyone'],
    input: noInput,
    async handler(_input, ctx) {
      const docs = await findMany<EntryDoc>(
        ctx.db
          .collection(COLLECTIONS.blacklist)
          .where({ active: true, until: ctx._.gt(isoBeijing(ctx.now())) })
          .orderBy('since', 'desc')
          .limit(200),
      )
      return { items: docs.map(toEntry) }
    },
  },
}
