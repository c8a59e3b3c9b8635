import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { BusinessCaseResult } from './business-case.js';
import { businessCase } from './business-case.js';
import type {
  BusinessCaseAssumptions,
  BusinessCaseInput,
  businessCaseSchema,
} from './business-case-input.js';
import type { MonthlyFlow } from './cash-flows.js';
import type { RoiError } from './errors.js';
import { explainRoi } from './explain-roi.js';
import { irr } from './irr.js';
import { prioritizeUseCases, type Quadrant } from './prioritize-use-cases.js';
import { scenarios } from './scenarios.js';
import { sensitivity } from './sensitivity.js';
import { type TrainingRoiResult, trainingRoi } from './training-roi.js';
import type {
  TrainingRoiAssumptions,
  TrainingRoiInput,
  trainingRoiSchema,
} from './training-roi-input.js';

const input: TrainingRoiInput = {
  participants: 50,
  pricePerParticipant: 495,
  hoursSavedPerWeek: 3,
  hourlyRate: 50,
};

describe('result types', () => {
  it('trainingRoi: money is number, undefined ratios are null', () => {
    const r = trainingRoi(input);
    expectTypeOf(r).toEqualTypeOf<TrainingRoiResult>();
    expectTypeOf(r.investment).toEqualTypeOf<number>();
    expectTypeOf(r.roi).toEqualTypeOf<number | null>();
    expectTypeOf(r.paybackMonths).toEqualTypeOf<number | null>();
    expectTypeOf(r.cashFlows).toEqualTypeOf<MonthlyFlow[]>();
    expectTypeOf(r.kind).toEqualTypeOf<'training'>();
    expectTypeOf(r.assumptions.workingWeeksPerYear).toEqualTypeOf<number>();
  });

  it('TrainingRoiInput: defaults are optional, the rest required', () => {
    expectTypeOf<TrainingRoiInput['workingWeeksPerYear']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TrainingRoiInput['participants']>().toEqualTypeOf<number>();
  });

  it('businessCase: IRR is null with a typed reason', () => {
    const r = businessCase({ oneOffCosts: 5_000 });
    expectTypeOf(r).toEqualTypeOf<BusinessCaseResult>();
    expectTypeOf(r.irrMonthly).toEqualTypeOf<number | null>();
    expectTypeOf(r.irrUndefinedReason).toEqualTypeOf<RoiError['reason'] | null>();
    expectTypeOf<RoiError['reason']>().toEqualTypeOf<
      'no-sign-change' | 'no-root' | 'multiple-roots'
    >();
  });

  it('irr, explainRoi, scenarios, sensitivity, prioritizeUseCases', () => {
    expectTypeOf(irr([-1, 2])).toEqualTypeOf<number>();
    expectTypeOf(explainRoi(trainingRoi(input))).toEqualTypeOf<string[]>();
    expectTypeOf(
      scenarios(input, { conservative: {}, optimistic: {} }).expected,
    ).toEqualTypeOf<TrainingRoiResult>();
    expectTypeOf(
      scenarios({ oneOffCosts: 1 }, { conservative: {}, optimistic: {} }, businessCase).optimistic,
    ).toEqualTypeOf<BusinessCaseResult>();
    expectTypeOf(sensitivity(input, { fields: ['hourlyRate'] })[0]?.field).toEqualTypeOf<
      | 'participants'
      | 'pricePerParticipant'
      | 'hoursSavedPerWeek'
      | 'hourlyRate'
      | 'workingWeeksPerYear'
      | 'otherBenefitsPerYear'
      | 'rampUpMonths'
      | 'horizonMonths'
      | 'trainingHoursPerParticipant'
      | undefined
    >();
    const ranked = prioritizeUseCases([{ name: 'a', impact: 3, effort: 2, owner: 'Jan' }]);
    expectTypeOf(ranked[0]?.quadrant).toEqualTypeOf<Quadrant | undefined>();
    expectTypeOf(ranked[0]?.owner).toEqualTypeOf<string | undefined>();
  });
});

describe('models other than trainingRoi', () => {
  it('type overrides and fields against the model input', () => {
    const pilot = { oneOffCosts: 5_000, hoursSavedPerWeek: 10, hourlyRate: 60 };
    const rows = sensitivity(pilot, { fields: ['confidence', 'monthlyCosts'] }, businessCase);
    expectTypeOf(rows[0]?.low.roi).toEqualTypeOf<number | null | undefined>();
    // @ts-expect-error: participants is not a businessCase input
    sensitivity(pilot, { fields: ['participants'] }, businessCase);
    scenarios(pilot, { conservative: { confidence: 0.5 }, optimistic: {} }, businessCase);
  });
});

describe('documented input types match the zod schemas', () => {
  it('trainingRoi', () => {
    expectTypeOf<z.input<typeof trainingRoiSchema>>().toEqualTypeOf<TrainingRoiInput>();
    expectTypeOf<z.output<typeof trainingRoiSchema>>().toEqualTypeOf<TrainingRoiAssumptions>();
  });

  it('businessCase', () => {
    expectTypeOf<z.input<typeof businessCaseSchema>>().toEqualTypeOf<BusinessCaseInput>();
    expectTypeOf<z.output<typeof businessCaseSchema>>().toEqualTypeOf<BusinessCaseAssumptions>();
  });
});
