/** The `institutions` collection: stored shape and conversion to what callers see. */
import type { Institution } from '../../../../../types/network'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import type { Database } from '../../context'
import { findOne } from '../../db'
import { fail } from '../../errors'

export type InstitutionDoc = Omit<Institution, 'id'> & {
  _id: string
  id?: string
  updatedAt?: string
  updatedBy?: string
}

export function toInstitution(doc: InstitutionDoc): Institution {
  const { _id, updatedBy: _by, updatedAt: _at, ...rest } = doc
  return { ...rest, id: _id, status: rest.status ?? 'active', offers: rest.offers ?? [] }
}

export async function requireInstitution(db: Database, id: string): Promise<InstitutionDoc> {
  const doc = await findOne<InstitutionDoc>(
    db.collection(COLLECTIONS.institutions).where({ _id: id }).limit(1),
  )
  if (!doc) fail('NOT_FOUND', '没有找到这个基地或企业，可能已经撤销')
  return doc
}
