import { describe, expect, it } from 'vitest';
import { RoiInputError } from './errors.js';
import { trainingRoi } from './training-roi.js';

// DOMAIN.md: training for 50 employees at €495, 3 h/week saved at €50/h over 45 weeks,
// plus €50,000 of avoided errors and rework.
const domain = {
  participants: 50,
  pricePerParticipant: 495,
  hoursSavedPerWeek: 3,
  hourlyRate: 50,
  otherBenefitsPerYear: 50_000,
};

describe('trainingRoi: the DOMAIN example', () => {
  const r = trainingRoi(domain);

  it('gives an investment of €24,750 and a benefit of €387,500', () => {
    expect(r.investment).toBe(24_750);
    expect(r.timeBenefitPerYear).toBe(337_500);
    expect(r.benefit).toBe(387_500);
    expect(r.netBenefit).toBe(362_750);
    expect(r.cents).toEqual({
      investment: 2_475_000,
      benefit: 38_750_000,
      netBenefit: 36_275_000,
      timeBenefitPerYear: 33_750_000,
    });
  });

  it('gives an ROI of 1,465.66% and a BCR of 15.66', () => {
    expect(r.roi).toBeCloseTo(362_750 / 24_750, 12);
    expect(r.roiPercent).toBe(1465.66);
    expect(r.bcr).toBeCloseTo(15.6566, 4);
  });

  it('pays back in about 0.77 months, interpolated within month 1', () => {
    // Month 1 brings €32,291.67 (387,500 / 12, rounded half-up); 24,750 of it repays.
    expect(r.paybackMonths).toBe(2_475_000 / 3_229_167);
    expect(r.paybackMonths?.toFixed(2)).toBe('0.77');
  });

  it('needs 0.22 h per participant per week to break even (rounded up)', () => {
    expect(r.breakEvenHoursPerWeek).toBe(0.22);
  });

  it('has month 0 plus 12 months of cash flows that add up to the totals in cents', () => {
    expect(r.cashFlows).toHaveLength(13);
    expect(r.cashFlows[0]).toMatchObject({ month: 0, cost: 24_750, benefit: 0, net: -24_750 });
    const sum = r.cashFlows.reduce((s, f) => s + f.benefitCents, 0);
    expect(sum).toBe(r.cents.benefit);
    expect(r.cashFlows.at(-1)?.cumulative).toBe(362_750);
  });
});

describe('trainingRoi: money is exact', () => {
  it('charges 3 × €0.10 as exactly €0.30', () => {
    const r = trainingRoi({
      participants: 3,
      pricePerParticipant: 0.1,
      hoursSavedPerWeek: 0,
      hourlyRate: 0,
    });
    expect(r.investment).toBe(0.3);
    expect(r.cents.investment).toBe(30);
  });

  it('rounds a half cent up', () => {
    // 1 × 0.5 h × €0.01 = €0.005 → €0.01
    const r = trainingRoi({
      participants: 1,
      pricePerParticipant: 0,
      trainingHoursPerParticipant: 0.5,
      hoursSavedPerWeek: 0,
      hourlyRate: 0.01,
    });
    expect(r.trainingTimeCost).toBe(0.01);
  });

  it('adds the participants own training hours to the investment', () => {
    const r = trainingRoi({ ...domain, trainingHoursPerParticipant: 4 });
    expect(r.fees).toBe(24_750);
    expect(r.trainingTimeCost).toBe(10_000);
    expect(r.investment).toBe(34_750);
  });
});

describe('trainingRoi: horizon, ramp-up and edge cases', () => {
  it('grows benefits linearly over the ramp-up months', () => {
    const r = trainingRoi({ ...domain, rampUpMonths: 3 });
    const full = 387_500 / 12;
    expect(r.cashFlows[1]?.benefit).toBeCloseTo(full / 3, 1);
    expect(r.cashFlows[2]?.benefit).toBeCloseTo((full * 2) / 3, 1);
    expect(r.cashFlows[3]?.benefit).toBeCloseTo(full, 1);
    // 1/3 + 2/3 + 1 + 9 months at full = 11 full months.
    expect(r.benefit).toBe(Math.round(((387_500 * 11) / 12) * 100) / 100);
  });

  it('counts two years of benefit over a 24-month horizon', () => {
    expect(trainingRoi({ ...domain, horizonMonths: 24 }).benefit).toBe(775_000);
  });

  it('returns null payback when the investment is not repaid within the horizon', () => {
    const r = trainingRoi({ ...domain, otherBenefitsPerYear: 0, hoursSavedPerWeek: 0.01 });
    expect(r.paybackMonths).toBeNull();
    expect(r.roi).toBeLessThan(0);
  });

  it('returns null ratios, not NaN or Infinity, for a zero investment', () => {
    const r = trainingRoi({
      participants: 0,
      pricePerParticipant: 495,
      hoursSavedPerWeek: 3,
      hourlyRate: 50,
    });
    expect(r.roi).toBeNull();
    expect(r.roiPercent).toBeNull();
    expect(r.bcr).toBeNull();
    expect(r.paybackMonths).toBe(0);
    expect(r.breakEvenHoursPerWeek).toBeNull();
  });

  it('rejects bad input with RoiInputError naming the field', () => {
    expect(() => trainingRoi({ ...domain, participants: 2.5 })).toThrowError(
      '[@aira/roi] participants must be a whole number from 0 to 100,000, received 2.5',
    );
    const error = (() => {
      try {
        trainingRoi({ ...domain, hourlyRate: -1 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RoiInputError);
    expect(error).toMatchObject({ field: 'hourlyRate', received: -1 });
  });
});
