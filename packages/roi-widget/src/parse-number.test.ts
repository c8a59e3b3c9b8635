import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, shiftLeft } from './parse-number.js';

const read = (text: string, lang: 'nl' | 'en' = 'nl') => {
  const r = parseNumber(text, lang);
  return r.ok ? Number(r.decimal) : r.empty ? 'empty' : 'invalid';
};

describe('parseNumber', () => {
  it('reads Dutch entry', () => {
    expect(read('1.250,50')).toBe(1250.5);
    expect(read('€ 1.250')).toBe(1250);
    expect(read('€\u00a024.750')).toBe(24750);
    expect(read('2,5')).toBe(2.5);
    expect(read('1.000.000')).toBe(1_000_000);
    expect(read('70%')).toBe(70);
    expect(read(' 50 ')).toBe(50);
  });

  it('reads English entry', () => {
    expect(read('1,250.50', 'en')).toBe(1250.5);
    expect(read('€1,250', 'en')).toBe(1250);
    expect(read('2.5', 'en')).toBe(2.5);
    expect(read('1.250', 'en')).toBe(1.25);
    expect(read('2,5', 'en')).toBe(2.5);
  });

  it('refuses what is not a number, and tells empty apart', () => {
    for (const text of ['abc', '1,2,3', '1.2.3', '12a', '1.25,0,1', '--1', '.', '1,25.000,5']) {
      expect(read(text), text).toBe('invalid');
    }
    expect(read('')).toBe('empty');
    expect(read(' € ')).toBe('empty');
    expect(read('-5')).toBe(-5);
  });

  it('reads back what Intl writes, in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom(0, 2),
        fc.constantFrom('nl-NL', 'en-GB', 'en-US'),
        (cents, decimals, locale) => {
          // Whole euros, or cents: both print exactly, so the text is the value.
          const value = decimals === 0 ? Math.round(cents / 100) : cents / 100;
          const text = new Intl.NumberFormat(locale, {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
          }).format(value);
          const lang = locale.startsWith('nl') ? 'nl' : 'en';
          expect(read(text, lang)).toBe(value);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('shiftLeft', () => {
  it('moves the decimal point exactly', () => {
    expect(shiftLeft('33.3', 2)).toBe('0.333');
    expect(shiftLeft('70', 2)).toBe('0.7');
    expect(shiftLeft('5', 2)).toBe('0.05');
    expect(shiftLeft('100', 2)).toBe('1');
    expect(shiftLeft('0', 2)).toBe('0');
    expect(Number(shiftLeft('33.3', 2))).toBe(0.333);
  });
});
