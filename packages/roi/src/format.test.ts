import { describe, expect, it } from 'vitest';
import { formatEuro, formatPercent } from './format.js';

const NBSP = '\u00a0';

describe('formatEuro', () => {
  it('formats the Dutch way with the no-break space Intl puts after €', () => {
    expect(formatEuro(24_750)).toBe(`€${NBSP}24.750`);
    expect(formatEuro(1_450)).toBe(`€${NBSP}1.450`);
    expect(formatEuro(1_450, { decimals: 2 })).toBe(`€${NBSP}1.450,00`);
    expect(formatEuro(0.3)).toBe(`€${NBSP}0,30`);
  });

  it('formats in English on request', () => {
    expect(formatEuro(24_750, { locale: 'en' })).toBe('€24,750');
    expect(formatEuro(1_450.5, { locale: 'en-GB' })).toBe('€1,450.50');
  });

  it('rejects NaN and Infinity', () => {
    expect(() => formatEuro(Number.NaN)).toThrowError(
      '[@aira/roi] amount must be a finite amount in euros, received NaN',
    );
    expect(() => formatEuro(Number.POSITIVE_INFINITY)).toThrowError(/received Infinity/);
  });
});

describe('formatPercent', () => {
  it('shows the DOMAIN ROI as 1.466%', () => {
    expect(formatPercent(362_750 / 24_750)).toBe('1.466%');
  });

  it('shows decimals on request, Dutch and English', () => {
    expect(formatPercent(0.1875, { decimals: 2 })).toBe('18,75%');
    expect(formatPercent(0.1875, { locale: 'en', decimals: 2 })).toBe('18.75%');
  });

  it('rejects bad options', () => {
    expect(() => formatPercent(0.5, { decimals: -1 })).toThrowError(
      /options\.decimals must be a whole number/,
    );
  });
});
