import type { Brand, CatalogRoutes } from '../../../../types/catalog'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { BRAND_IDS } from '../../../../src/domain/brands'
import type { RoutesOf } from '../define'
import { noInput } from '../validate'
import { findMany } from '../db'

export const catalogRoutes: RoutesOf<CatalogRoutes> = {
  'catalog/brands': {
    access: ['anyone'],
    input: noInput,
    async handler(_input, { db }) {
      const docs = await findMany<Brand & { _id: string; countersAt?: string }>(
        db.collection(COLLECTIONS.brands).limit(BRAND_IDS.length),
      )
      const order = (b: Brand) => BRAND_IDS.indexOf(b.id)
      // countersAt is the reconciler's bookkeeping, not part of the brand.
      const brands = docs.map(({ _id, countersAt: _k, ...brand }) => brand)
      return brands.sort((a, b) => order(a) - order(b))
    },
  },
}
