/**
 * A recommendation as the worker reads it, in the inbox and in the subscribe message. The ledger
 * entry is the message: the inbox shows it from the ledger, so the pass writes it once.
 */
import { opaqueId } from '../opaque-id'
import type { LedgerDoc } from './store'

/** What a recommendation message names of its opening. */
export interface OpeningTitle {
  title: string
  employerName: string
}

/**
 * The inbox id of a ledger entry: opaque (no openid inside), and the id the message had when the
 * pass delivered a copy under the dedupe key `rec:<ledger id>`.
 */
export function recommendationMessageId(ledgerId: string): string {
  return opaqueId('msg', `rec:${ledgerId}`)
}

/** The page a recommendation opens. */
export function openingLink(openingId: string): string {
  return `/packages/jobs/job/index?id=${encodeURIComponent(openingId)}`
}

/** Title, body and link of a recommendation (an opening no longer on file keeps a plain title). */
export function recommendationMessage(
  rec: Pick<LedgerDoc, 'openingId' | 'reason'>,
  opening: OpeningTitle | undefined,
): { title: string; body: string; link: string } {
  return {
    title: `为你推荐：${opening?.title ?? '一个岗位'}`,
    body: `${opening ? `${opening.employerName}｜` : ''}${rec.reason}。感兴趣就点“申请”，不合适也请告诉我们。`,
    link: openingLink(rec.openingId),
  }
}
