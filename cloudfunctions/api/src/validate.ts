import { z } from 'zod'

/**
 * Chinese messages for schema failures that a schema did not word itself. Schemas give their own
 * message (`{ error: '请填写姓名' }`) where a worker needs to know exactly what to fix.
 */
z.config({
  customError: (issue) => {
    const field = issue.path?.length ? `（${issue.path.join('.')}）` : ''
    if (issue.code === 'invalid_type' && issue.input === undefined) return `缺少必填内容${field}`
    if (issue.code === 'too_big') return `内容太长或数值太大${field}`
    if (issue.code === 'too_small') return `内容太短或数值太小${field}`
    if (issue.code === 'unrecognized_keys') return `有不认识的内容：${issue.keys.join('、')}`
    return `填写的内容格式不对${field}`
  },
})

/** Parses input against a route's schema; returns the Chinese message of the first problem. */
export function parseInput<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; message: string } {
  const result = schema.safeParse(input ?? {})
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, message: result.error.issues[0]?.message ?? '填写的内容格式不对' }
}

/** The input schema of a route that takes nothing. */
export const noInput = z.object({}).strict() as unknown as z.ZodType<Record<string, never>>
