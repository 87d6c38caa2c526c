/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit region code, 8-digit birth date,
 * 3-digit sequence (odd = male), 1 check character (ISO 7064 MOD 11-2, 0-9 or X).
 * Reasons are plain Chinese a worker can act on.
 */
import { beijingDate } from './time'

export type IdCheck =
  | { ok: true; birthDate: string; gender: 'male' | 'female'; regionCode: string }
  | { ok: false; reason: string }

export type IdPrefixCheck = { ok: true } | { ok: false; reason: string }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** Province-level codes in use (GB/T 2260 first two digits, plus 71/81/82/83). */
const PROVINCES = new Set(
  [
    '11 12 13 14 15',
    '21 22 23',
    '31 32 33 34 35 36 37',
    '41 42 43 44 45 46',
    '50 51 52 53 54',
    '61 62 63 64 65',
    '71 81 82 83',
  ]
    .join(' ')
    .split(' '),
)

export const ID_REASONS = {
  length: '身份证号应为18位',
  chars: '只能是数字，最后一位可以是X',
  region: '前两位地区码不对，请核对',
  birth: '出生日期不对',
  check: '身份证号最后一位不对，请核对',
} as const

/** Removes spaces and dashes people type and upper-cases a final x. */
export function normalizeIdNumber(id: string): string {
  return id.replace(/[\s-]/g, '').toUpperCase()
}

/** The check character (0-9 or X) for the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idCheckChar needs exactly 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/** Checks a complete ID number; on success reads birth date, gender and region from it. */
export function checkIdNumber(id: string, today: Date = new Date()): IdCheck {
  const s = normalizeIdNumber(id)
  if (/[^0-9X]/.test(s)) return { ok: false, reason: ID_REASONS.chars }
  if (s.length !== 18) return { ok: false, reason: ID_REASONS.length }
  if (s.slice(0, 17).includes('X')) return { ok: false, reason: ID_REASONS.chars }
  if (!PROVINCES.has(s.slice(0, 2))) return { ok: false, reason: ID_REASONS.region }
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`
  if (!isPlausibleBirthDate(birthDate, today)) return { ok: false, reason: ID_REASONS.birth }
  if (idCheckChar(s.slice(0, 17)) !== s[17]) return { ok: false, reason: ID_REASONS.check }
  return {
    ok: true,
    birthDate,
    gender: Number(s[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: s.slice(0, 6),
  }
}

/**
 * Checks what has been typed so far, for feedback while typing: reports a problem only when no
 * continuation could make the number valid (a letter early on, month 13, Feb 30, a 19th character).
 * A full 18-character input gets the complete check.
 */
export function checkIdNumberPrefix(partial: string, today: Date = new Date()): IdPrefixCheck {
  const s = normalizeIdNumber(partial)
  if (s.length > 18) return { ok: false, reason: ID_REASONS.length }
  if (/[^0-9X]/.test(s) || s.slice(0, 17).includes('X'))
    return { ok: false, reason: ID_REASONS.chars }
  if (s.length === 18) {
    const full = checkIdNumber(s, today)
    return full.ok ? { ok: true } : full
  }
  if (s.length >= 2 && !PROVINCES.has(s.slice(0, 2)))
    return { ok: false, reason: ID_REASONS.region }
  if (s.length >= 7 && !'12'.includes(s[6])) return { ok: false, reason: ID_REASONS.birth }
  if (s.length >= 8 && !['19', '20'].includes(s.slice(6, 8)))
    return { ok: false, reason: ID_REASONS.birth }
  if (s.length >= 10 && s.slice(6, 10) > beijingDate(today).slice(0, 4)) {
    return { ok: false, reason: ID_REASONS.birth }
  }
  if (s.length >= 11 && s[10] > '1') return { ok: false, reason: ID_REASONS.birth }
  if (s.length >= 12) {
    const month = Number(s.slice(10, 12))
    if (month < 1 || month > 12) return { ok: false, reason: ID_REASONS.birth }
  }
  if (s.length >= 13 && s[12] > '3') return { ok: false, reason: ID_REASONS.birth }
  if (s.length >= 14) {
    const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`
    if (!isPlausibleBirthDate(birthDate, today)) return { ok: false, reason: ID_REASONS.birth }
  }
  return { ok: true }
}

/** Shows the first 4 and last 4 characters only: 4502**********1234. */
export function maskIdNumber(id: string): string {
  const s = normalizeIdNumber(id)
  if (s.length <= 8) return '*'.repeat(s.length)
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`
}

/** A real calendar date, not before 1900 and not after today. */
function isPlausibleBirthDate(ymd: string, today: Date): boolean {
  const [y, m, d] = ymd.split('-').map(Number)
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > daysInMonth) return false
  return ymd <= beijingDate(today)
}
