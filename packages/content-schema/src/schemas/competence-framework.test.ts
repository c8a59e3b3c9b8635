import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCompetenceFramework, safeParseCompetenceFramework } from '../index';
import { exampleCompetences } from '../test/model-fixtures';

const issuesOf = (input: unknown) => {
  const result = safeParseCompetenceFramework(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
};

describe('CompetenceFramework', () => {
  test('accepts the example: 7 competences, users 80 %, connectors 15 %, specialists 5 %', () => {
    const parsed = parseCompetenceFramework(exampleCompetences());
    expect(parsed.competences).toHaveLength(7);
    expect(parsed.levels.map((l) => [l.id, l.share])).toEqual([
      ['gebruikers', 80],
      ['verbinders', 15],
      ['specialisten', 5],
    ]);
  });

  test('says what the level shares add up to when it is not 100 %', () => {
    const input = exampleCompetences();
    input.levels[1].share = 10;
    expect(issuesOf(input)).toEqual([
      {
        path: 'levels',
        message:
          'the shares must add up to 100 %, but gebruikers 80 + verbinders 10 + specialisten 5 = 95 %',
      },
    ]);
  });

  test('names a level competence that does not exist and one listed twice', () => {
    const input = exampleCompetences();
    input.levels[0].competences = ['ai-geletterdheid', 'prompten', 'ai-geletterdheid'];
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toEqual(['levels.0.competences.1', 'levels.0.competences.2']);
    expect(issues[0]?.message).toMatch(
      /^"prompten" is not the id of any competence; use one of: visie-en-richting, /,
    );
  });

  test('names a competence id used twice', () => {
    const input = exampleCompetences();
    input.competences.push({ ...input.competences[0] });
    expect(issuesOf(input)).toEqual([
      {
        path: 'competences.7.id',
        message: '"visie-en-richting" is already the id of competences.0; ids must be unique',
      },
    ]);
  });

  test('property: level shares are accepted exactly when they add up to 100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
        (shares) => {
          const input = {
            ...exampleCompetences(),
            levels: shares.map((share, i) => ({
              id: `niveau-${i}`,
              name: `Niveau ${i}`,
              description: 'Een niveau.',
              share,
              competences: [],
            })),
          };
          const sum = shares.reduce((a, b) => a + b, 0);
          expect(issuesOf(input).map((i) => i.path)).toEqual(sum === 100 ? [] : ['levels']);
        },
      ),
    );
  });
});
