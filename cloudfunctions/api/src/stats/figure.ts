import type { Figure, RecordColumn, StatsFilter, StatsRecord } from '../../../../types/stats'
import type { RouteContext } from '../context'
import { countOf, findMany } from '../db'

/**
 * One figure of the dashboard and the records it counts. `count` and `list` read the same set,
 * so the number on the screen is always the number of records that open from it.
 */
export interface FigureDef extends Omit<Figure, 'value'> {
  columns: RecordColumn[]
  count(): Promise<number>
  list(skip: number, limit: number): Promise<StatsRecord[]>
}

/** What a figure source gets: the request's context and filter, and shared look-ups. */
export interface StatsScope {
  ctx: RouteContext
  filter: StatsFilter
  /** Remembers a look-up for the rest of this request (e.g. the courses of a county). */
  once<T>(key: string, load: () => Promise<T>): Promise<T>
}

/** Adds the dashboard's figures for one area; the registry in index.ts lists every source. */
export type FigureSource = (scope: StatsScope) => Promise<FigureDef[]> | FigureDef[]

type Where = Record<string, unknown>

/**
 * A figure that counts the documents of `collection` matching `where`; its records are those
 * documents in `orderBy` order, turned into rows by `toRows` (which may look up names).
 */
export function queryFigure<T>(
  meta: Omit<FigureDef, 'count' | 'list'>,
  scope: StatsScope,
  q: {
    collection: string
    where: () => Promise<Where | null>
    orderBy: string
    toRows(docs: T[]): Promise<StatsRecord[]>
  },
): FigureDef {
  const { db } = scope.ctx
  return {
    ...meta,
    async count() {
      const where = await q.where()
      return where ? countOf(db.collection(q.collection).where(where)) : 0
    },
    async list(skip, limit) {
      const where = await q.where()
      if (!where) return []
      const docs = await findMany<T>(
        db
          .collection(q.collection)
          .where(where)
          .orderBy(q.orderBy, 'desc')
          .orderBy('_id', 'asc')
          .skip(skip)
          .limit(limit),
      )
      return q.toRows(docs)
    },
  }
}

/** A figure computed as a whole list of records (when no single query counts it). */
export function listFigure(
  meta: Omit<FigureDef, 'count' | 'list'>,
  all: () => Promise<StatsRecord[]>,
): FigureDef {
  return {
    ...meta,
    count: async () => (await all()).length,
    list: async (skip, limit) => (await all()).slice(skip, skip + limit),
  }
}

/** Beijing calendar-year bounds for ISO `+08:00` time strings, or null for cumulative. */
export function yearRange(scope: StatsScope) {
  const { year } = scope.filter
  if (!year) return null
  const { _ } = scope.ctx
  return _.gte(`${year}-01-01T00:00:00+08:00`).and(_.lt(`${year + 1}-01-01T00:00:00+08:00`))
}
