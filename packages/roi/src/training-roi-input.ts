import * as z from 'zod/mini';
import { TRAINING_ROI_BOUNDS as B } from './bounds.js';
import { bounded, shape } from './validate.js';

/** Input of `trainingRoi`: amounts in euros (excl. VAT), hours per participant. */
export interface TrainingRoiInput {
  /** Number of people trained (a whole number, 0–100,000). */
  participants: number;
  /** Course fee per participant, euros. */
  pricePerParticipant: number;
  /** Hours each participant saves per week once up to speed. */
  hoursSavedPerWeek: number;
  /** Loaded cost of an hour of a participant's time, euros. */
  hourlyRate: number;
  /** Working weeks per year (default 45: a year minus holidays). */
  workingWeeksPerYear?: number;
  /** Other benefits per year, e.g. fewer errors and less rework, euros (default 0). */
  otherBenefitsPerYear?: number;
  /** Months until benefits reach full speed, growing linearly (default 0: at once). */
  rampUpMonths?: number;
  /** Months looked at, 1–600 (default 12). */
  horizonMonths?: number;
  /** Hours each participant spends in training, costed at `hourlyRate` (default 0). */
  trainingHoursPerParticipant?: number;
}

/** {@link TrainingRoiInput} with every default filled in. */
export type TrainingRoiAssumptions = Required<TrainingRoiInput>;

/** The zod schema behind {@link TrainingRoiInput} (internal; checked against it in the type tests). */
export const trainingRoiSchema = shape({
  participants: bounded(B.participants),
  pricePerParticipant: bounded(B.pricePerParticipant),
  hoursSavedPerWeek: bounded(B.hoursSavedPerWeek),
  hourlyRate: bounded(B.hourlyRate),
  workingWeeksPerYear: z._default(bounded(B.workingWeeksPerYear), 45),
  otherBenefitsPerYear: z._default(bounded(B.otherBenefitsPerYear), 0),
  rampUpMonths: z._default(bounded(B.rampUpMonths), 0),
  horizonMonths: z._default(bounded(B.horizonMonths), 12),
  trainingHoursPerParticipant: z._default(bounded(B.trainingHoursPerParticipant), 0),
});
