import { describe, expect, it } from 'vitest';
import { businessCase } from './business-case.js';
import { RoiInputError } from './errors.js';
import { formatEuro } from './format.js';
import { irr } from './irr.js';
import { npv } from './npv.js';
import { prioritizeUseCases } from './prioritize-use-cases.js';
import { trainingRoi } from './training-roi.js';

const domain = { participants: 50, pricePerParticipant: 495, hoursSavedPerWeek: 3, hourlyRate: 50 };

/** Runs `fn` and returns the RoiInputError it throws. */
function inputError(fn: () => unknown): RoiInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RoiInputError) return error;
    throw error;
  }
  throw new Error('no RoiInputError thrown');
}

describe('bad input throws RoiInputError naming the field', () => {
  it.each([
    [
      'negative participants',
      { participants: -1 },
      'participants',
      'participants must be a whole number from 0 to 100,000, received -1',
    ],
    [
      'fractional participants',
      { participants: 2.5 },
      'participants',
      'participants must be a whole number from 0 to 100,000, received 2.5',
    ],
    ['NaN price', { pricePerParticipant: Number.NaN }, 'pricePerParticipant', 'received NaN'],
    [
      'Infinity hours',
      { hoursSavedPerWeek: Number.POSITIVE_INFINITY },
      'hoursSavedPerWeek',
      'received Infinity',
    ],
    ['a string rate', { hourlyRate: '50' }, 'hourlyRate', 'received "50"'],
    [
      'horizon 0',
      { horizonMonths: 0 },
      'horizonMonths',
      'horizonMonths must be a whole number from 1 to 600, received 0',
    ],
    [
      'horizon above 600',
      { horizonMonths: 601 },
      'horizonMonths',
      'a whole number from 1 to 600, received 601',
    ],
    [
      'fractional ramp-up',
      { rampUpMonths: 1.5 },
      'rampUpMonths',
      'rampUpMonths must be a whole number from 0 to 600',
    ],
    [
      'negative training hours',
      { trainingHoursPerParticipant: -2 },
      'trainingHoursPerParticipant',
      'a number of hours from 0 to 1,000, received -2',
    ],
    [
      'a misspelt input',
      { participant: 5 },
      'participant',
      'participant is not a known input; check the spelling',
    ],
  ])('trainingRoi: %s', (_label, patch, field, message) => {
    const error = inputError(() => trainingRoi({ ...domain, ...patch } as never));
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
    expect(error.message.startsWith('[@aira/roi] ')).toBe(true);
  });

  it('trainingRoi: a missing required input', () => {
    const error = inputError(() => trainingRoi({ participants: 5 } as never));
    expect(error.field).toBe('pricePerParticipant');
    expect(error.message).toContain('received nothing');
  });

  it('trainingRoi: not an object', () => {
    expect(inputError(() => trainingRoi(null as never)).field).toBe('input');
  });

  it.each([
    [
      'a share above 1',
      { confidence: 1.2 },
      'confidence',
      'confidence must be a share from 0 to 1',
    ],
    ['a negative share', { confidence: -0.1 }, 'confidence', 'received -0.1'],
    [
      'a subsidy share above 1',
      { subsidy: { share: 1.5 } },
      'subsidy.share',
      'subsidy.share must be a share from 0 to 1',
    ],
    [
      'a negative cap',
      { subsidy: { share: 0.7, cap: -1 } },
      'subsidy.cap',
      'subsidy.cap must be an amount in euros from 0 to 1,000,000,000',
    ],
    ['a subsidy without share', { subsidy: {} }, 'subsidy.share', 'received nothing'],
    ['a negative cost', { monthlyCosts: -300 }, 'monthlyCosts', 'received -300'],
    [
      'a discount rate of 1,100%',
      { discountRatePerYear: 11 },
      'discountRatePerYear',
      'a yearly rate from 0 to 10',
    ],
  ])('businessCase: %s', (_label, patch, field, message) => {
    const error = inputError(() => businessCase(patch as never));
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });
});

describe('options and lists name the offending path too', () => {
  it.each([
    [
      'irr without an array',
      () => irr('x' as never),
      'cashFlows',
      'cashFlows must be an array of at most 10,000 cash flows (numbers), received "x"',
    ],
    [
      'npv with a non-boolean option',
      () => npv(0.1, [1], { firstFlowAtZero: 'yes' as never }),
      'options.firstFlowAtZero',
      'must be true or false',
    ],
    [
      'a use case without a name',
      () => prioritizeUseCases([{ effort: 2, impact: 3 } as never]),
      'useCases.0.name',
      'received nothing',
    ],
    [
      'a use case that is not an object',
      () => prioritizeUseCases([3 as never]),
      'useCases.0',
      'useCases.0 must be an object, received 3',
    ],
    [
      'a locale that is not a text',
      () => formatEuro(1, { locale: 5 as never }),
      'options.locale',
      "must be a locale such as 'nl-NL' or 'en'",
    ],
  ])('%s', (_label, fn, field, message) => {
    const error = inputError(fn);
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });
});
