import { describe, expect, test } from 'vitest';
import { BASE_URL, golden, plain } from '../__fixtures__/content.js';
import { roadmapFixture } from '../__fixtures__/model-content.js';
import { validateJsonLd } from '../validate/validate.js';
import { roadmap } from './roadmap.js';

describe('roadmap', () => {
  test('golden', async () => {
    await expect(golden(roadmap(roadmapFixture, { baseUrl: BASE_URL }))).toMatchFileSnapshot(
      './__golden__/roadmap.json',
    );
  });

  test('is an ascending ItemList of phases, each named with its weeks', () => {
    const data = roadmap(roadmapFixture, { baseUrl: BASE_URL });
    const items = plain<{ item: string; position: number; name: string; description: string }[]>(
      data.itemListElement,
    );
    expect(data['@id']).toBe('https://example.nl/roadmap/90-dagen#roadmap');
    expect(data.itemListOrder).toBe('https://schema.org/ItemListOrderAscending');
    expect(data.numberOfItems).toBe(3);
    expect(items.map((item) => [item.position, item.name])).toEqual([
      [1, 'Verkennen (week 1–4)'],
      [2, 'Experimenteren (week 5–9)'],
      [3, 'Opschalen (week 10–13)'],
    ]);
    expect(items[0]?.description).toBe('Weten waar je begint. Doelen vaststellen.');
    expect(items[1]?.item).toBe('https://example.nl/roadmap/90-dagen#phase-2');
  });

  test('validates without errors or warnings', () => {
    expect(validateJsonLd(roadmap(roadmapFixture, { baseUrl: BASE_URL }))).toEqual({
      errors: [],
      warnings: [],
    });
  });

  test('refuses a roadmap without phases', () => {
    expect(() => roadmap({ ...roadmapFixture, phases: [] })).toThrow(/at least one phase/);
  });
});
