/**
 * The one screening module for every text an employer writes that a worker will read: postings,
 * company names, interview notes and links, booth texts (R4, R9). A text is read as a person would
 * read it (normalise.ts), fee demands are found by meaning with lawful context recognised
 * (rules.ts), and WeChat's content-security check (msgSecCheck) runs after. A refusal quotes the
 * words and says why in plain Chinese.
 */
import type { Cloud } from '../context'
import { fail } from '../errors'
import { read } from './normalise'
import { WORDS, findings } from './rules'

/** A text to screen, with the name of the field the employer typed it into (岗位介绍, 单位名称 …). */
export interface WrittenField {
  label: string
  text: string | undefined
}

export type ScreeningResult =
  | { ok: true }
  | {
      ok: false
      rule: string
      reason: string
      /** The employer's own words. */
      excerpt: string
      /** The words as read, when they differ from what was typed (y a j i n → 押金). */
      read?: string
      field: string
    }

/** Screens fields against the fee and fraud rules; the first hit explains the refusal. */
export function screenText(fields: readonly WrittenField[]): ScreeningResult {
  const present = fields.filter((f): f is { label: string; text: string } => Boolean(f.text))
  const readings = present.map((f) => ({ field: f, reading: read(f.text, WORDS) }))
  const whole = readings.map((r) => r.reading.text).join('\n')
  for (const { field, reading } of readings) {
    const [first] = findings(reading.text, whole)
    if (!first) continue
    const excerpt = field.text.slice(reading.from[first.start], reading.to[first.end - 1]).trim()
    const asRead = reading.text.slice(first.start, first.end)
    return {
      ok: false,
      rule: first.rule,
      reason: first.reason,
      excerpt,
      ...(asRead !== excerpt.replace(/\s/g, '') ? { read: asRead } : {}),
      field: field.label,
    }
  }
  return { ok: true }
}

/** The refusal an employer reads: where, what we found, why it is not allowed, what to do. */
export function refusalMessage(
  result: Extract<ScreeningResult, { ok: false }>,
  action: string,
): string {
  const asRead = result.read ? `（也就是“${result.read}”）` : ''
  return `${action}不成功：${result.field}里写了“${result.excerpt}”${asRead}，${result.reason}。请删改后再${action}。`
}

export type ContentCheck = { ok: true } | { ok: false } | { ok: 'unavailable' }

/**
 * WeChat's content-security check (security.msgSecCheck v2) on text a user wrote. `openid` must be
 * a user who opened the mini-program in the last two hours: the writer.
 */
export async function checkContent(
  cloud: Cloud,
  openid: string,
  content: string,
): Promise<ContentCheck> {
  let result: { errCode?: number; errcode?: number; result?: { suggest?: string } }
  try {
    result = (await cloud.openapi.security.msgSecCheck({
      content,
      version: 2,
      scene: 1,
      openid,
    } as Parameters<Cloud['openapi']['security']['msgSecCheck']>[0])) as typeof result
  } catch (err) {
    if ((err as { errCode?: number }).errCode === 87014) return { ok: false }
    console.warn('[screening] msgSecCheck failed:', (err as Error).message ?? err)
    return { ok: 'unavailable' }
  }
  const code = result.errCode ?? result.errcode ?? 0
  if (code === 87014 || (result.result?.suggest && result.result.suggest !== 'pass'))
    return { ok: false }
  if (code !== 0) return { ok: 'unavailable' }
  return { ok: true }
}

/**
 * Screens what an employer wrote and runs msgSecCheck; refuses with POSTING_REJECTED and the reason.
 * `action` is the verb the employer reads (发布, 登记, 发送).
 */
export async function requireCleanText(
  ctx: { cloud: Cloud; openid: string | null },
  fields: readonly WrittenField[],
  action: string,
): Promise<void> {
  const screened = screenText(fields)
  if (!screened.ok) fail('POSTING_REJECTED', refusalMessage(screened, action))
  const content = fields
    .map((f) => f.text)
    .filter(Boolean)
    .join('\n')
  if (!content || !ctx.openid) return
  const secure = await checkContent(ctx.cloud, ctx.openid, content)
  if (secure.ok === false)
    fail('POSTING_REJECTED', `${action}不成功：内容没有通过微信内容安全检查，请修改后再${action}`)
  if (secure.ok === 'unavailable') fail('INTERNAL', `内容安全检查暂时不可用，请过几分钟再${action}`)
}
