import { describe, expect, test } from 'vitest';
// @ts-expect-error: the generator is a plain ESM script without types.
import { deriveVocabulary, readSchemaDts } from '../../scripts/generate-vocabulary.mjs';
import { ancestorsOf, compactType, isA } from './hierarchy.js';
import { RANGES, SUPERTYPES, VOCABULARY_SOURCE } from './schema-org.generated.js';

describe('the schema.org vocabulary', () => {
  test('the committed file matches the installed schema-dts (run scripts/generate-vocabulary.mjs)', () => {
    const installed = readSchemaDts();
    const derived = deriveVocabulary(installed.text);
    expect(VOCABULARY_SOURCE).toBe(`schema-dts@${installed.version}`);
    expect(SUPERTYPES).toEqual(derived.supertypes);
    expect(RANGES).toEqual(derived.ranges);
  });

  test('hierarchy: subtypes through several levels and several parents', () => {
    expect(isA(['Restaurant'], ['LocalBusiness'])).toBe(true);
    expect(isA(['Restaurant'], ['Organization'])).toBe(true);
    expect(isA(['Restaurant'], ['Place'])).toBe(true);
    expect(isA(['MusicEvent'], ['Event'])).toBe(true);
    expect(isA(['OnlineStore'], ['Organization'])).toBe(true);
    expect(isA(['BlogPosting'], ['Article'])).toBe(true);
    expect(isA(['Person'], ['Organization'])).toBe(false);
    expect(ancestorsOf('constructor').has('constructor')).toBe(true);
    expect(isA(['constructor'], ['Thing'])).toBe(false);
    expect(compactType('https://schema.org/Event')).toBe('Event');
    expect(compactType('http://schema.org/Event')).toBe('Event');
  });
});
