import type { TrainingRoutes } from '../../../../types/training'
import type { RoutesOf } from '../define'

export const trainingRoutes: RoutesOf<TrainingRoutes> = {}
