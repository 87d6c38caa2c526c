/** Mainland China mobile numbers: 11 digits, 1 then 3-9. */

export type PhoneCheck = { ok: true; phone: string } | { ok: false; reason: string }

export const PHONE_REASONS = {
  empty: '请填写手机号',
  chars: '手机号只能是数字',
  length: '手机号应为11位',
  prefix: '手机号应以13到19开头，请核对',
} as const

/** Drops spaces, dashes and a leading +86 / 86 country code. */
export function normalizePhone(s: string): string {
  const compact = s.replace(/[\s-]/g, '')
  return compact.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '')
}

/** Checks a mobile number; on success returns it as 11 plain digits. */
export function checkPhone(s: string): PhoneCheck {
  const phone = normalizePhone(s)
  if (phone === '') return { ok: false, reason: PHONE_REASONS.empty }
  if (!/^\d+$/.test(phone)) return { ok: false, reason: PHONE_REASONS.chars }
  if (phone.length !== 11) return { ok: false, reason: PHONE_REASONS.length }
  if (!/^1[3-9]/.test(phone)) return { ok: false, reason: PHONE_REASONS.prefix }
  return { ok: true, phone }
}

/** 138****5678: first 3 and last 4 digits, for employers before the worker applies. */
export function maskPhone(s: string): string {
  const phone = normalizePhone(s)
  if (phone.length < 7) return '*'.repeat(phone.length)
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`
}
