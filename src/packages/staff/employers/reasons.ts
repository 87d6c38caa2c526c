/** Reasons staff pick from when refusing an employer; the employer reads the one chosen. */
export const REFUSE_REASONS = [
  '统一社会信用代码与营业执照不一致',
  '营业执照看不清或没有上传',
  '单位名称与营业执照不符',
  '联系人或电话无法核实',
  '在失信名单中',
  '其他',
] as const

export type RefuseReason = (typeof REFUSE_REASONS)[number]

/** The reason sent to the back end: the picked one plus what staff added; 其他 needs the words. */
export function refuseReasonText(picked: RefuseReason, extra: string): string | null {
  const more = extra.trim()
  if (picked === '其他') return more || null
  return more ? `${picked}：${more}` : picked
}
