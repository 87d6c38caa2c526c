import type { Honour } from '../../../types/contests'
import type { Profile } from '../../../types/profile'
import { COLLECTIONS } from '../../../src/domain/collections'
import type { Database } from './context'
import { findMany, findOne } from './db'
import { fail } from './errors'

/**
 * A worker profile as stored in `profiles` (`_id` = openid). The ID number is kept only encrypted
 * (`idNumberEnc`, see crypto.ts) and masked; group membership must never reach employers.
 */
export interface ProfileRecord extends Profile {
  _id: string
  /** null in demo data seeded without the key. */
  idNumberEnc: string | null
  createdAt: string
  updatedAt: string
  /** Competition honours (技术能手), each public from the end of its 公示 period. */
  honours?: Honour[]
}

/** The caller's stored profile, or null when there is none. */
export async function getProfile(db: Database, openid: string): Promise<ProfileRecord | null> {
  return findOne<ProfileRecord>(db.collection(COLLECTIONS.profiles).where({ _id: openid }).limit(1))
}

/** Profiles of several workers by openid (at most 1000 per call, the cloud's get limit). */
export async function getProfiles(
  db: Database,
  openids: string[],
): Promise<Map<string, ProfileRecord>> {
  const unique = [...new Set(openids)]
  const found = new Map<string, ProfileRecord>()
  for (let i = 0; i < unique.length; i += 1000) {
    const chunk = unique.slice(i, i + 1000)
    const docs = await findMany<ProfileRecord>(
      db
        .collection(COLLECTIONS.profiles)
        .where({ _id: db.command.in(chunk) })
        .limit(chunk.length),
    )
    for (const doc of docs) found.set(doc._id, doc)
  }
  return found
}

/** The caller's profile when it is complete; otherwise refuses with PROFILE_INCOMPLETE. */
export async function requireCompleteProfile(db: Database, openid: string): Promise<ProfileRecord> {
  const profile = await getProfile(db, openid)
  if (!profile?.complete)
    fail('PROFILE_INCOMPLETE', '请先填写个人信息（姓名、电话、身份证号等）并同意隐私说明，再来报名')
  return profile
}
