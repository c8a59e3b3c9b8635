import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { localeNl, positiveInt, slug, text, urlOrPath } from './fields';
import { isNumber, isRecord, listOf } from './refine-helpers';

/** Units a typical duration can be given in. */
export const DURATION_UNITS = ['hours', 'days', 'weeks', 'months'] as const;

/** A typical duration such as 2–4 weeks: `{ min, max, unit }` with `min <= max`. */
export const DurationSchema = z
  .object({
    min: z.number().check(z.positive('must be more than 0')),
    max: z.number().check(z.positive('must be more than 0')),
    unit: z.enum(DURATION_UNITS),
  })
  .check(
    z.superRefine(
      (d: unknown, ctx) => {
        if (isRecord(d) && isNumber(d.min) && isNumber(d.max) && d.max < d.min) {
          ctx.addIssue({
            code: 'custom',
            path: ['max'],
            message: `must be at least min (${d.min}), received ${d.max}`,
          });
        }
      },
      { when: () => true },
    ),
  );
/** A typical duration range with its unit. */
export type Duration = z.infer<typeof DurationSchema>;

const stepShape = {
  position: positiveInt(),
  name: text(),
  text: text(),
  outcome: text(),
  duration: z.optional(DurationSchema),
};

/**
 * An ordered step plan, e.g. seven steps from goals to scaling. Step positions run 1, 2, 3, …
 * in list order, so the list and the numbers shown to readers can never disagree.
 */
export const StepPlanSchema = z
  .object({
    id: slug(),
    name: text(),
    description: z.optional(text()),
    locale: localeNl(),
    url: z.optional(urlOrPath()),
    steps: z.array(z.object(stepShape)).check(z.minLength(1, 'must list at least one step')),
  })
  .check(
    z.superRefine(
      (plan: unknown, ctx) => {
        if (!isRecord(plan)) return;
        listOf(plan.steps).forEach((step, index) => {
          if (!isRecord(step) || !isNumber(step.position) || step.position === index + 1) return;
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index, 'position'],
            message: `must be ${index + 1}: positions run 1, 2, 3, … in list order, received ${step.position}`,
          });
        });
      },
      { when: () => true },
    ),
  );
/** A step plan: numbered steps with what to do, the outcome and a typical duration. */
export type StepPlan = z.infer<typeof StepPlanSchema>;
/** One step of a {@link StepPlan}. */
export type StepPlanStep = StepPlan['steps'][number];

const parsers = defineParsers(StepPlanSchema, 'step plan');
/**
 * Validates a step plan; throws {@link ContentValidationError}.
 *
 * @example
 * ```ts
 * const plan = parseStepPlan(JSON.parse(await readFile('step-plans/ai-in-7-stappen.json', 'utf8')));
 * for (const step of plan.steps) console.log(step.position, step.name);
 * ```
 */
export const parseStepPlan = parsers.parse;
/** Validates a step plan without throwing. */
export const safeParseStepPlan = parsers.safeParse;
