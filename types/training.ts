/** Routes of the training journey (R2, R3): courses, profile, sign-up, providers. Filled by the training work. */
export interface TrainingRoutes {}
