import type { BrandId } from '../../../../types/catalog'
import { brandName } from '../../../../src/domain/brands'
import { COLLECTIONS } from '../../../../src/domain/collections'
import { formatDateTime } from '../../../../src/domain/time'
import { heldEventWhere } from '../routes/events/shared'
import { EVENT_TARGET } from '../routes/events/staff'
import { queryFigure, yearRange, type FigureSource } from './figure'
import { brandsOf } from './scope'

interface EventDoc {
  _id: string
  title: string
  brand: BrandId
  mode: 'online' | 'offline'
  county?: string
  startAt: string
}

const MODE = { online: '线上', offline: '线下' } as const

/** 招聘活动: brand events held with at least one employer (in the year, county), against the plan's 15. */
export const eventFigures: FigureSource = (scope) => {
  const { _ } = scope.ctx
  const brands = brandsOf(scope)
  return [
    queryFigure<EventDoc>(
      {
        key: 'events.brand',
        group: 'events',
        label: '劳务品牌专场招聘活动（已举办、有用人单位参加）',
        unit: '场',
        ...(scope.filter.county ? {} : { target: EVENT_TARGET.value }),
        source: EVENT_TARGET.source,
        columns: [
          { key: 'title', label: '活动' },
          { key: 'brand', label: '品牌' },
          { key: 'startAt', label: '时间' },
          { key: 'mode', label: '方式' },
          { key: 'county', label: '区县' },
        ],
      },
      scope,
      {
        collection: COLLECTIONS.events,
        async where() {
          const where: Record<string, unknown> = {
            ...heldEventWhere(_, scope.ctx.now()),
            brand: brands.length === 1 ? brands[0] : _.in(brands),
          }
          const years = yearRange(scope)
          if (years) where.startAt = years
          if (scope.filter.county) where.county = scope.filter.county
          return where
        },
        orderBy: 'startAt',
        toRows: async (docs) =>
          docs.map((e) => ({
            title: e.title,
            brand: brandName(e.brand),
            startAt: formatDateTime(e.startAt),
            mode: MODE[e.mode] ?? e.mode,
            county: e.county ?? '',
          })),
      },
    ),
  ]
}
