import { describe, expect, it } from 'vitest';
import { businessCase } from './business-case.js';

// DOMAIN.md pilot: tools ~€300/month + ~€5,000 one-off, ~10 h/week saved, paid back within a
// quarter. Assumed here (not in DOMAIN): €60/h, 45 working weeks → 37.5 h/month.
const pilot = { oneOffCosts: 5_000, monthlyCosts: 300, hoursSavedPerWeek: 10, hourlyRate: 60 };

describe('businessCase: the DOMAIN pilot', () => {
  const r = businessCase(pilot);

  it('pays back within a quarter', () => {
    // Each month nets 37.5 h × €60 − €300 = €1,950; 5,000 / 1,950 = 2.56 months.
    expect(r.paybackMonths).toBeCloseTo(5_000 / 1_950, 12);
    expect(r.paybackMonths).toBeLessThan(3);
  });

  it('totals costs and benefits over 12 months exactly', () => {
    expect(r.cost).toBe(8_600);
    expect(r.benefit).toBe(27_000);
    expect(r.netBenefit).toBe(18_400);
    expect(r.roiPercent).toBe(213.95);
  });

  it('has an NPV equal to the net benefit without discounting, and a defined IRR', () => {
    expect(r.npv).toBe(18_400);
    expect(r.discountedPaybackMonths).toBe(r.paybackMonths);
    expect(r.irrMonthly).not.toBeNull();
    expect(r.irrUndefinedReason).toBeNull();
    expect(r.irrAnnual).toBeCloseTo((1 + (r.irrMonthly ?? 0)) ** 12 - 1, 9);
  });

  it('discounting lowers the NPV and delays the discounted payback', () => {
    const d = businessCase({ ...pilot, discountRatePerYear: 0.08 });
    expect(d.npv).toBeLessThan(r.npv);
    expect(d.discountedPaybackMonths).toBeGreaterThan(d.paybackMonths ?? 0);
    expect(d.paybackMonths).toBe(r.paybackMonths);
  });
});

describe('businessCase: subsidy', () => {
  // DOMAIN.md: a first pilot of €30,000–€80,000; subsidies may cover up to 70%.
  const firstPilot = {
    oneOffCosts: 35_000,
    monthlyCosts: 1_250,
    internalHoursPerMonth: 20,
    hourlyRate: 50,
    hoursSavedPerWeek: 20,
    horizonMonths: 12,
  };

  it('lowers the cost by 70% of eligible external costs and leaves benefits alone', () => {
    const without = businessCase(firstPilot);
    const withSubsidy = businessCase({ ...firstPilot, subsidy: { share: 0.7 } });
    expect(withSubsidy.eligibleCosts).toBe(50_000);
    expect(withSubsidy.subsidy).toBe(35_000);
    expect(withSubsidy.cost).toBe(without.cost - 35_000);
    expect(withSubsidy.benefit).toBe(without.benefit);
    expect(withSubsidy.cashFlows.every((f) => f.cost >= 0)).toBe(true);
  });

  it('respects the cap', () => {
    const r = businessCase({ ...firstPilot, subsidy: { share: 0.7, cap: 20_000 } });
    expect(r.subsidy).toBe(20_000);
    expect(r.cost).toBe(50_000 + 12 * 20 * 50 - 20_000);
  });

  it('can include internal hours in the eligible costs', () => {
    const r = businessCase({ ...firstPilot, subsidy: { share: 0.5, includeInternalHours: true } });
    expect(r.eligibleCosts).toBe(62_000);
    expect(r.subsidy).toBe(31_000);
  });
});

describe('businessCase: benefits', () => {
  it('applies the confidence share to benefits only', () => {
    const r = businessCase({ ...pilot, confidence: 0.5 });
    expect(r.benefit).toBe(13_500);
    expect(r.cost).toBe(8_600);
  });

  it('adds monthly and yearly other benefits and hours per month', () => {
    const r = businessCase({
      otherBenefitsPerMonth: 100,
      otherBenefitsPerYear: 1_200,
      hoursSavedPerMonth: 2,
      hourlyRate: 50,
      horizonMonths: 12,
    });
    expect(r.benefit).toBe(12 * (100 + 100 + 100));
  });

  it('reports why there is no IRR instead of a made-up rate', () => {
    const r = businessCase({ otherBenefitsPerMonth: 100 });
    expect(r.irrMonthly).toBeNull();
    expect(r.irrAnnual).toBeNull();
    expect(r.irrUndefinedReason).toBe('no-sign-change');
    expect(r.roi).toBeNull();
  });

  it('returns null payback when it does not pay back within the horizon', () => {
    const r = businessCase({ oneOffCosts: 100_000, hoursSavedPerMonth: 10, hourlyRate: 50 });
    expect(r.paybackMonths).toBeNull();
    expect(r.discountedPaybackMonths).toBeNull();
  });
});

describe('businessCase: hours per week to hours per month', () => {
  it('turns 5 h/week into 20 h/month with 48 working weeks (DOMAIN: 5 h/week ≈ 20 h/month)', () => {
    const r = businessCase({ hoursSavedPerWeek: 5, workingWeeksPerYear: 48, hourlyRate: 1 });
    expect(r.cashFlows[1]?.benefit).toBe(20);
  });

  it('uses 45 working weeks by default, like trainingRoi (18.75 h/month)', () => {
    const r = businessCase({ hoursSavedPerWeek: 5, hourlyRate: 1 });
    expect(r.benefit).toBe(225);
    expect(r.cashFlows[1]?.benefit).toBe(18.75);
  });
});
