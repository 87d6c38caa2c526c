/** The in-app inbox (站内消息) and subscribe-message credits (R5 push). */
import { z } from 'zod'
import type { InboxMessage, JobsRoutes } from '../../../../../types/jobs'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import { countOf, findMany } from '../../db'
import type { RoutesOf } from '../../define'
import { TEMPLATES, grantCredits } from '../../push'
import { noInput } from '../../validate'
import { DEFAULT_PAGE_SIZE } from './shared'

type InboxRoutes = Pick<JobsRoutes, 'inbox/list' | 'inbox/read' | 'push/templates' | 'push/credits'>

type InboxDoc = Omit<InboxMessage, 'id'> & { _id: string; openid: string }

function toMessage(doc: InboxDoc): InboxMessage {
  const { _id, openid: _o, ...rest } = doc
  return { ...rest, id: _id, read: rest.read === true }
}

export const inboxRoutes: RoutesOf<InboxRoutes> = {
  'inbox/list': {
    access: ['worker'],
    input: z
      .object({
        page: z.number().int().min(1).max(1000).optional(),
        pageSize: z.number().int().min(1).max(50).optional(),
      })
      .strict(),
    async handler({ page = 1, pageSize = DEFAULT_PAGE_SIZE }, { db, openid }) {
      const inbox = db.collection(COLLECTIONS.inbox)
      const [docs, total, unread] = await Promise.all([
        findMany<InboxDoc>(
          inbox
            .where({ openid: openid as string })
            .orderBy('createdAt', 'desc')
            .orderBy('_id', 'asc')
            .skip((page - 1) * pageSize)
            .limit(pageSize),
        ),
        countOf(inbox.where({ openid: openid as string })),
        countOf(inbox.where({ openid: openid as string, read: false })),
      ])
      return { items: docs.map(toMessage), unread, total, page }
    },
  },

  'inbox/read': {
    access: ['worker'],
    input: z
      .object({
        ids: z
          .array(z.string().trim().min(1).max(256))
          .min(1, '请选择要标为已读的消息')
          .max(100, '一次最多100条'),
      })
      .strict(),
    async handler({ ids }, { db, _, openid }) {
      const inbox = db.collection(COLLECTIONS.inbox)
      // Only the caller's own messages: the openid is part of the condition.
      await inbox
        .where({ openid: openid as string, _id: _.in(ids), read: false })
        .update({ data: { read: true } })
      return { unread: await countOf(inbox.where({ openid: openid as string, read: false })) }
    },
  },

  'push/templates': {
    access: ['anyone'],
    input: noInput,
    async handler() {
      return { ...TEMPLATES }
    },
  },

  'push/credits': {
    access: ['worker'],
    input: z
      .object({
        templates: z.array(z.string().trim().min(1).max(128)).max(3, '一次最多订阅3个消息模板'),
      })
      .strict(),
    async handler({ templates }, ctx) {
      return { credits: await grantCredits(ctx, ctx.openid as string, templates) }
    },
  },
}
