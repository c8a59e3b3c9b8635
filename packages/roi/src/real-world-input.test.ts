// Issue 11, @aira/roi: the contract "valid input never yields Infinity, NaN or an untyped
// error; bad input throws RoiInputError naming the field", over the whole bounded input space.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSINESS_CASE_BOUNDS, type FieldBounds, TRAINING_ROI_BOUNDS } from './bounds.js';
import { businessCase } from './business-case.js';
import { RoiInputError } from './errors.js';
import { explainRoi } from './explain-roi.js';
import { formatEuro, formatPercent } from './format.js';
import { irr } from './irr.js';
import { npv } from './npv.js';
import { trainingRoi } from './training-roi.js';

/** Any value of a bounded field, edges included (cents for amounts, tenths for hours). */
const valueIn = (b: FieldBounds) =>
  b.whole
    ? fc.oneof(fc.constantFrom(b.min, b.max), fc.integer({ min: b.min, max: b.max }))
    : fc.oneof(
        fc.constantFrom(b.min, b.max),
        fc.double({ min: b.min, max: b.max, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: b.min * 100, max: b.max * 100 }).map((c) => c / 100),
      );

const record = (bounds: Record<string, FieldBounds>, required: boolean) =>
  fc.record(
    Object.fromEntries(Object.entries(bounds).map(([k, b]) => [k, valueIn(b)])),
    required
      ? {
          requiredKeys: Object.entries(bounds)
            .filter(([, b]) => b.default === undefined)
            .map(([k]) => k),
        }
      : {},
  );

