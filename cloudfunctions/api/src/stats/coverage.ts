import { traineeLiveCounts } from '../match/coverage'
import { TARGET_LIVE } from '../match/model'
import { listFigure, type FigureSource } from './figure'
import { maskedPeople } from './people'

const COLUMNS = [
  { key: 'name', label: '学员' },
  { key: 'county', label: '区县' },
  { key: 'live', label: '现有推荐（条）' },
]

const SOURCE = '要求：每名学员至少推荐3次岗位（当前有效推荐，不分年份和区县）'

/** 推荐覆盖: trainees with at least 3 live recommendations, and those below. */
export const coverageFigures: FigureSource = async (scope) => {
  const counts = () =>
    scope.once('coverage', () => traineeLiveCounts(scope.ctx, scope.filter.brand))
  const rows = (reached: boolean) => async () => {
    const chosen = (await counts()).filter((t) => t.live >= TARGET_LIVE === reached)
    const person = await maskedPeople(
      scope,
      chosen.map((t) => t.openid),
    )
    return chosen.map((t) => ({
      name: person(t.openid).name,
      county: person(t.openid).county,
      live: t.live,
    }))
  }
  const trainees = (await counts()).length
  return [
    listFigure(
      {
        key: 'coverage.reached',
        group: 'coverage',
        label: '已推荐满3次的学员',
        unit: '人',
        target: trainees,
        source: SOURCE,
        columns: COLUMNS,
      },
      rows(true),
    ),
    listFigure(
      {
        key: 'coverage.short',
        group: 'coverage',
        label: '推荐不满3次的学员',
        unit: '人',
        source: SOURCE,
        columns: COLUMNS,
      },
      rows(false),
    ),
  ]
}
