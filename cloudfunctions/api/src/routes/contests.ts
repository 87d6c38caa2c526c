import type { ContestsRoutes } from '../../../../types/contests'
import type { RoutesOf } from '../define'
import { publicContestRoutes } from './contests/public'
import { staffContestRoutes } from './contests/staff'
import { storyRoutes } from './contests/stories'

/** Skill competitions with 技术能手 honours, and typical cases (R7, 四（三）2–3). */
export const contestsRoutes: RoutesOf<ContestsRoutes> = {
  ...publicContestRoutes,
  ...staffContestRoutes,
  ...storyRoutes,
}
