/**
 * Telling workers things: every message lands in the in-app inbox (once per dedupe key), and when
 * the worker granted a one-time subscribe-message credit for the template, one credit is spent
 * and a WeChat subscribe message goes out. Any domain may call `deliver`.
 */
import { COLLECTIONS } from '../../../src/domain/collections'
import { formatDateTime, isoBeijing } from '../../../src/domain/time'
import type { InboxKind } from '../../../types/jobs'
import type { RouteContext } from './context'
import { findMany, findOne } from './db'

/** What delivery needs: the database, the cloud (for OpenAPI) and the clock. */
export type PushContext = Pick<RouteContext, 'db' | '_' | 'cloud' | 'now'>

/**
 * Subscribe-message templates by purpose. Ids come from the environment (set them in the cloud
 * console to the ids chosen in 公众平台 → 订阅消息); the local defaults only name them. Each
 * template must have the fields thing1 (title), thing2 (detail) and time3 (time).
 */
export const TEMPLATES = {
  recommendation: process.env.TEMPLATE_JOB_RECOMMENDATION || 'local-job-recommendation',
  interview: process.env.TEMPLATE_INTERVIEW || 'local-interview',
  event: process.env.TEMPLATE_EVENT_REMINDER || 'local-event-reminder',
} as const

export type TemplateKey = keyof typeof TEMPLATES

/** Template ids a worker may grant credits for. */
export function knownTemplateIds(): string[] {
  return Object.values(TEMPLATES)
}

/** One message to one worker. */
export interface Delivery {
  openid: string
  kind: InboxKind
  title: string
  body: string
  /** Mini-program page the message opens, e.g. /packages/jobs/job/index?id=…  */
  link?: string
  /** Unique per worker and message (include the openid): the same key is never delivered twice. */
  dedupeKey: string
  /** Also send this subscribe message when the worker has a credit for it. */
  template?: TemplateKey
}

export interface DeliveryResult {
  /** False when a message with this dedupe key was delivered before (nothing was sent). */
  delivered: boolean
  /** A subscribe message went out (and one credit was spent). */
  subscribed: boolean
}

/** The id of a worker's credit for a template in `push_credits`. */
export function creditId(openid: string, templateId: string): string {
  return `${openid}:${templateId}`
}

/** Subscribe-message `thing` values are at most 20 characters. */
function thing(text: string): string {
  return [...text].length <= 20 ? text : `${[...text].slice(0, 19).join('')}…`
}

async function insertOnce(
  ctx: PushContext,
  collection: string,
  doc: { _id: string } & Record<string, unknown>,
): Promise<boolean> {
  try {
    await ctx.db.collection(collection).add({ data: doc })
    return true
  } catch (err) {
    const existing = await findOne(ctx.db.collection(collection).where({ _id: doc._id }).limit(1))
    if (existing) return false
    throw err
  }
}

/** Spends one credit if there is one: a conditional update, so two deliveries never share one. */
async function spendCredit(ctx: PushContext, id: string): Promise<boolean> {
  const { _ } = ctx
  const result = (await ctx.db
    .collection(COLLECTIONS.pushCredits)
    .where({ _id: id, count: _.gt(0) })
    .update({ data: { count: _.inc(-1) } })) as { stats: { updated: number } }
  return result.stats.updated === 1
}

/** Gives a spent credit back (the message did not go out for a reason other than the worker's). */
export async function refundCredit(ctx: PushContext, id: string) {
  await ctx.db
    .collection(COLLECTIONS.pushCredits)
    .where({ _id: id })
    .update({ data: { count: ctx._.inc(1) } })
}

/** WeChat's answer when the worker has no (more) subscription for the template. */
const NOT_SUBSCRIBED = 43101

/** One subscribe message, its credit already spent. */
export interface SubscribeMessage {
  openid: string
  template: TemplateKey
  title: string
  body: string
  link?: string
}

