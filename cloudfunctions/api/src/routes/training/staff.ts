import { z } from 'zod'
import type { TrainingListItem } from '../../../../../types/catalog'
import type { TrainingRoutes } from '../../../../../types/training'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing } from '../../../../../src/domain/time'
import { findMany } from '../../db'
import type { RoutesOf } from '../../define'
import { noInput } from '../../validate'
import { sortTrainingList } from './catalog'
import { brandId } from './schemas'

type StaffTrainingRoutes = Pick<TrainingRoutes, 'staff/training-list' | 'staff/training-list/save'>

/** The training list (培训清单) as staff manage it: one document per brand and occupation. */
export const staffTrainingRoutes: RoutesOf<StaffTrainingRoutes> = {
  'staff/training-list': {
    access: ['staff'],
    input: noInput,
    async handler(_input, { db }) {
      const docs = await findMany<TrainingListItem & { _id: string }>(
        db.collection(COLLECTIONS.trainingList).limit(1000),
      )
      return sortTrainingList(docs.map(({ _id, ...item }) => ({ ...item, id: item.id ?? _id })))
    },
  },
  'staff/training-list/save': {
    access: ['staff'],
    input: z.object({
      brand: brandId,
      occupation: z
        .string({ error: '请填写工种名称' })
        .trim()
        .min(2, { error: '工种名称至少2个字' })
        .max(20, { error: '工种名称最多20个字' }),
      active: z.boolean({ error: '请选择纳入清单还是移出清单' }),
    }),
    async handler({ brand, occupation, active }, { db, now }) {
      // One document per brand and occupation, so adding twice or retiring twice changes nothing more.
      const item: TrainingListItem = {
        id: `${brand}:${occupation}`,
        brand,
        occupation,
        active,
        updatedAt: isoBeijing(now()),
      }
      const { id, ...data } = item
      await db
        .collection(COLLECTIONS.trainingList)
        .doc(id)
        .set({ data: { ...data, id } })
      return item
    },
  },
}
