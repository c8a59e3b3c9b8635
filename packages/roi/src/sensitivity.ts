import * as z from 'zod/mini';
import { RoiInputError } from './errors.js';
import { trainingRoi } from './training-roi.js';
import type { TrainingRoiInput } from './training-roi-input.js';
import { list, num, parse, shape, text } from './validate.js';

/** Keys of `I` whose values are numbers. */
export type NumericField<I> = {
  [K in keyof I]-?: NonNullable<I[K]> extends number ? K : never;
}[keyof I] &
  string;

/** Options for {@link sensitivity}. */
export interface SensitivityOptions<I> {
  /** Inputs to move; each must be a number in the input (or have a default the model fills in). */
  fields: readonly NumericField<I>[];
  /** Relative move up and down, e.g. 0.2 for ±20% (default 0.2). */
  swing?: number;
}

/** One bar of the tornado chart. */
export interface SensitivityRow<I> {
  field: NumericField<I>;
  /** The value the field had in the base case. */
  base: number;
  low: { value: number; roi: number | null };
  high: { value: number; roi: number | null };
  /** |roi(high) − roi(low)|: how far this field moves the ROI; rows are sorted by it. */
  roiChange: number;
}

/** A model that gives an ROI fraction, such as `trainingRoi` or `businessCase`. */
export type RoiModel<I> = (input: I) => { roi: number | null; assumptions: object };

// Whole-number inputs are rounded after the swing, shares are kept within [0, 1]; any other
// value a model rejects still surfaces as RoiInputError.
const WHOLE = new Set(['participants', 'workingWeeksPerYear', 'rampUpMonths', 'horizonMonths']);
const SHARES = new Set(['confidence']);
const swingSchema = num('a swing from 0 to 1 (0.2 = ±20%)', { min: 0, max: 1 });
const fieldsSchema = list(text('the name of an input'), 'an array of input names');
const optionsSchema = shape({ fields: fieldsSchema, swing: z.optional(swingSchema) });

const move = (field: string, value: number, factor: number): number => {
  // 12 significant digits drop float noise such as 3 × 0.8 = 2.4000000000000004.
  const moved = Number((value * factor).toPrecision(12));
  if (WHOLE.has(field)) return Math.max(field === 'horizonMonths' ? 1 : 0, Math.round(moved));
  if (SHARES.has(field)) return Math.min(1, moved);
  return moved;
};

/**
 * Tornado analysis: moves each field down and up by `swing` (relative) and reports the ROI
 * at both ends, sorted by how much the ROI changes. Uses {@link trainingRoi} unless another
 * model, e.g. `businessCase`, is given.
 *
 * @example
 * ```ts
 * const rows = sensitivity(input, { fields: ['hoursSavedPerWeek', 'hourlyRate'], swing: 0.2 });
 * rows[0].field; // the input that matters most
 * ```
 */
export function sensitivity(
  input: TrainingRoiInput,
  options: SensitivityOptions<TrainingRoiInput>,
): SensitivityRow<TrainingRoiInput>[];
export function sensitivity<I extends object>(
  input: NoInfer<I>,
  options: SensitivityOptions<NoInfer<I>>,
  model: RoiModel<I>,
): SensitivityRow<I>[];
export function sensitivity<I extends object>(
  input: I,
  options: SensitivityOptions<I>,
  model?: RoiModel<I>,
): SensitivityRow<I>[] {
  const o = parse(optionsSchema, options, 'options');
  const run = model ?? (trainingRoi as unknown as RoiModel<I>);
  const filled = run(input).assumptions as Record<string, unknown>;
  const swing = o.swing ?? 0.2;
  const rows = options.fields.map((field) => {
    const base = filled[field];
    if (typeof base !== 'number') {
      throw new RoiInputError(
        `options.fields`,
        `options.fields may only name numeric inputs, received "${field}"`,
        { received: field, reason: 'unknown-key' },
      );
    }
    const at = (factor: number) => {
      const value = move(field, base, factor);
      return { value, roi: run({ ...input, [field]: value }).roi };
    };
    const low = at(1 - swing);
    const high = at(1 + swing);
    const roiChange = low.roi === null || high.roi === null ? 0 : Math.abs(high.roi - low.roi);
    return { field, base, low, high, roiChange };
  });
  return rows.sort((a, b) => b.roiChange - a.roiChange);
}
