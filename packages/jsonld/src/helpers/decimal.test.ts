import { PriceSchema } from '@aira/content-schema';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decimalPrice, isoDuration } from './decimal.js';

// What the content schema accepts as an amount (the exact same whole-cent test).
const acceptedAmount = fc
  .oneof(
    fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
    fc.bigInt({ min: 0n, max: 10n ** 25n }).map((cents) => Number(cents) / 100),
    fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
  )
  .filter((amount) => PriceSchema.safeParse({ amount, per: 'person' }).success);

/** Hours, minutes and seconds of an ISO duration written by isoDuration, back in hours. */
function hoursOf(duration: string): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(duration);
  if (!match) throw new Error(`not a duration: ${duration}`);
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) + Number(m) / 60 + Number(s) / 3600;
}

describe('decimalPrice writes every amount the schema accepts exactly', () => {
  test.each([
    [1e21, '1000000000000000000000.00'],
    [123456789012345.67, '123456789012345.67'],
    [0.1 + 0.2, '0.30'],
    [1e-9, '0.00'],
    [1.5e22, '15000000000000000000000.00'],
    [495, '495.00'],
  ])('%s → %s', (amount, expected) => {
    expect(decimalPrice(amount)).toBe(expected);
  });

  test('property: a plain decimal with two places that reads back as the amount', () => {
    fc.assert(
      fc.property(acceptedAmount, (amount) => {
        const written = decimalPrice(amount);
        expect(written).toMatch(/^\d+\.\d{2}$/);
        // Equal, or (for binary noise like 0.30000000000000004) the nearest whole cent.
        expect(Math.abs(Number(written) - amount)).toBeLessThanOrEqual(
          Math.max(1e-8, Math.abs(amount) * Number.EPSILON * 4),
        );
        if (/^\d+(\.\d{1,2})?$/.test(String(amount))) expect(Number(written)).toBe(amount);
      }),
      { numRuns: 2000 },
    );
  });

  test('refuses what the schema refuses, naming the field', () => {
    expect(() => decimalPrice(1.005, 'price.maxAmount')).toThrow(/price\.maxAmount.*two decimals/);
    expect(() => decimalPrice(Number.POSITIVE_INFINITY)).toThrow(/finite amount/);
  });
});

describe('isoDuration writes every number of hours exactly', () => {
  test.each([
    [1e21, 'PT1000000000000000000000H'],
    [7.5, 'PT7H30M'],
    [0.01, 'PT36S'],
    [0.333, 'PT19M58.8S'],
    [2.0001, 'PT2H0.36S'],
    [1.5e-7, 'PT0.00054S'],
  ])('%s hours → %s', (hours, expected) => {
    expect(isoDuration(hours)).toBe(expected);
  });

  test('property: an ISO 8601 duration without exponent that reads back as the hours', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (hours) => {
        const written = isoDuration(hours);
        expect(written).not.toMatch(/e/i);
        const back = hoursOf(written);
        expect(Math.abs(back - hours)).toBeLessThanOrEqual(Math.max(1e-12, hours * 1e-12));
      }),
      { numRuns: 2000 },
    );
  });
});
