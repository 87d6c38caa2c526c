import { createHash } from 'crypto'
import type { Contest, ContestPage, Honour } from '../../../../../types/contests'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { toInstant } from '../../../../../src/domain/time'
import type { Database } from '../../context'
import { findOne } from '../../db'
import { fail } from '../../errors'

export type ContestDoc = Omit<Contest, 'id'> & { _id: string }

export interface SignupDoc {
  _id: string
  contestId: string
  openid: string
  name: string
  phone: string
  signedUpAt: string
  rank?: number
  score?: number
  honour?: string
  demo?: boolean
}

export const toContest = ({ _id, ...rest }: ContestDoc): Contest => ({ ...rest, id: _id })

/** A sign-up's id: the contest and a hash of the openid (one per person, opaque to others). */
export function signupId(contestId: string, openid: string): string {
  return `${contestId}:${createHash('sha256').update(openid).digest('hex').slice(0, 20)}`
}

/** 韦春梅 → 韦*梅, 李明 → 李*: results are public, full names are not. */
export function maskName(name: string): string {
  const chars = [...name]
  if (chars.length <= 1) return '*'
  return chars.length === 2
    ? `${chars[0]}*`
    : `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}

export function publicityOf(c: Contest, now: Date): ContestPage['publicity'] {
  if (!c.publicFrom) return 'none'
  return toInstant(c.publicFrom) <= now.getTime() ? 'public' : 'in_publicity'
}

/** Honours past their 公示 period at `now`. */
export function publicHonours(honours: readonly Honour[] | undefined, now: Date): Honour[] {
  return (honours ?? []).filter((h) => toInstant(h.publicFrom) <= now.getTime())
}

export async function requireContest(db: Database, id: string): Promise<ContestDoc> {
  const doc = await findOne<ContestDoc>(
    db.collection(COLLECTIONS.contests).where({ _id: id }).limit(1),
  )
  if (!doc) fail('NOT_FOUND', '没有找到这个技能竞赛')
  return doc
}
