/** Typical cases (典型案例): short stories per brand that staff publish. */
import { randomBytes } from 'crypto'
import { z } from 'zod'
import type { ContestsRoutes, Story } from '../../../../../types/contests'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { isoBeijing } from '../../../../../src/domain/time'
import { findMany, findOne } from '../../db'
import type { RoutesOf } from '../../define'
import { fail } from '../../errors'
import { brandId, docId } from '../training/schemas'

type StoryRoutes = Pick<ContestsRoutes, 'stories/list' | 'stories/get' | 'staff/story/save'>
type StoryDoc = Omit<Story, 'id'> & { _id: string }
const toStory = ({ _id, ...rest }: StoryDoc): Story => ({ ...rest, id: _id })

const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, `请填写${what}`)
    .max(max, `${what}不超过${max}个字`)

export const storyRoutes: RoutesOf<StoryRoutes> = {
  'stories/list': {
    access: ['anyone'],
    input: z.object({ brand: brandId.optional() }).strict(),
    async handler({ brand }, { db }) {
      const docs = await findMany<StoryDoc>(
        db
          .collection(COLLECTIONS.stories)
          .where(brand ? { brand } : {})
          .orderBy('publishedAt', 'desc')
          .limit(50),
      )
      return { items: docs.map(toStory) }
    },
  },
  'stories/get': {
    access: ['anyone'],
    input: z.object({ id: docId('故事编号') }).strict(),
    async handler({ id }, { db }) {
      const doc = await findOne<StoryDoc>(
        db.collection(COLLECTIONS.stories).where({ _id: id }).limit(1),
      )
      if (!doc) fail('NOT_FOUND', '没有找到这个故事')
      return toStory(doc)
    },
  },
  'staff/story/save': {
    access: ['staff'],
    input: z
      .object({
        id: docId('故事编号').optional(),
        brand: brandId,
        kind: z.enum(['person', 'firm', 'base'], { error: '请选择写的是人物、企业还是基地' }),
        title: text('标题', 4, 40),
        summary: text('一句话简介', 4, 80),
        body: text('正文', 20, 3000),
        image: z
          .string()
          .trim()
          .max(500)
          .regex(/^(cloud:\/\/|https:\/\/)/, '图片地址不对')
          .optional(),
      })
      .strict(),
    async handler({ id, ...input }, { db, now }) {
      const stories = db.collection(COLLECTIONS.stories)
      if (id) {
        const existing = await findOne<StoryDoc>(stories.where({ _id: id }).limit(1))
        if (!existing) fail('NOT_FOUND', '没有找到这个故事')
        await stories.doc(id).update({ data: input })
        return toStory({ ...existing, ...input })
      }
      const doc: StoryDoc = {
        _id: `story-${randomBytes(8).toString('hex')}`,
        ...input,
        publishedAt: isoBeijing(now()),
      }
      await stories.add({ data: doc })
      return toStory(doc)
    },
  },
}
