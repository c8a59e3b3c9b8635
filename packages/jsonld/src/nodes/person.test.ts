import { describe, expect, test } from 'vitest';
import { BASE_URL, golden } from '../__fixtures__/content.js';
import { person } from './person.js';

describe('person', () => {
  test('golden', async () => {
    await expect(
      golden(
        person(
          { name: 'Sanne de Vries', jobTitle: 'AI-trainer', url: '/team/sanne' },
          { baseUrl: BASE_URL },
        ),
      ),
    ).toMatchFileSnapshot('./__golden__/person.json');
  });

  test('@id is derived from the name, so every post by one author links to one node', () => {
    expect(person('Sanne de Vries', { baseUrl: BASE_URL })['@id']).toBe(
      'https://example.nl/#person-sanne-de-vries',
    );
    expect(person('Zoë Çelik', { baseUrl: BASE_URL })['@id']).toBe(
      'https://example.nl/#person-zoe-celik',
    );
    expect(person({ name: 'Sanne', url: 'https://example.nl/team/sanne' })['@id']).toBe(
      'https://example.nl/team/sanne#person',
    );
    expect(() => person(' ')).toThrow(/name must be a non-empty string/);
  });
});
