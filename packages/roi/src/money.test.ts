import { describe, expect, it } from 'vitest';
import { centsOf, euros, roundHalfAway, splitCents, toCents } from './money.js';
import { ceil, rational, roundHalfUp, toNumber } from './rational.js';

describe('exact money', () => {
  it('reads numbers as the decimals they print as', () => {
    expect(rational(0.1)).toEqual({ n: 1n, d: 10n });
    expect(rational(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
    expect(rational(2e21)).toEqual({ n: 2_000_000_000_000_000_000_000n, d: 1n });
    expect(toCents(centsOf(0.1))).toBe(10n);
  });

  it('rounds half-up (away from zero) to cents', () => {
    expect(roundHalfUp({ n: 5n, d: 10n })).toBe(1n);
    expect(roundHalfUp({ n: 49n, d: 100n })).toBe(0n);
    expect(roundHalfUp({ n: -5n, d: 10n })).toBe(-1n);
    expect(toCents(centsOf(0.005))).toBe(1n);
    expect(toCents(centsOf(1.005))).toBe(101n); // as a double, 1.005 * 100 = 100.49999…
    expect(roundHalfAway(-0.4)).toBe(0);
    expect(Object.is(roundHalfAway(-0.4), -0)).toBe(false);
  });

  it('splits a total over months without losing a cent', () => {
    const parts = splitCents(Array.from({ length: 12 }, () => ({ n: 100n, d: 3n })));
    expect(parts.reduce((s, c) => s + c, 0n)).toBe(400n);
    expect(parts.slice(0, 3)).toEqual([33n, 34n, 33n]);
  });

  it('turns cents into euros exact to the cent', () => {
    expect(euros(30n)).toBe(0.3);
    expect(euros(3_229_167n)).toBe(32_291.67);
    expect(ceil({ n: 22n, d: 1n })).toBe(22n);
    expect(ceil({ n: 221n, d: 10n })).toBe(23n);
    expect(toNumber({ n: 10n ** 400n, d: 10n ** 399n })).toBe(10);
  });
});
