import type { Role } from '../../../types/api'
import { COLLECTIONS } from '../../../src/domain/collections'
import type { Database } from './context'
import { findOne } from './db'

/** Roles of a caller: every identified caller is a worker; others are granted in `users`. */
export async function loadRoles(db: Database, openid: string | null): Promise<Role[]> {
  if (!openid) return []
  const user = await findOne<{ roles?: Role[] }>(
    db.collection(COLLECTIONS.users).where({ _id: openid }).limit(1),
  )
  const granted = (user?.roles ?? []).filter((r) => r !== 'worker')
  return ['worker', ...granted]
}
