import { describe, expect, test } from 'vitest';
import { FAQ_STRINGS, format, languageOf, resolveStrings } from './i18n.js';

describe('languageOf', () => {
  test('English for en tags, Dutch for everything else', () => {
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('nl-NL')).toBe('nl');
    expect(languageOf('fr')).toBe('nl');
    expect(languageOf('')).toBe('nl');
    expect(languageOf(undefined)).toBe('nl');
    expect(languageOf('eng-x')).toBe('nl');
  });
});

describe('resolveStrings', () => {
  test('overrides single strings and ignores unknown keys and non-strings', () => {
    const strings = resolveStrings('nl', {
      retry: 'Nog een keer',
      expandAll: 42 as unknown as string,
      bogus: 'x',
    } as never);
    expect(strings.retry).toBe('Nog een keer');
    expect(strings.expandAll).toBe(FAQ_STRINGS.nl.expandAll);
    expect('bogus' in strings).toBe(false);
  });

  test('both languages define every string', () => {
    expect(Object.keys(FAQ_STRINGS.en).sort()).toEqual(Object.keys(FAQ_STRINGS.nl).sort());
    for (const value of [...Object.values(FAQ_STRINGS.en), ...Object.values(FAQ_STRINGS.nl)]) {
      expect(value.trim()).not.toBe('');
    }
  });
});

describe('format', () => {
  test('fills placeholders and leaves unknown ones', () => {
    expect(format(FAQ_STRINGS.nl.resultsMany, { count: 3, total: 24 })).toBe(
      '3 van 24 vragen gevonden',
    );
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
