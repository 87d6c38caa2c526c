export { trainingRoutes } from './training/index'
