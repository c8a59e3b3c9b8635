// The range every input may take. Chosen so that any combination of valid inputs keeps every
// money total below 2^53 cents (exact as a number) and every ratio finite: a business case of
// 100,000 participants at €1,000 an hour saving 168 hours a week for 50 years still fits.
// A UI reads these for its `min`/`max`; the validators (zod and zod-free) are built from them.

/** The allowed range of one numeric input. */
export interface FieldBounds {
  /** Smallest allowed value (inclusive). */
  readonly min: number;
  /** Largest allowed value (inclusive). */
  readonly max: number;
  /** Only whole numbers. */
  readonly whole: boolean;
  /** What the number counts, for labels and number formatting. */
  readonly unit: 'count' | 'euro' | 'hours' | 'weeks' | 'months' | 'share' | 'rate';
  /** The value used when the input is left out; absent for required inputs. */
  readonly default?: number;
}

const b = (
  unit: FieldBounds['unit'],
  min: number,
  max: number,
  extra: { whole?: boolean; default?: number } = {},
): FieldBounds => ({ min, max, whole: extra.whole ?? false, unit, ...extra });

/** Bounds of every {@link TrainingRoiInput} field, in the order the validators check them. */
export const TRAINING_ROI_BOUNDS = {
  participants: b('count', 0, 100_000, { whole: true }),
  pricePerParticipant: b('euro', 0, 100_000),
  hoursSavedPerWeek: b('hours', 0, 168),
  hourlyRate: b('euro', 0, 1_000),
  workingWeeksPerYear: b('weeks', 0, 53, { whole: true, default: 45 }),
  otherBenefitsPerYear: b('euro', 0, 1_000_000_000, { default: 0 }),
  rampUpMonths: b('months', 0, 600, { whole: true, default: 0 }),
  horizonMonths: b('months', 1, 600, { whole: true, default: 12 }),
  trainingHoursPerParticipant: b('hours', 0, 1_000, { default: 0 }),
} as const satisfies Record<string, FieldBounds>;

/** Bounds of every numeric {@link BusinessCaseInput} field (all optional), in check order. */
export const BUSINESS_CASE_BOUNDS = {
  oneOffCosts: b('euro', 0, 1_000_000_000, { default: 0 }),
  monthlyCosts: b('euro', 0, 100_000_000, { default: 0 }),
  internalHoursOneOff: b('hours', 0, 1_000_000, { default: 0 }),
  internalHoursPerMonth: b('hours', 0, 1_000_000, { default: 0 }),
  hourlyRate: b('euro', 0, 1_000, { default: 0 }),
  hoursSavedPerWeek: b('hours', 0, 1_000_000, { default: 0 }),
  hoursSavedPerMonth: b('hours', 0, 5_000_000, { default: 0 }),
  workingWeeksPerYear: b('weeks', 0, 53, { whole: true, default: 45 }),
  otherBenefitsPerMonth: b('euro', 0, 100_000_000, { default: 0 }),
  otherBenefitsPerYear: b('euro', 0, 1_000_000_000, { default: 0 }),
  rampUpMonths: b('months', 0, 600, { whole: true, default: 0 }),
  confidence: b('share', 0, 1, { default: 1 }),
  horizonMonths: b('months', 1, 600, { whole: true, default: 12 }),
  discountRatePerYear: b('rate', 0, 10, { default: 0 }),
} as const satisfies Record<string, FieldBounds>;

/** Bounds of the `subsidy` fields of a business case (`share` is required, `cap` optional). */
export const SUBSIDY_BOUNDS = {
  share: b('share', 0, 1),
  cap: b('euro', 0, 1_000_000_000),
} as const satisfies Record<string, FieldBounds>;

/** Bounds of the series `npv` and `irr` take. */
export const CASH_FLOW_BOUNDS = {
  /** Largest absolute cash flow (€10^15). */
  amount: 1e15,
  /** Most cash flows in one series (10,000 periods). */
  count: 10_000,
} as const;

/**
 * The range `irr` searches: rates per period from `minRate` (1 + r = 10^-12, i.e.
 * −99.9999999999%) up to the `maxRate` option (default 1,000,000 = 100,000,000%), whatever the
 * length of the series.
 */
export const IRR_SEARCH = { minRate: -(1 - 1e-12), maxRate: 1_000_000 } as const;

/** Every documented bound, for a UI that sets `min`/`max` on its fields. */
export const ROI_BOUNDS = {
  trainingRoi: TRAINING_ROI_BOUNDS,
  businessCase: BUSINESS_CASE_BOUNDS,
  subsidy: SUBSIDY_BOUNDS,
  cashFlows: CASH_FLOW_BOUNDS,
  irr: IRR_SEARCH,
} as const;

/** The input names `trainingRoi` accepts. */
export const TRAINING_ROI_FIELDS = Object.keys(
  TRAINING_ROI_BOUNDS,
) as readonly (keyof typeof TRAINING_ROI_BOUNDS)[];

/** The input names `businessCase` accepts (`subsidy` holds `share`, `cap`, `includeInternalHours`). */
export const BUSINESS_CASE_FIELDS: readonly (keyof typeof BUSINESS_CASE_BOUNDS | 'subsidy')[] = [
  ...(Object.keys(BUSINESS_CASE_BOUNDS) as (keyof typeof BUSINESS_CASE_BOUNDS)[]),
  'subsidy',
];
