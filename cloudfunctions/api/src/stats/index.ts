import type { Figure } from '../../../../types/stats'
import { coverageFigures } from './coverage'
import { employmentFigures } from './employment'
import { eventFigures } from './events'
import type { FigureDef, FigureSource, StatsScope } from './figure'
import { institutionFigures } from './institutions'
import { trainingFigures } from './training'

/**
 * Every figure of the dashboard, area by area, in the order shown. A new area (e.g. network
 * progress) is one more FigureSource here: its figures get the filter, the records drill-down
 * and the CSV export with nothing else to change.
 */
export const FIGURE_SOURCES: readonly FigureSource[] = [
  trainingFigures,
  employmentFigures,
  eventFigures,
  institutionFigures,
  coverageFigures,
]

/** The figure definitions for a request's filter. */
export async function figureDefs(scope: StatsScope): Promise<FigureDef[]> {
  const lists = await Promise.all(FIGURE_SOURCES.map((source) => source(scope)))
  return lists.flat()
}

/** A figure as the dashboard shows it: its value counted now. */
export async function figureOf(def: FigureDef): Promise<Figure> {
  const { columns: _columns, count, list: _list, ...meta } = def
  return { ...meta, value: await count() }
}
