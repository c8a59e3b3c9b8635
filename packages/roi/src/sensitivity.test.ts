import { describe, expect, it } from 'vitest';
import { businessCase } from './business-case.js';
import { RoiInputError } from './errors.js';
import { scenarios } from './scenarios.js';
import { sensitivity } from './sensitivity.js';
import { trainingRoi } from './training-roi.js';

const domain = {
  participants: 50,
  pricePerParticipant: 495,
  hoursSavedPerWeek: 3,
  hourlyRate: 50,
  otherBenefitsPerYear: 50_000,
};

describe('sensitivity', () => {
  const rows = sensitivity(domain, {
    fields: ['participants', 'hoursSavedPerWeek', 'otherBenefitsPerYear', 'pricePerParticipant'],
    swing: 0.2,
  });

  it('moves each field ±swing and sorts the rows by ROI change', () => {
    expect(rows.map((r) => r.field)).toEqual([
      'pricePerParticipant',
      'hoursSavedPerWeek',
      'participants',
      'otherBenefitsPerYear',
    ]);
    const hours = rows.find((r) => r.field === 'hoursSavedPerWeek');
    expect(hours).toMatchObject({ base: 3, low: { value: 2.4 }, high: { value: 3.6 } });
    expect(hours?.low.roi).toBe(trainingRoi({ ...domain, hoursSavedPerWeek: 2.4 }).roi);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i - 1]?.roiChange).toBeGreaterThanOrEqual(rows[i]?.roiChange ?? 0);
    }
  });

  it('keeps whole-number inputs whole', () => {
    const r = sensitivity(
      { ...domain, participants: 7 },
      { fields: ['participants'], swing: 0.25 },
    );
    expect(r[0]?.low.value).toBe(5);
    expect(r[0]?.high.value).toBe(9);
  });

  it('works with fields that only have a default, and with businessCase', () => {
    // 45 × 0.9 = 40.5 and 45 × 1.1 = 49.5 round half-up to whole weeks.
    const weeks = sensitivity(domain, { fields: ['workingWeeksPerYear'], swing: 0.1 });
    expect(weeks[0]).toMatchObject({ base: 45, low: { value: 41 }, high: { value: 50 } });
    const pilot = {
      oneOffCosts: 5_000,
      monthlyCosts: 300,
      hoursSavedPerWeek: 10,
      hourlyRate: 60,
      confidence: 0.9,
    };
    const r = sensitivity(pilot, { fields: ['confidence', 'monthlyCosts'] }, businessCase);
    expect(r.find((x) => x.field === 'confidence')?.high.value).toBe(1);
  });

  it('rejects a swing above 1 and non-numeric fields', () => {
    expect(() => sensitivity(domain, { fields: ['participants'], swing: 2 })).toThrowError(
      RoiInputError,
    );
    // @ts-expect-error: kind is not a numeric input
    expect(() => sensitivity(domain, { fields: ['kind'] })).toThrowError(
      /options\.fields may only name numeric inputs/,
    );
  });
});

describe('scenarios', () => {
  it('runs conservative, expected and optimistic cases', () => {
    const s = scenarios(domain, {
      conservative: { hoursSavedPerWeek: 1, otherBenefitsPerYear: 0 },
      optimistic: { hoursSavedPerWeek: 4 },
    });
    expect(s.expected.roiPercent).toBe(1465.66);
    expect(s.conservative.benefit).toBe(112_500);
    expect(s.optimistic.benefit).toBe(500_000);
    expect(s.conservative.roi ?? 0).toBeLessThan(s.optimistic.roi ?? 0);
  });

  it('accepts another model', () => {
    const s = scenarios(
      { oneOffCosts: 5_000, monthlyCosts: 300, hoursSavedPerWeek: 10, hourlyRate: 60 },
      { conservative: { confidence: 0.5 }, optimistic: { hoursSavedPerWeek: 15 } },
      businessCase,
    );
    expect(s.conservative.benefit).toBe(13_500);
    expect(s.expected.benefit).toBe(27_000);
  });
});
