import type { Brand } from '../../../../types/catalog'
import type { CatalogRoutes } from '../../../../types/catalog'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { BRAND_IDS } from '../../../../src/domain/brands'
import type { RoutesOf } from '../define'
import { noInput } from '../validate'

export const catalogRoutes: RoutesOf<CatalogRoutes> = {
  'catalog/brands': {
    access: ['anyone'],
    input: noInput,
    async handler(_input, { db }) {
      const { data } = await db.collection(COLLECTIONS.brands).limit(BRAND_IDS.length).get()
      const order = (b: Brand) => BRAND_IDS.indexOf(b.id)
      return (data as unknown as Brand[]).map(({ _id, ...b }: Brand & { _id?: string }) => b as Brand).sort((a, b) => order(a) - order(b))
    },
  },
}
