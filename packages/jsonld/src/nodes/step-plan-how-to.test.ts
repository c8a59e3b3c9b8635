import { describe, expect, test } from 'vitest';
import { BASE_URL, plain } from '../__fixtures__/content.js';
import { stepPlanContent } from '../__fixtures__/model-content.js';
import { validateJsonLd } from '../validate/validate.js';
import { howTo } from './how-to.js';

describe('howTo fed from a StepPlan', () => {
  test('a parsed step plan is a HowTo input as it is: steps keep their order and numbers', () => {
    const data = howTo(stepPlanContent, { baseUrl: BASE_URL });
    const steps = plain<{ position: number; name: string; text: string }[]>(data.step);
    expect(steps.map((step) => [step.position, step.name])).toEqual([
      [1, 'Doelen'],
      [2, 'Pilot'],
      [3, 'Opschalen'],
    ]);
    expect(steps[0]?.text).toBe('Bepaal doelen.');
    expect(validateJsonLd(data).errors).toEqual([]);
  });
});