/** Every number in a result (deep), with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
}

function expectSound(result: { cashFlows: { cumulativeCents: number }[]; cents: object }) {
  for (const [path, n] of numbers(result)) {
    expect(Number.isFinite(n), `${path} = ${n}`).toBe(true);
  }
  for (const [path, n] of numbers(result.cents)) {
    expect(Number.isSafeInteger(n), `cents${path} = ${n}`).toBe(true);
  }
  for (const flow of result.cashFlows)
    expect(Number.isSafeInteger(flow.cumulativeCents)).toBe(true);
}

describe('every input within the documented bounds gives finite, exact figures', () => {
  it('trainingRoi', () => {
    fc.assert(
      fc.property(record(TRAINING_ROI_BOUNDS, true), (input) => {
        const r = trainingRoi(input as never);
        expectSound(r);
        expect(explainRoi(r).length).toBeGreaterThan(3);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('businessCase, with and without a subsidy', () => {
    const subsidy = fc.option(
      fc.record({
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        cap: fc.constantFrom(0, 1e9),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(record(BUSINESS_CASE_BOUNDS, false), subsidy, (input, s) => {
        const r = businessCase({ ...input, ...(s ? { subsidy: s } : {}) });
        expectSound(r);
        expect(explainRoi(r, { locale: 'en' }).length).toBeGreaterThan(3);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('all maxima at once, the largest case the bounds allow', () => {
    const max = (bounds: Record<string, FieldBounds>) =>
      Object.fromEntries(Object.entries(bounds).map(([k, b]) => [k, b.max]));
    expectSound(trainingRoi({ ...max(TRAINING_ROI_BOUNDS), rampUpMonths: 0 } as never));
    expectSound(businessCase({ ...max(BUSINESS_CASE_BOUNDS), subsidy: { share: 1 } }));
  });
});

describe('anything outside the bounds is a RoiInputError, never Infinity or a RangeError', () => {
  it('huge amounts name their field', () => {
    const base = {
      participants: 50,
      pricePerParticipant: 495,
      hoursSavedPerWeek: 3,
      hourlyRate: 50,
    };
    for (const [field, value] of [
      ['pricePerParticipant', 1e300],
      ['participants', 1e21],
      ['otherBenefitsPerYear', Number.MAX_VALUE],
      ['hourlyRate', 1e16],
    ] as const) {
      const call = () => trainingRoi({ ...base, [field]: value });
      expect(call).toThrowError(RoiInputError);
      expect(call).toThrowError(expect.objectContaining({ field, reason: 'too-large' }));
    }
    expect(() => businessCase({ oneOffCosts: 1e300 })).toThrowError(
      expect.objectContaining({ field: 'oneOffCosts', reason: 'too-large' }),
    );
  });

  it('any value in any field throws only RoiInputError', () => {
    const anyValue = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(1e308, -1e308, 5e-324, 2 ** 53 + 2, '1', null, [], {}, true),
      fc.bigInt().map((n) => n as unknown),
    );
    const keys = [...Object.keys(TRAINING_ROI_BOUNDS), 'weeksPerYear'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), anyValue), (input) => {
        try {
          expectSound(trainingRoi(input as never));
        } catch (error) {
          expect(error).toBeInstanceOf(RoiInputError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('npv and irr over long series', () => {
  it('npv of all-zero flows over 1,100 periods is 0 at any rate', () => {
    const zeros = Array.from({ length: 1_100 }, () => 0);
    for (const rate of [-0.99, -0.5, 0, 0.1, 1e6]) {
      expect(npv(rate, zeros)).toBe(0);
      expect(npv(rate, zeros, { firstFlowAtZero: true })).toBe(0);
    }
  });

  it('npv beyond double range is a RoiInputError on rate that names a rate that works', () => {
    const flows = Array.from({ length: 1_100 }, () => 1);
    let error: unknown;
    try {
      npv(-0.5, flows);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RoiInputError);
    const e = error as RoiInputError;
    expect(e).toMatchObject({ field: 'rate', reason: 'too-small' });
    expect(e.message).toMatch(/use a rate ≥ -0\.\d+/i);
    expect(Number.isFinite(npv(e.limits?.min ?? 0, flows))).toBe(true);
  });

  it('irr finds a root close to -100%', () => {
    expect(irr([-1e6, 0.5])).toBeCloseTo(-0.9999995, 12);
  });

  it('irr searches the same range for a 1,000-period series as for a short one', () => {
    // -1000 now, then 1 in period 1,000: 1 + r = 1000^(-1/1000), about -0.69%; and a
    // 1,000-period series whose root lies at -90% per period, which the old search (down to
    // about -50% at this length) stopped short of.
    const long = [-1000, ...Array.from({ length: 999 }, () => 0), 1];
    expect(irr(long)).toBeCloseTo(1000 ** (-1 / 1000) - 1, 12);
    const steep = [-1, 0.1];
    expect(irr(steep)).toBeCloseTo(-0.9, 12);
    const steepLong = [-1, 0.1, ...Array.from({ length: 998 }, () => 0)];
    expect(irr(steepLong)).toBeCloseTo(-0.9, 12);
  });

  it("irr's no-root message states the range searched, and above maxRate says the root may lie above", () => {
    const noRoot = () => irr([-100, 50, -100]);
    expect(noRoot).toThrowError(/searched rates from -99\.9999999999% to 100,000,000% per period/);
    const high = () => irr([-1, 100], { maxRate: 10 });
    expect(high).toThrowError(/from -99\.9999999999% to 1,000% per period/);
    expect(high).toThrowError(/A root lies above maxRate \(1,000%\)/);
    expect(() => irr([-100, 50, -100], { maxRate: 10 })).toThrowError(/may lie above maxRate/);
  });

  it('irr and npv take the longest series the bounds allow (10,000 periods)', () => {
    // 1% a period: an outlay now, then returns that repay it exactly at 1%.
    const n = 9_999;
    const flows = [-1e6, ...Array.from({ length: n }, () => 1e6 * (0.01 / (1 - 1.01 ** -n)))];
    expect(irr(flows)).toBeCloseTo(0.01, 10);
    expect(Math.abs(npv(0.01, flows, { firstFlowAtZero: true }))).toBeLessThan(1e-3);
  });

  it('npv and irr bound the length and size of a series', () => {
    expect(() =>
      npv(
        0.1,
        Array.from({ length: 10_001 }, () => 1),
      ),
    ).toThrowError(expect.objectContaining({ field: 'cashFlows', reason: 'too-large' }));
    expect(() => irr([-1e16, 1])).toThrowError(
      expect.objectContaining({ field: 'cashFlows.0', reason: 'too-small' }),
    );
  });
});

describe('formatting with a locale Intl rejects', () => {
  it('formatEuro, formatPercent and explainRoi throw RoiInputError on options.locale', () => {
    for (const call of [
      () => formatEuro(1, { locale: 'xx-!!' }),
      () => formatPercent(0.5, { locale: 'en-!!' }),
      () =>
        explainRoi(
          trainingRoi({
            participants: 1,
            pricePerParticipant: 1,
            hoursSavedPerWeek: 1,
            hourlyRate: 1,
          }),
          { locale: 'en-!!' },
        ),
    ]) {
      expect(call).toThrowError(RoiInputError);
      expect(call).toThrowError(
        expect.objectContaining({ field: 'options.locale', reason: 'not-supported' }),
      );
    }
  });
});
