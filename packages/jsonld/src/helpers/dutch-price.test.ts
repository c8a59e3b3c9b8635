import { describe, expect, test } from 'vitest';
import { decimalPrice, isoDuration } from './decimal.js';
import { parseDutchPrice } from './dutch-price.js';

describe('parseDutchPrice', () => {
  test.each([
    ['€ 1.234,50', '1234.50'],
    ['€1.234,50', '1234.50'],
    ['€\u00a0750,-', '750'],
    ['750', '750'],
    ['€ 24.750', '24750'],
    ['1.450,00 EUR', '1450.00'],
    ['EUR 495', '495'],
    ['€ 2,5', '2.50'],
    ['€ 0,99', '0.99'],
    ['  € 1.000.000,01 ', '1000000.01'],
  ])('%j → %s', (input, price) => {
    expect(parseDutchPrice(input)).toEqual({ price, priceCurrency: 'EUR' });
  });

  test.each([
    '',
    'gratis',
    '€',
    '€ -5',
    '€ 1.23,00',
    '1,234',
    '12.34.56',
    '$ 10',
    '€ 1,234',
    'vanaf € 750',
  ])('rejects %j with a clear error', (input) => {
    expect(() => parseDutchPrice(input)).toThrow(
      /^\[@aira\/jsonld\] parseDutchPrice could not read/,
    );
  });

  test('hints at English notation', () => {
    expect(() => parseDutchPrice('€ 12.50')).toThrow(/English notation/);
  });
});

describe('decimalPrice and isoDuration', () => {
  test('write amounts as plain decimal strings without float artefacts', () => {
    expect(decimalPrice(495)).toBe('495.00');
    expect(decimalPrice(1234.5)).toBe('1234.50');
    expect(decimalPrice(0.29)).toBe('0.29');
    expect(() => decimalPrice(1.005)).toThrow(/at most two decimals/);
    expect(decimalPrice(0)).toBe('0.00');
    expect(() => decimalPrice(-1)).toThrow(/≥ 0/);
  });

  test('write hours as ISO 8601 durations', () => {
    expect(isoDuration(3)).toBe('PT3H');
    expect(isoDuration(1.5)).toBe('PT1H30M');
    expect(isoDuration(0.75)).toBe('PT45M');
    expect(isoDuration(0)).toBe('PT0M');
  });
});
