/**
 * The in-app inbox (站内消息) and subscribe-message credits (R5 push). The inbox is two sources
 * read together: messages in `inbox`, and recommendations straight from the ledger (each pushed
 * ledger entry is its own message, so the pass never writes a copy).
 */
import { z } from 'zod'
import type { InboxMessage, JobsRoutes } from '../../../../../types/jobs'
import { COLLECTIONS } from '../../../../../src/domain/collections'
import type { RouteContext } from '../../context'
import { countOf, findMany } from '../../db'
import type { RoutesOf } from '../../define'
import { recommendationMessage, recommendationMessageId } from '../../match/message'
import { readAll, readWhereIn, type LedgerDoc, type OpeningRecord } from '../../match/store'
import { TEMPLATES, grantCredits } from '../../push'
import { noInput } from '../../validate'
import { DEFAULT_PAGE_SIZE } from './shared'

type InboxRoutes = Pick<JobsRoutes, 'inbox/list' | 'inbox/read' | 'push/templates' | 'push/credits'>

type InboxDoc = Omit<InboxMessage, 'id'> & { _id: string; openid: string }

function toMessage(doc: InboxDoc): InboxMessage {
  const { _id, openid: _o, ...rest } = doc
  return { ...rest, id: _id, read: rest.read === true }
}

/** A message with the `_id` its own source is ordered by. */
interface Keyed {
  message: InboxMessage
  key: string
}

/**
 * Newest first, then by the source document's `_id`: the one order of the inbox. Ties go by the
 * key each source is read in (not by the opaque message id), so that the first N of each source
 * always hold the first N of the merge, and pages neither skip nor repeat same-time messages.
 */
const newestFirst = (a: Keyed, b: Keyed) =>
  a.message.createdAt < b.message.createdAt
    ? 1
    : a.message.createdAt > b.message.createdAt
      ? -1
      : a.key < b.key
        ? -1
        : 1

interface Pageable {
  skip(n: number): { limit(n: number): { get(): unknown } }
}

/** Reads the first `n` documents of a query, a get (≤ 1000) at a time. */
async function firstN<T>(query: Pageable, n: number) {
  const out: T[] = []
  while (out.length < n) {
    const size = Math.min(1000, n - out.length)
    const page = await findMany<T>(query.skip(out.length).limit(size))
    out.push(...page)
    if (page.length < size) break
  }
  return out
}

/** The caller's pushed recommendations (ledger entries with `pushedAt`) and messages. */
function sources(ctx: RouteContext) {
  const openid = ctx.openid as string
  return {
    inbox: ctx.db.collection(COLLECTIONS.inbox).where({ openid }),
    ledger: ctx.db
      .collection(COLLECTIONS.recommendations)
      .where({ openid, pushedAt: ctx._.exists(true) }),
    unreadInbox: ctx.db.collection(COLLECTIONS.inbox).where({ openid, read: false }),
    unreadLedger: ctx.db
      .collection(COLLECTIONS.recommendations)
      .where({ openid, pushedAt: ctx._.exists(true), read: ctx._.neq(true) }),
  }
}

async function unreadCount(ctx: RouteContext): Promise<number> {
  const s = sources(ctx)
  const [inbox, ledger] = await Promise.all([countOf(s.unreadInbox), countOf(s.unreadLedger)])
  return inbox + ledger
}

/** A ledger entry as the message it is. */
function ledgerMessage(rec: LedgerDoc, opening: OpeningRecord | undefined): InboxMessage {
  return {
    id: recommendationMessageId(rec._id),
    kind: 'recommendation',
    ...recommendationMessage(rec, opening),
    createdAt: rec.pushedAt ?? rec.createdAt,
    read: rec.read === true,
  }
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
    async handler({ page = 1, pageSize = DEFAULT_PAGE_SIZE }, ctx) {
      const s = sources(ctx)
      // The page of the merged order needs at most the first page × size of each source.
      const needed = page * pageSize
      const [messages, recs, inboxTotal, ledgerTotal, unread] = await Promise.all([
        firstN<InboxDoc>(s.inbox.orderBy('createdAt', 'desc').orderBy('_id', 'asc'), needed),
        firstN<LedgerDoc>(s.ledger.orderBy('pushedAt', 'desc').orderBy('_id', 'asc'), needed),
        countOf(s.inbox),
        countOf(s.ledger),
        unreadCount(ctx),
      ])
      const merged = [
        ...messages.map((d) => ({ message: toMessage(d), key: d._id })),
        ...recs.map((r) => ({ message: ledgerMessage(r, undefined), key: r._id })),
      ]
        .sort(newestFirst)
        .map((k) => k.message)
      const items = merged.slice((page - 1) * pageSize, needed)
      const byId = new Map(recs.map((r) => [recommendationMessageId(r._id), r] as const))
      const onPage = items.flatMap((m) => byId.get(m.id) ?? [])
      const openings = new Map(
        (
          await readWhereIn<OpeningRecord>(
            ctx.db,
            COLLECTIONS.openings,
            '_id',
            onPage.map((r) => r.openingId),
          )
        ).map((o) => [o._id, o] as const),
      )
      return {
        items: items.map((m) => {
          const rec = byId.get(m.id)
          return rec ? ledgerMessage(rec, openings.get(rec.openingId)) : m
        }),
        unread,
        total: inboxTotal + ledgerTotal,
        page,
      }
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
    async handler({ ids }, ctx) {
      const { db, _ } = ctx
      const openid = ctx.openid as string
      // A recommendation's id is opaque: find the caller's unread ones it names.
      const wanted = new Set(ids)
      const unreadRecs = await readAll<LedgerDoc>(
        db,
        COLLECTIONS.recommendations,
        { openid, pushedAt: _.exists(true), read: _.neq(true) },
        { openid: true },
      )
      const recs = unreadRecs
        .filter((r) => wanted.has(recommendationMessageId(r._id)))
        .map((r) => r._id)
      // Only the caller's own messages: the openid is part of each condition.
      await Promise.all([
        db
          .collection(COLLECTIONS.inbox)
          .where({ openid, _id: _.in(ids), read: false })
          .update({ data: { read: true } }),
        recs.length &&
          db
            .collection(COLLECTIONS.recommendations)
            .where({ openid, _id: _.in(recs) })
            .update({ data: { read: true } }),
      ])
      return { unread: await unreadCount(ctx) }
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
