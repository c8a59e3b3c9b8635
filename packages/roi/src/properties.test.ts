import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCase } from './business-case.js';
import { npv } from './npv.js';
import { trainingRoi } from './training-roi.js';

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const training = fc.record({
  participants: fc.integer({ min: 1, max: 500 }),
  pricePerParticipant: cents(5_000).filter((p) => p > 0),
  hoursSavedPerWeek: fc.integer({ min: 0, max: 400 }).map((h) => h / 10),
  hourlyRate: cents(200),
  otherBenefitsPerYear: cents(100_000),
  rampUpMonths: fc.integer({ min: 0, max: 12 }),
  horizonMonths: fc.integer({ min: 1, max: 60 }),
});

describe('properties users rely on', () => {
  it('more hours saved never lowers the ROI', () => {
    fc.assert(
      fc.property(training, fc.integer({ min: 1, max: 100 }), (input, extra) => {
        const base = trainingRoi(input).roi ?? 0;
        const more =
          trainingRoi({ ...input, hoursSavedPerWeek: input.hoursSavedPerWeek + extra / 10 }).roi ??
          0;
        expect(more).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 300 },
    );
  });

  it('a higher discount rate never raises the NPV of a normal investment', () => {
    const normal = fc
      .tuple(
        fc.integer({ min: 1, max: 1e6 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { maxLength: 40 }),
      )
      .map(([outlay, returns]) => [-outlay, ...returns]);
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(normal, rate, rate, (flows, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        // Allow only float rounding: a few ulps of the largest flow.
        const ulps = Math.max(...flows.map(Math.abs)) * flows.length * 1e-15;
        // A normal investment: the outlay now (t = 0), returns after it.
        const now = { firstFlowAtZero: true };
        expect(npv(high, flows, now)).toBeLessThanOrEqual(npv(low, flows, now) + ulps);
      }),
      { numRuns: 500 },
    );
  });

  it('payback is monotone in cost: dearer never pays back sooner', () => {
    const pilot = fc.record({
      oneOffCosts: cents(50_000),
      monthlyCosts: cents(2_000),
      hoursSavedPerMonth: fc.integer({ min: 0, max: 200 }),
      hourlyRate: cents(150),
      rampUpMonths: fc.integer({ min: 0, max: 6 }),
      horizonMonths: fc.integer({ min: 1, max: 36 }),
    });
    fc.assert(
      fc.property(pilot, cents(20_000), (input, extra) => {
        const cheap = businessCase(input).paybackMonths;
        const dear = businessCase({
          ...input,
          oneOffCosts: input.oneOffCosts + extra,
        }).paybackMonths;
        if (dear !== null) {
          expect(cheap).not.toBeNull();
          expect(dear).toBeGreaterThanOrEqual(cheap ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never returns NaN or Infinity for valid input', () => {
    const finiteOrNull = (v: unknown) =>
      v === null || (typeof v === 'number' && Number.isFinite(v));
    fc.assert(
      fc.property(training, (input) => {
        const r = trainingRoi(input);
        for (const v of [
          r.roi,
          r.roiPercent,
          r.bcr,
          r.paybackMonths,
          r.breakEvenHoursPerWeek,
          r.benefit,
        ]) {
          expect(finiteOrNull(v)).toBe(true);
        }
        expect(r.cashFlows.every((f) => Number.isFinite(f.cumulative))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('monthly cents always add up to the totals', () => {
    fc.assert(
      fc.property(training, (input) => {
        const r = trainingRoi(input);
        expect(r.cashFlows.reduce((s, f) => s + f.netCents, 0)).toBe(r.cents.netBenefit);
      }),
      { numRuns: 200 },
    );
  });
});
