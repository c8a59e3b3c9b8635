import { describe, expect, test } from 'vitest';
import { parsePersona, safeParsePersona } from '../index';
import { validPersona } from '../test/fixtures';

describe('Persona', () => {
  test('accepts a persona', () => {
    expect(parsePersona(validPersona()).name).toBe('De drukke mkb-eigenaar');
  });

  test('refuses empty pain points and questions', () => {
    const result = safeParsePersona({ ...validPersona(), painPoints: [], typicalQuestions: [] });
    expect(result.success ? [] : result.error.issues.map((i) => i.path)).toEqual([
      'painPoints',
      'typicalQuestions',
    ]);
  });
});
