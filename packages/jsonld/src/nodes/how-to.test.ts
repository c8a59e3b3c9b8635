import { describe, expect, test } from 'vitest';
import { BASE_URL, golden, plain, stepPlan } from '../__fixtures__/content.js';
import { howTo } from './how-to.js';

describe('howTo', () => {
  test('golden', async () => {
    await expect(golden(howTo(stepPlan, { baseUrl: BASE_URL }))).toMatchFileSnapshot(
      './__golden__/how-to.json',
    );
  });

  test('numbers the steps, gives each an @id and writes Markdown as plain text', () => {
    const data = howTo(stepPlan, { baseUrl: BASE_URL });
    const steps = plain<{ '@id': string; position: number; text: string }[]>(data.step);
    expect(steps).toHaveLength(7);
    expect(steps[0]).toMatchObject({
      '@id': 'https://example.nl/stappenplan/stappenplan-ai#step-1',
      position: 1,
    });
    expect(steps[0]?.text).toBe('Bepaal welke bedrijfsdoelen AI moet dienen.');
    expect(steps[6]?.position).toBe(7);
  });

  test('refuses a plan without steps', () => {
    expect(() => howTo({ ...stepPlan, steps: [] })).toThrow(/at least one step/);
  });
});
