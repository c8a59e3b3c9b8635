import { describe, expect, test } from 'vitest';
import { parsePrice, safeParsePrice } from '../index';

const pathsOf = (input: unknown) => {
  const result = safeParsePrice(input);
  return result.success ? [] : result.error.issues.map((i) => i.path);
};

describe('Price', () => {
  test('defaults currency to EUR and VAT to excluded', () => {
    expect(parsePrice({ amount: 495, per: 'person' })).toEqual({
      amount: 495,
      per: 'person',
      currency: 'EUR',
      vatIncluded: false,
    });
  });

  test('says when a price is open at the top ("vanaf", "of meer")', () => {
    expect(parsePrice({ amount: 750, orMore: true, per: 'session' }).orMore).toBe(true);
    expect(pathsOf({ amount: 750, orMore: 'ja', per: 'session' })).toEqual(['orMore']);
  });

  test('accepts a range with cents', () => {
    expect(parsePrice({ amount: 750, maxAmount: 1450.5, per: 'session' }).maxAmount).toBe(1450.5);
  });

  test('refuses more than two decimals, negative amounts and other currencies', () => {
    expect(pathsOf({ amount: 19.999, per: 'person' })).toEqual(['amount']);
    expect(pathsOf({ amount: -1, per: 'person' })).toEqual(['amount']);
    expect(pathsOf({ amount: 1, per: 'person', currency: 'USD' })).toEqual(['currency']);
    expect(pathsOf({ amount: 1, per: 'day' })).toEqual(['per']);
  });

  test('refuses a range whose maximum is below the amount', () => {
    const result = safeParsePrice({ amount: 1500, maxAmount: 750, per: 'session' });
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: 'maxAmount', message: 'must be at least amount (1500), received 750' },
    ]);
  });
});
