import { describe, expect, test } from 'vitest';
import { parsePostalAddress, safeParsePostalAddress } from '../index';

describe('PostalAddress', () => {
  test('accepts a Dutch address with a postal code, with or without the space', () => {
    expect(
      parsePostalAddress({ locality: 'Amsterdam', postalCode: '1012 AB', country: 'NL' }).locality,
    ).toBe('Amsterdam');
    expect(
      safeParsePostalAddress({ locality: 'Utrecht', postalCode: '3511AB', country: 'NL' }).success,
    ).toBe(true);
  });

  test('does not apply the Dutch postal code format abroad', () => {
    expect(
      safeParsePostalAddress({ locality: 'Antwerpen', postalCode: '2000', country: 'BE' }).success,
    ).toBe(true);
  });

  test('refuses a wrong Dutch postal code and a country that is not alpha-2', () => {
    const result = safeParsePostalAddress({
      locality: 'Amsterdam',
      postalCode: '1012',
      country: 'NL',
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.path)).toEqual(['postalCode']);
    const country = safeParsePostalAddress({ locality: 'Amsterdam', country: 'Nederland' });
    expect(country.success ? [] : country.error.issues.map((i) => i.path)).toEqual(['country']);
  });
});
