import { z } from 'zod'
import type { StatsRoutes } from '../../../../types/stats'
import { beijingYear } from '../../../../src/domain/time'
import type { RoutesOf } from '../define'
import { fail } from '../errors'
import { figureDefs, figureOf } from '../stats'
import { statsScope } from '../stats/scope'
import { brandId, countyName } from './training/schemas'

/** The plan started in 2022: years before it hold nothing to report. */
export const FIRST_YEAR = 2022

const filter = {
  year: z
    .number({ error: '请选择年份' })
    .int({ error: '请选择年份' })
    .min(FIRST_YEAR, { error: `年份从${FIRST_YEAR}年开始` })
    .refine((y) => y <= beijingYear(), { error: '还没到这一年' })
    .optional(),
  county: countyName.optional(),
  brand: brandId.optional(),
}

/** 人社局 dashboard (R10): every figure of the plan, and the records behind each of them. */
export const statsRoutes: RoutesOf<StatsRoutes> = {
  'staff/stats': {
    access: ['staff'],
    input: z.object(filter).strict(),
    async handler(input, ctx) {
      const defs = await figureDefs(statsScope(ctx, input))
      return { figures: await Promise.all(defs.map(figureOf)) }
    },
  },
  'staff/stats/records': {
    access: ['staff'],
    input: z
      .object({
        ...filter,
        key: z.string({ error: '请选择要查看的数字' }).min(1).max(80),
        page: z.number().int().min(1).max(10_000).optional(),
        pageSize: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    async handler({ key, page = 1, pageSize = 20, ...rest }, ctx) {
      const defs = await figureDefs(statsScope(ctx, rest))
      const def = defs.find((d) => d.key === key)
      if (!def) return fail('NOT_FOUND', '没有这个统计数字，请刷新工作台')
      const [total, items] = await Promise.all([
        def.count(),
        def.list((page - 1) * pageSize, pageSize),
      ])
      return { columns: def.columns, items, total }
    },
  },
}
