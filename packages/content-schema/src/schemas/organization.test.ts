import { describe, expect, test } from 'vitest';
import { parseOrganization, safeParseOrganization } from '../index';
import { validOrganization } from '../test/fixtures';

describe('Organization', () => {
  test('accepts AIRA and defaults the locale', () => {
    expect(parseOrganization(validOrganization()).locale).toBe('nl-NL');
  });

  test('refuses a bad email, phone, URL, founding date and an empty areaServed', () => {
    const result = safeParseOrganization({
      ...validOrganization(),
      email: 'info-at-aira',
      telephone: 'bel ons',
      url: 'aira.example',
      foundingDate: 'mei 2019',
      areaServed: [],
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.path)).toEqual([
      'url',
      'email',
      'telephone',
      'areaServed',
      'foundingDate',
    ]);
  });
});
