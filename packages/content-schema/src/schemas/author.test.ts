import { describe, expect, test } from 'vitest';
import { parseAuthor, safeParseAuthor } from '../index';
import { exampleAuthor } from '../test/model-fixtures';

describe('Author', () => {
  test('accepts the example author, a role-based name', () => {
    expect(parseAuthor(exampleAuthor())).toMatchObject({
      id: 'redactie-aira',
      name: 'Redactie AIRA',
      locale: 'nl-NL',
    });
  });

  test('refuses an id that is not a slug, a missing bio and profiles that are not URLs', () => {
    const result = safeParseAuthor({
      ...exampleAuthor(),
      id: 'Redactie AIRA',
      bio: undefined,
      sameAs: ['linkedin'],
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.path)).toEqual([
      'id',
      'bio',
      'sameAs.0',
    ]);
  });
});
