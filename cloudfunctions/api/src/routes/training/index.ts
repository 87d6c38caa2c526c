import type { TrainingRoutes } from '../../../../../types/training'
import type { RoutesOf } from '../../define'
import { catalogRoutes } from './catalog'
import { enrollRoutes } from './enroll'
import { profileRoutes } from './profile'
import { providerRoutes } from './provider'
import { staffTrainingRoutes } from './staff'

/** The training journey (R1–R3): training list, courses, profile, sign-up and the providers' side. */
export const trainingRoutes: RoutesOf<TrainingRoutes> = {
  ...catalogRoutes,
  ...profileRoutes,
  ...enrollRoutes,
  ...providerRoutes,
  ...staffTrainingRoutes,
}
