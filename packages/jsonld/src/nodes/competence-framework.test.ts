import { describe, expect, test } from 'vitest';
import { BASE_URL, golden, plain } from '../__fixtures__/content.js';
import { frameworkFixture } from '../__fixtures__/model-content.js';
import { validateJsonLd } from '../validate/validate.js';
import { competenceFramework } from './competence-framework.js';

describe('competenceFramework', () => {
  test('golden', async () => {
    await expect(
      golden(competenceFramework(frameworkFixture, { baseUrl: BASE_URL })),
    ).toMatchFileSnapshot('./__golden__/competence-framework.json');
  });

  test('is a DefinedTermSet whose terms point back at it', () => {
    const data = competenceFramework(frameworkFixture, { baseUrl: BASE_URL });
    const terms = plain<Array<Record<string, unknown>>>(data.hasDefinedTerm);
    expect(data['@id']).toBe('https://example.nl/competenties#competences');
    expect(terms.map((term) => term.termCode)).toEqual(['ai-geletterdheid', 'experimenteren']);
    expect(terms[1]).toMatchObject({
      '@id': 'https://example.nl/competenties#competence-experimenteren',
      name: 'Experimenteren',
      description: 'Klein beginnen en bijsturen. Start met een pilot. Stuurt bij.',
      inDefinedTermSet: { '@id': 'https://example.nl/competenties#competences' },
    });
  });

  test('validates without errors or warnings', () => {
    expect(validateJsonLd(competenceFramework(frameworkFixture, { baseUrl: BASE_URL }))).toEqual({
      errors: [],
      warnings: [],
    });
  });

  test('refuses a framework without competences', () => {
    expect(() => competenceFramework({ ...frameworkFixture, competences: [] })).toThrow(
      /at least one competence/,
    );
  });
});
