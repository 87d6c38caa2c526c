import { checkIdNumber, checkIdNumberPrefix, normalizeIdNumber } from '../../../domain/id-card'
import { checkPhone, normalizePhone } from '../../../domain/phone'
import { formatDate } from '../../../domain/time'
import type { ProfileDraft } from '../../../stores/profile'

/** What the ID field says under it while the person types. */
export type IdHint =
  | { kind: 'empty' }
  | { kind: 'typing' }
  | { kind: 'wrong'; reason: string }
  | { kind: 'ok'; birthDate: string; gender: 'male' | 'female'; text: string }

/** Checks the ID number as typed: a plain reason as soon as it cannot be right, or what it says. */
export function idHint(value: string, today: Date = new Date()): IdHint {
  const id = normalizeIdNumber(value)
  if (id === '') return { kind: 'empty' }
  const prefix = checkIdNumberPrefix(id, today)
  if (!prefix.ok) return { kind: 'wrong', reason: prefix.reason }
  if (id.length < 18) return { kind: 'typing' }
  const full = checkIdNumber(id, today)
  if (!full.ok) return { kind: 'wrong', reason: full.reason }
  const gender = full.gender === 'male' ? '男' : '女'
  return {
    kind: 'ok',
    birthDate: full.birthDate,
    gender: full.gender,
    text: `出生日期：${formatDate(full.birthDate)}，性别：${gender}`,
  }
}

/** A phone number's problem while typing: only once it cannot be right any more. */
export function phoneHint(value: string): string | null {
  const phone = normalizePhone(value)
  if (phone === '') return null
  if (!/^\d+$/.test(phone)) return '手机号只能是数字'
  if (phone.length >= 2 && !/^1[3-9]/.test(phone)) return '手机号应以13到19开头，请核对'
  if (phone.length > 11) return '手机号应为11位'
  return null
}

export type DraftField = 'name' | 'phone' | 'idNumber' | 'county' | 'group'

/** Every required field's problem, in form order; empty when the form can be saved. */
export function draftProblems(d: ProfileDraft): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {}
  if (d.name.trim().length < 2) problems.name = '请填写真实姓名（至少2个字）'
  const phone = checkPhone(d.phone)
  if (!phone.ok) problems.phone = phone.reason
  const id = normalizeIdNumber(d.idNumber)
  if (id === '') problems.idNumber = '请填写身份证号'
  else {
    const check = checkIdNumber(id)
    if (!check.ok) problems.idNumber = check.reason
  }
  if (!d.county) problems.county = '请选择户籍所在区县'
  if (!d.group) problems.group = '请选择人员类别'
  return problems
}
