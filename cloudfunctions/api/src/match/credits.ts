/**
 * Subscribe-message credits for one page of a pass, spent in a few requests and exactly once: the
 * update stamps each credit with the page (`spentFor`), so a page done again after a crash finds
 * what it already spent instead of spending it twice.
 */
import { COLLECTIONS } from '../../../../src/domain/collections'
import { chunks, inParallel } from '../batch'
import { TEMPLATES, creditId, type PushContext } from '../push'
import { READ_WIDTH, readWhereIn } from './store'

/** A worker's credit for the recommendation template. */
interface CreditDoc {
  _id: string
  openid: string
  count: number
  /** The page of a pass that last spent one. */
  spentFor?: string
}

const TEMPLATE = TEMPLATES.recommendation

/** The recommendation credits of some workers, by openid. */
export async function recommendationCredits(
  ctx: PushContext,
  openids: readonly string[],
): Promise<Map<string, CreditDoc>> {
  const docs = await readWhereIn<CreditDoc>(
    ctx.db,
    COLLECTIONS.pushCredits,
    '_id',
    openids.map((o) => creditId(o, TEMPLATE)),
  )
  return new Map(docs.map((d) => [d.openid, d]))
}

/**
 * Spends one credit of each of `openids` that holds one, for page `token`; resolves who has one
 * spent for this page (now, or by an earlier attempt at the same page).
 */
export async function spendForPage(
  ctx: PushContext,
  credits: ReadonlyMap<string, CreditDoc>,
  openids: readonly string[],
  token: string,
): Promise<Set<string>> {
  const { _ } = ctx
  const spent = new Set<string>()
  const toSpend: string[] = []
  for (const openid of openids) {
    const credit = credits.get(openid)
    if (credit?.spentFor === token) spent.add(openid)
    else if (credit && credit.count > 0) toSpend.push(openid)
  }
  if (!toSpend.length) return spent
  const updated = await inParallel(chunks(toSpend, 1000), READ_WIDTH, async (ids) => {
    const result = (await ctx.db
      .collection(COLLECTIONS.pushCredits)
      .where({
        _id: _.in(ids.map((o) => creditId(o, TEMPLATE))),
        count: _.gt(0),
        spentFor: _.neq(token),
      })
      .update({ data: { count: _.inc(-1), spentFor: token } })) as { stats: { updated: number } }
    return result.stats.updated
  })
  if (updated.reduce((a, b) => a + b, 0) === toSpend.length) {
    for (const openid of toSpend) spent.add(openid)
    return spent
  }
  // Someone's credit changed since it was read: ask which ones this page holds.
  const now = await recommendationCredits(ctx, toSpend)
  for (const [openid, credit] of now) if (credit.spentFor === token) spent.add(openid)
  return spent
}
