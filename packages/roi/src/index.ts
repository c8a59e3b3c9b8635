export type { FieldBounds } from './bounds.js';
export {
  BUSINESS_CASE_BOUNDS,
  BUSINESS_CASE_FIELDS,
  CASH_FLOW_BOUNDS,
  IRR_SEARCH,
  ROI_BOUNDS,
  SUBSIDY_BOUNDS,
  TRAINING_ROI_BOUNDS,
  TRAINING_ROI_FIELDS,
} from './bounds.js';
export type { BusinessCaseResult } from './business-case.js';
export { businessCase } from './business-case.js';
export type {
  BusinessCaseAssumptions,
  BusinessCaseInput,
  SubsidyAssumptions,
  SubsidyInput,
} from './business-case-input.js';
export type { MonthlyFlow } from './cash-flows.js';
export type { IrrFailureReason, RoiInputErrorDetails, RoiInputReason } from './errors.js';
export { RoiError, RoiInputError } from './errors.js';
export type { ExplainOptions } from './explain-roi.js';
export { explainRoi } from './explain-roi.js';
export type { FormatOptions } from './format.js';
export { formatEuro, formatPercent } from './format.js';
export type { RoiInputMessages, RoiMessageParams } from './input-messages.js';
export { ROI_INPUT_MESSAGES, roiInputMessage } from './input-messages.js';
export type { IrrOptions } from './irr.js';
export { irr } from './irr.js';
export type { NpvOptions } from './npv.js';
export { npv } from './npv.js';
export type {
  ImpactCriteria,
  PrioritizedUseCase,
  Quadrant,
  UseCase,
} from './prioritize-use-cases.js';
export { prioritizeUseCases, quadrantOf, suggestImpact } from './prioritize-use-cases.js';
export type { ScenarioOverrides, ScenarioResults } from './scenarios.js';
export { scenarios } from './scenarios.js';
export type { NumericField, RoiModel, SensitivityOptions, SensitivityRow } from './sensitivity.js';
export { sensitivity } from './sensitivity.js';
export type { TimeSavedShareInput } from './time-saved-share.js';
export { timeSavedShare } from './time-saved-share.js';
export type { TrainingRoiResult } from './training-roi.js';
export { trainingRoi } from './training-roi.js';
export type { TrainingRoiAssumptions, TrainingRoiInput } from './training-roi-input.js';
export type { TypicalPayback } from './typical-paybacks.js';
export { TYPICAL_PAYBACKS } from './typical-paybacks.js';
