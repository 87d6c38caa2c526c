/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capital letters except
 * I, O, Z, S, V; the last one is a check character over the first 17 (weights 3^i mod 31).
 */

export type UsccCheck = { ok: true } | { ok: false; reason: string }

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export const USCC_REASONS = {
  length: '统一社会信用代码应为18位',
  chars: '统一社会信用代码含有不允许的字符（不用I、O、Z、S、V）',
  check: '统一社会信用代码最后一位校验码不对，请核对营业执照',
} as const

/** Removes spaces and dashes and upper-cases letters, as people copy them from a licence. */
export function normalizeUscc(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase()
}

/** The check character for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  const s = normalizeUscc(first17)
  if (s.length !== 17 || [...s].some((c) => !CHARSET.includes(c))) {
    throw new Error('usccCheckChar needs 17 characters from the GB 32100 set')
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(s[i]) * WEIGHTS[i]
  return CHARSET[(31 - (sum % 31)) % 31]
}

/** The full 18-character code for 17 given characters (used to make valid demo codes). */
export function withUsccCheckDigit(first17: string): string {
  return `${normalizeUscc(first17)}${usccCheckChar(first17)}`
}

/** Checks a 统一社会信用代码 with a reason an employer can act on. */
export function checkUscc(code: string): UsccCheck {
  const s = normalizeUscc(code)
  if ([...s].some((c) => !CHARSET.includes(c))) return { ok: false, reason: USCC_REASONS.chars }
  if (s.length !== 18) return { ok: false, reason: USCC_REASONS.length }
  if (usccCheckChar(s.slice(0, 17)) !== s[17]) return { ok: false, reason: USCC_REASONS.check }
  return { ok: true }
}
