import { IRR } from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoiError, RoiInputError } from './errors.js';
import { irr } from './irr.js';
import { npv } from './npv.js';

const reasonOf = (flows: number[]) => {
  try {
    irr(flows);
  } catch (error) {
    return error;
  }
  throw new Error('irr did not throw');
};

describe('irr', () => {
  it('finds the rate of a normal investment', () => {
    expect(irr([-1000, 300, 400, 500])).toBeCloseTo(0.088963, 6);
  });

  it('refuses [-100, 50, -100]: no rate makes its NPV zero', () => {
    const error = reasonOf([-100, 50, -100]);
    expect(error).toBeInstanceOf(RoiError);
    expect(error).toMatchObject({ reason: 'no-root', roots: [] });
  });

  it('finds a double root, where the NPV touches zero without crossing it', () => {
    expect(irr([-100, 200, -100])).toBeCloseTo(0, 10);
    // With g = 1 + r the NPV at rate x is -100·(1 - g/(1 + x))²: zero at x = r only, never above.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (percent) => {
        const growth = 1 + percent / 100;
        expect(irr([-100, 200 * growth, -100 * growth * growth])).toBeCloseTo(percent / 100, 8);
      }),
      { numRuns: 300 },
    );
    expect(reasonOf([-100, 200, -100.5])).toMatchObject({ reason: 'no-root' });
  });

  it('refuses [-100, 230, -132] and reports both roots, 10% and 20%', () => {
    const error = reasonOf([-100, 230, -132]) as RoiError;
    expect(error.reason).toBe('multiple-roots');
    expect(error.roots).toHaveLength(2);
    expect(error.roots[0]).toBeCloseTo(0.1, 10);
    expect(error.roots[1]).toBeCloseTo(0.2, 10);
    expect(error.message).toMatch(/^\[@aira\/roi\] irr found 2 rates/);
  });

  it('refuses flows without a sign change', () => {
    expect(reasonOf([100, 50])).toMatchObject({ reason: 'no-sign-change' });
    expect(reasonOf([0, 0])).toMatchObject({ reason: 'no-sign-change' });
    expect(reasonOf([-5])).toMatchObject({ reason: 'no-sign-change' });
  });

  it('validates its input', () => {
    expect(() => irr([-1, Number.NaN])).toThrowError(RoiInputError);
    expect(() => irr([-1, 2], { gridPoints: 1.5 })).toThrowError(
      /options\.gridPoints must be a whole number/,
    );
  });

  // One sign change (an outlay, then returns) means exactly one IRR (Descartes' rule), so the
  // oracle and we must agree; formulajs is Newton-based, so keep the IRR in its comfort zone.
  const normal = fc
    .tuple(
      fc.integer({ min: 100, max: 1_000_000 }),
      fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 36 }),
    )
    .filter(([outlay, returns]) => {
      const total = returns.reduce((s, r) => s + r, 0);
      return total > outlay * 0.5 && total < outlay * 5;
    })
    .map(([outlay, returns]) => [-outlay, ...returns]);

  it('matches formulajs IRR wherever the IRR is unique', () => {
    let compared = 0;
    fc.assert(
      fc.property(normal, (flows) => {
        const ours = irr(flows);
        expect(Math.abs(npv(ours, flows, { firstFlowAtZero: true }))).toBeLessThan(
          1e-6 * Math.abs(flows[0] ?? 1),
        );
        const theirs = IRR(flows) as number | Error;
        if (typeof theirs === 'number' && Number.isFinite(theirs)) {
          compared++;
          expect(ours).toBeCloseTo(theirs, 6);
        }
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  it('reports both roots of any series built from two distinct rates', () => {
    // c·(1 − (1+a)v)(1 − (1+b)v) with v = 1/(1+r) has NPV zero at exactly r = a and r = b.
    const pair = fc
      .tuple(fc.integer({ min: -50, max: 300 }), fc.integer({ min: -50, max: 300 }))
      .filter(([a, b]) => Math.abs(a - b) >= 1)
      .map(([a, b]) => [Math.min(a, b) / 100, Math.max(a, b) / 100] as const);
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 10_000 }), ([a, b], c) => {
        const flows = [-c, c * (2 + a + b), -c * (1 + a) * (1 + b)];
        const error = reasonOf(flows) as RoiError;
        expect(error.reason).toBe('multiple-roots');
        expect(error.roots[0]).toBeCloseTo(a, 8);
        expect(error.roots[1]).toBeCloseTo(b, 8);
      }),
      { numRuns: 1000 },
    );
  });
});
