import { type TrainingRoiResult, trainingRoi } from './training-roi.js';
import type { TrainingRoiInput } from './training-roi-input.js';

/** Overrides per scenario; each is merged over the base input. */
export interface ScenarioOverrides<I> {
  conservative: Partial<I>;
  expected?: Partial<I>;
  optimistic: Partial<I>;
}

/** One result per scenario. */
export interface ScenarioResults<R> {
  conservative: R;
  expected: R;
  optimistic: R;
}

/**
 * Runs the same case three times with different assumptions (conservative, expected,
 * optimistic). Uses {@link trainingRoi} unless another model, e.g. `businessCase`, is given.
 *
 * @example
 * ```ts
 * const s = scenarios(input, {
 *   conservative: { hoursSavedPerWeek: 1, otherBenefitsPerYear: 0 },
 *   optimistic: { hoursSavedPerWeek: 4 },
 * });
 * s.conservative.roiPercent;
 * ```
 */
export function scenarios(
  input: TrainingRoiInput,
  overrides: ScenarioOverrides<TrainingRoiInput>,
): ScenarioResults<TrainingRoiResult>;
export function scenarios<I extends object, R>(
  input: NoInfer<I>,
  overrides: ScenarioOverrides<NoInfer<I>>,
  model: (input: I) => R,
): ScenarioResults<R>;
export function scenarios<I extends object, R>(
  input: I,
  overrides: ScenarioOverrides<I>,
  model?: (input: I) => R,
): ScenarioResults<R> {
  const run = model ?? (trainingRoi as unknown as (input: I) => R);
  return {
    conservative: run({ ...input, ...overrides.conservative }),
    expected: run({ ...input, ...overrides.expected }),
    optimistic: run({ ...input, ...overrides.optimistic }),
  };
}
