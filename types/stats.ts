import type { BrandId, CountyName } from './catalog'

/** What the dashboard is narrowed to; nothing given = every brand, every county, cumulative. */
export interface StatsFilter {
  /** A calendar year in Beijing time, 2022 (the plan's first) to this year. */
  year?: number
  county?: CountyName
  brand?: BrandId
}

/** Sections of the dashboard a figure belongs to. */
export type FigureGroup = 'training' | 'employment' | 'events' | 'institutions' | 'coverage'

/** One number of the dashboard, against its plan target when the plan has one. */
export interface Figure {
  /** Stable id, e.g. `training.mifen`, `institutions.expert_studio.region`. */
  key: string
  group: FigureGroup
  label: string
  value: number
  /** The plan's target; absent where the plan sets none for this figure. */
  target?: number
  /** 人次, 场, 个, 人 */
  unit: string
  /** Where the target stands in the plan, or what the figure counts. */
  source: string
}

/** A column of a figure's records, in the order shown and exported. */
export interface RecordColumn {
  key: string
  label: string
}

/** One record a figure counts, as staff may see it (personal data masked). */
export type StatsRecord = Record<string, string | number>

export interface StatsRecords {
  columns: RecordColumn[]
  items: StatsRecord[]
  /** Equals the figure's value under the same filter. */
  total: number
}

export interface StatsRoutes {
  'staff/stats': { input: StatsFilter; output: { figures: Figure[] } }
  'staff/stats/records': {
    input: StatsFilter & { key: string; page?: number; pageSize?: number }
    output: StatsRecords
  }
}