/**
 * Sends a subscribe message whose credit was spent; true when it went out. On failure the credit
 * is given back, unless WeChat says the worker holds none.
 */
export async function sendSubscribe(ctx: PushContext, m: SubscribeMessage): Promise<boolean> {
  const templateId = TEMPLATES[m.template]
  try {
    await ctx.cloud.openapi.subscribeMessage.send({
      touser: m.openid,
      templateId,
      page: m.link ?? 'pages/me/index',
      miniprogramState: process.env.MINIPROGRAM_STATE || 'formal',
      lang: 'zh_CN',
      data: {
        thing1: { value: thing(m.title) },
        thing2: { value: thing(m.body) },
        time3: { value: formatDateTime(ctx.now()) },
      },
    } as Parameters<PushContext['cloud']['openapi']['subscribeMessage']['send']>[0])
    return true
  } catch (err) {
    // The credit is gone only when WeChat says the worker holds none; otherwise give it back.
    if ((err as { errCode?: number }).errCode !== NOT_SUBSCRIBED)
      await refundCredit(ctx, creditId(m.openid, templateId))
    console.warn('[push] subscribe message not sent:', (err as Error).message ?? err)
    return false
  }
}

/**
 * Writes the inbox message (once per dedupe key) and, for a template the worker holds a credit
 * for, spends the credit and sends the subscribe message.
 */
export async function deliver(ctx: PushContext, d: Delivery): Promise<DeliveryResult> {
  const at = ctx.now()
  const fresh = await insertOnce(ctx, COLLECTIONS.inbox, {
    _id: d.dedupeKey,
    openid: d.openid,
    kind: d.kind,
    title: d.title,
    body: d.body,
    ...(d.link ? { link: d.link } : {}),
    createdAt: isoBeijing(at),
    read: false,
  })
  if (!fresh) return { delivered: false, subscribed: false }
  if (!d.template) return { delivered: true, subscribed: false }
  if (!(await spendCredit(ctx, creditId(d.openid, TEMPLATES[d.template]))))
    return { delivered: true, subscribed: false }
  const subscribed = await sendSubscribe(ctx, { ...d, template: d.template })
  return { delivered: true, subscribed }
}

/**
 * Records credits the worker granted on a tap (`requestSubscribeMessage` → 'accept'): one more
 * for each template. Unknown template ids are ignored. Returns the worker's credits after.
 */
export async function grantCredits(
  ctx: PushContext,
  openid: string,
  templateIds: string[],
): Promise<Record<string, number>> {
  const known = new Set(knownTemplateIds())
  for (const templateId of new Set(templateIds)) {
    if (!known.has(templateId)) continue
    const id = creditId(openid, templateId)
    const bumped = (await ctx.db
      .collection(COLLECTIONS.pushCredits)
      .where({ _id: id })
      .update({ data: { count: ctx._.inc(1) } })) as { stats: { updated: number } }
    if (bumped.stats.updated === 1) continue
    const created = await insertOnce(ctx, COLLECTIONS.pushCredits, {
      _id: id,
      openid,
      templateId,
      count: 1,
    })
    if (!created) {
      await ctx.db
        .collection(COLLECTIONS.pushCredits)
        .where({ _id: id })
        .update({ data: { count: ctx._.inc(1) } })
    }
  }
  return creditsOf(ctx, openid)
}

/** A worker's remaining credits by template id (0 for templates never granted). */
export async function creditsOf(
  ctx: Pick<PushContext, 'db'>,
  openid: string,
): Promise<Record<string, number>> {
  const docs = await findMany<{ templateId: string; count: number }>(
    ctx.db.collection(COLLECTIONS.pushCredits).where({ openid }).limit(100),
  )
  const credits: Record<string, number> = Object.fromEntries(knownTemplateIds().map((t) => [t, 0]))
  for (const doc of docs) if (doc.templateId in credits) credits[doc.templateId] = doc.count
  return credits
}
