/** The matching engine (pure TS): scoring, reasons, the index and the pass. */
export * from './model'
export {
  scoreOpening,
  skillName,
  compileTrainee,
  compileOpening,
  isOpeningLive,
  type Voice,
} from './score'
export {
  MatchEngine,
  TraineeIndex,
  passOrder,
  type Assignment,
  type LedgerState,
  type RankedCandidate,
} from './engine'
