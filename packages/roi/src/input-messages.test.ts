import { describe, expect, it } from 'vitest';
import { BUSINESS_CASE_FIELDS, TRAINING_ROI_BOUNDS, TRAINING_ROI_FIELDS } from './bounds.js';
import { businessCase } from './business-case.js';
import { RoiInputError, type RoiInputReason } from './errors.js';
import { ROI_INPUT_MESSAGES, roiInputMessage } from './input-messages.js';
import { irr } from './irr.js';
import { nearestName } from './nearest-name.js';
import { trainingRoi } from './training-roi.js';

const base = { participants: 50, pricePerParticipant: 495, hoursSavedPerWeek: 3, hourlyRate: 50 };

function thrown(fn: () => unknown): RoiInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RoiInputError) return error;
    throw error;
  }
  throw new Error('no RoiInputError thrown');
}

const REASONS: RoiInputReason[] = [
  'missing',
  'not-a-number',
  'not-whole',
  'too-small',
  'too-large',
  'unknown-key',
  'wrong-type',
  'not-supported',
  'inconsistent',
];

describe('messages a UI shows in its reader’s language', () => {
  it('has a Dutch and an English message for every reason, and they differ', () => {
    for (const reason of REASONS) {
      const nl = ROI_INPUT_MESSAGES.nl[reason]({ min: '0', max: '10' });
      const en = ROI_INPUT_MESSAGES.en[reason]({ min: '0', max: '10' });
      expect(nl.length).toBeGreaterThan(5);
      expect(en.length).toBeGreaterThan(5);
      expect(nl).not.toBe(en);
    }
  });

  it('says the limits in the reader’s number format', () => {
    const error = thrown(() => trainingRoi({ ...base, participants: 2.5 }));
    expect(error).toMatchObject({ reason: 'not-whole', limits: { min: 0, max: 100_000 } });
    expect(roiInputMessage(error)).toBe('Vul een heel getal in van 0 tot en met 100.000.');
    expect(roiInputMessage(error, 'en-GB')).toBe('Enter a whole number from 0 to 100,000.');
    const big = thrown(() => trainingRoi({ ...base, hourlyRate: 1_001 }));
    expect(roiInputMessage(big, 'nl-NL')).toBe('Vul 1.000 of minder in.');
    const missing = thrown(() => trainingRoi({ participants: 1 } as never));
    expect(missing).toMatchObject({ field: 'pricePerParticipant', reason: 'missing' });
    expect(roiInputMessage(missing, 'en')).toBe('Fill in this field.');
  });

  it('never throws, even for a locale Intl rejects, and takes overrides', () => {
    const error = thrown(() => trainingRoi({ ...base, participants: -1 }));
    expect(roiInputMessage(error, 'xx-!!')).toBe('Enter 0 or more.');
    expect(roiInputMessage(error, 'nl', { nl: { 'too-small': (p) => `Minstens ${p.min}.` } })).toBe(
      'Minstens 0.',
    );
  });

  it('exports the input names', () => {
    expect(TRAINING_ROI_FIELDS).toEqual(Object.keys(TRAINING_ROI_BOUNDS));
    expect(BUSINESS_CASE_FIELDS).toContain('subsidy');
    expect(BUSINESS_CASE_FIELDS).toContain('discountRatePerYear');
  });
});

describe('unknown input keys get the nearest known name', () => {
  it('weeksPerYear → workingWeeksPerYear', () => {
    const error = thrown(() => trainingRoi({ ...base, weeksPerYear: 46 } as never));
    expect(error).toMatchObject({
      field: 'weeksPerYear',
      reason: 'unknown-key',
      suggestion: 'workingWeeksPerYear',
      received: 46,
    });
    expect(error.message).toBe(
      '[@aira/roi] weeksPerYear is not a known input; check the spelling (did you mean workingWeeksPerYear?)',
    );
    expect(roiInputMessage(error)).toBe('Onbekend veld; bedoelt u workingWeeksPerYear?');
  });

  it('in nested inputs and in options checked by zod too', () => {
    expect(thrown(() => businessCase({ subsidy: { share: 0.5, capp: 1 } } as never))).toMatchObject(
      {
        field: 'subsidy.capp',
        suggestion: 'cap',
      },
    );
    expect(thrown(() => irr([-1, 2], { maxrate: 2 } as never))).toMatchObject({
      field: 'options.maxrate',
      suggestion: 'maxRate',
    });
  });

  it('suggests nothing for a name unlike any input, or a very long one', () => {
    expect(nearestName('colour', TRAINING_ROI_FIELDS)).toBeUndefined();
    expect(nearestName(`participants${'x'.repeat(400_000)}`, TRAINING_ROI_FIELDS)).toBeUndefined();
    expect(nearestName('particpants', TRAINING_ROI_FIELDS)).toBe('participants');
  });
});
