import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseStepPlan, safeParseStepPlan } from '../index';
import { exampleStepPlan } from '../test/model-fixtures';

const issuesOf = (input: unknown) => {
  const result = safeParseStepPlan(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
};

describe('StepPlan', () => {
  test('accepts the example plan: seven steps from goals to scaling', () => {
    const plan = parseStepPlan(exampleStepPlan());
    expect(plan.steps.map((step) => step.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plan.steps[0]?.name).toBe('Doelen bepalen');
    expect(plan.steps[6]?.name).toBe('Opschalen');
    expect(plan.locale).toBe('nl-NL');
  });

  test('names the step whose position breaks the 1, 2, 3, … order', () => {
    const plan = exampleStepPlan();
    plan.steps[2].position = 4;
    expect(issuesOf(plan)).toEqual([
      {
        path: 'steps.2.position',
        message: 'must be 3: positions run 1, 2, 3, … in list order, received 4',
      },
    ]);
  });

  test('refuses a plan without steps, a step without outcome and a duration that ends before it starts', () => {
    expect(issuesOf({ ...exampleStepPlan(), steps: [] }).map((i) => i.path)).toEqual(['steps']);
    const plan = exampleStepPlan();
    delete plan.steps[0].outcome;
    plan.steps[1].duration = { min: 3, max: 1, unit: 'weeks' };
    plan.steps[2].duration = { min: 1, max: 2, unit: 'jaar' };
    expect(issuesOf(plan).map((i) => i.path)).toEqual([
      'steps.0.outcome',
      'steps.1.duration.max',
      'steps.2.duration.unit',
    ]);
  });

  test('property: any order other than 1..n is reported at the first step that is off', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
        (positions) => {
          const steps = positions.map((position) => ({
            position,
            name: 'Stap',
            text: 'Doe iets.',
            outcome: 'Iets gedaan.',
          }));
          const paths = issuesOf({ id: 'plan', name: 'Plan', steps }).map((i) => i.path);
          const wrong = positions.flatMap((p, i) => (p === i + 1 ? [] : [`steps.${i}.position`]));
          expect(paths).toEqual(wrong);
        },
      ),
    );
  });
});
