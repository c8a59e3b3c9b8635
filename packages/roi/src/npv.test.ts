import { NPV } from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoiInputError } from './errors.js';
import { npv } from './npv.js';

const flow = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const rate = fc.double({ min: -0.9, max: 2, noNaN: true, noDefaultInfinity: true });

describe('npv', () => {
  it('discounts the first flow one period, like Excel', () => {
    // Excel: =NPV(10%, -100, 60, 60) = 3.7566
    expect(npv(0.1, [-100, 60, 60])).toBeCloseTo(3.756574, 6);
  });

  it('puts the first flow at t = 0 on request', () => {
    expect(npv(0.1, [-100, 60, 60], { firstFlowAtZero: true })).toBeCloseTo(4.132231, 6);
  });

  it('matches formulajs NPV on generated series', () => {
    fc.assert(
      fc.property(rate, fc.array(flow, { minLength: 1, maxLength: 40 }), (r, flows) => {
        const expected = NPV(r, ...flows) as number;
        // Tolerance: rounding error of the sum of the absolute discounted terms.
        const size = flows.reduce((s, c, i) => s + Math.abs(c) / (1 + r) ** (i + 1), 0);
        expect(Math.abs(npv(r, flows) - expected)).toBeLessThanOrEqual(
          size * flows.length * 1e-14 + 1e-9,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a rate of -100% or lower and non-finite flows', () => {
    expect(() => npv(-1, [1])).toThrowError(RoiInputError);
    expect(() => npv(-1, [1])).toThrowError(
      '[@aira/roi] rate must be a rate per period greater than -1',
    );
    expect(() => npv(0.1, [1, Number.NaN])).toThrowError(
      /cashFlows\.1 must be a cash flow from -1e15 to 1e15 euros/,
    );
    expect(() => npv(0.1, [Number.POSITIVE_INFINITY])).toThrowError(RoiInputError);
    expect(() => npv(Number.NaN, [1])).toThrowError(/rate must be/);
  });
});
