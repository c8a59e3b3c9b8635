import { BUSINESS_CASE_BOUNDS as B, TRAINING_ROI_BOUNDS as T } from '@aira/roi';

/** The two cases the element computes. */
export type RoiMode = 'training' | 'pilot';

/** How a field's number is read and shown. */
export type FieldUnit = 'count' | 'euro' | 'hours' | 'weeks' | 'months' | 'percent';

/** One input of the element: its attribute, range (from `@aira/roi`) and default. */
export interface RoiField {
  /** Attribute and URL name, also the key of `strings.labels` (`price-per-participant`). */
  readonly name: string;
  readonly unit: FieldUnit;
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
  /** The worked example's value. */
  readonly example: number;
}

const f = (
  name: string,
  unit: FieldUnit,
  bounds: { min: number; max: number; whole: boolean },
  example: number,
): RoiField => ({ name, unit, min: bounds.min, max: bounds.max, whole: bounds.whole, example });

/** The training case: DOMAIN's worked example (50 × € 495, 3 h a week at € 50, 45 weeks, € 50.000). */
export const TRAINING_FIELDS: readonly RoiField[] = [
  f('participants', 'count', T.participants, 50),
  f('price-per-participant', 'euro', T.pricePerParticipant, 495),
  f('hours-saved-per-week', 'hours', T.hoursSavedPerWeek, 3),
  f('hourly-rate', 'euro', T.hourlyRate, 50),
  f('working-weeks', 'weeks', T.workingWeeksPerYear, 45),
  f('other-benefits', 'euro', T.otherBenefitsPerYear, 50_000),
];

// Subsidies for a first pilot cover at most 70% of its costs (DOMAIN.md).
const SUBSIDY = { min: 0, max: 70, whole: false };

/** The pilot case (fictional): € 5.000 one-off, tools € 300 a month, 5 / 10 / 15 team hours a week. */
export const PILOT_FIELDS: readonly RoiField[] = [
  f('one-off-costs', 'euro', B.oneOffCosts, 5_000),
  f('monthly-costs', 'euro', B.monthlyCosts, 300),
  f('hourly-rate', 'euro', B.hourlyRate, 60),
  f('hours-saved-cautious', 'hours', B.hoursSavedPerWeek, 5),
  f('hours-saved-per-week', 'hours', B.hoursSavedPerWeek, 10),
  f('hours-saved-optimistic', 'hours', B.hoursSavedPerWeek, 15),
  f('subsidy', 'percent', SUBSIDY, 0),
  f('horizon-months', 'months', B.horizonMonths, 12),
];

/** The fields of a mode. */
export const fieldsOf = (mode: RoiMode): readonly RoiField[] =>
  mode === 'pilot' ? PILOT_FIELDS : TRAINING_FIELDS;

/** Every attribute name that presets an input, in either mode. */
export const FIELD_NAMES: readonly string[] = [
  ...new Set([...TRAINING_FIELDS, ...PILOT_FIELDS].map((field) => field.name)),
];
