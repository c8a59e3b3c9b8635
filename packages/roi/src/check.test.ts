// The zod-free validator (check.ts, what trainingRoi and businessCase run) must agree with the
// zod schemas on every input: same acceptance and output, or the same field, reason, message,
// limits and suggestion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSINESS_CASE_BOUNDS, type FieldBounds, TRAINING_ROI_BOUNDS } from './bounds.js';
import { businessCaseSchema } from './business-case-input.js';
import { checkBusinessCaseInput, checkTrainingRoiInput } from './check.js';
import { RoiInputError } from './errors.js';
import { trainingRoiSchema } from './training-roi-input.js';
import { parse } from './validate.js';

/** What a validator did: its output, or the parts of the RoiInputError a caller reads. */
function outcome(run: () => unknown) {
  try {
    return { ok: run() };
  } catch (error) {
    if (!(error instanceof RoiInputError)) throw error;
    const { field, reason, message, limits, suggestion, received } = error;
    return { field, reason, message, limits, suggestion, received };
  }
}

/** Values near and beyond a field's edges, and values of other types. */
const around = (b: FieldBounds) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(b.min, b.max, (b.min + b.max) / 2, 1) },
    { weight: 2, arbitrary: fc.constantFrom(b.min - 1, b.max + 1, b.min - 0.5, b.max + 1e-9) },
    { weight: 2, arbitrary: fc.double({ min: b.min - 10, max: b.max + 10 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        null,
        '5',
        Number.NaN,
        Number.POSITIVE_INFINITY,
        -0,
        2.5,
        1e300,
        2 ** 53 + 2,
        true,
        [],
        {},
      ),
    },
  );

const fields = (bounds: Record<string, FieldBounds>) =>
  fc.record(Object.fromEntries(Object.entries(bounds).map(([k, b]) => [k, around(b)])), {
    requiredKeys: [],
  });

const strays = fc.dictionary(
  fc.constantFrom('weeksPerYear', 'participant', 'HourlyRate', 'x', 'horizon', '__proto__'),
  fc.integer(),
  { maxKeys: 2 },
);

const subsidy = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(null, 0.5, 'half', []),
  fc.record(
    {
      share: fc.constantFrom(0, 0.7, 1, 1.1, -0.1, '0.7', undefined),
      cap: fc.constantFrom(0, 1e9, 1e9 + 1, -1, Number.NaN, undefined),
      includeInternalHours: fc.constantFrom(true, false, 'yes', undefined),
      shar: fc.constantFrom(1, undefined),
    },
    { requiredKeys: [] },
  ),
);

describe('check.ts agrees with the zod schemas', () => {
  it('trainingRoi input', () => {
    fc.assert(
      fc.property(fields(TRAINING_ROI_BOUNDS), strays, (known, extra) => {
        const input = { ...known, ...extra };
        expect(outcome(() => checkTrainingRoiInput(input))).toEqual(
          outcome(() => parse(trainingRoiSchema, input)),
        );
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('businessCase input, subsidy included', () => {
    fc.assert(
      fc.property(fields(BUSINESS_CASE_BOUNDS), subsidy, strays, (known, s, extra) => {
        const input = { ...known, ...(s === undefined ? {} : { subsidy: s }), ...extra };
        expect(outcome(() => checkBusinessCaseInput(input))).toEqual(
          outcome(() => parse(businessCaseSchema, input)),
        );
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('inputs that are not objects', () => {
    for (const input of [null, undefined, 5, 'x', [], [1], true]) {
      expect(outcome(() => checkTrainingRoiInput(input))).toEqual(
        outcome(() => parse(trainingRoiSchema, input)),
      );
      expect(outcome(() => checkBusinessCaseInput(input))).toEqual(
        outcome(() => parse(businessCaseSchema, input)),
      );
    }
  });

  it('only valid inputs pass, and they pass with their defaults filled in', () => {
    const valid = {
      participants: 50,
      pricePerParticipant: 495,
      hoursSavedPerWeek: 3,
      hourlyRate: 50,
    };
    expect(checkTrainingRoiInput(valid)).toEqual({
      ...valid,
      workingWeeksPerYear: 45,
      otherBenefitsPerYear: 0,
      rampUpMonths: 0,
      horizonMonths: 12,
      trainingHoursPerParticipant: 0,
    });
  });
});
