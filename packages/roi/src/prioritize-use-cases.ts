import * as z from 'zod/mini';
import { RoiInputError } from './errors.js';
import { list, num, openShape, parse, shape, text } from './validate.js';

/** Where a use case falls on the impact–effort matrix. */
export type Quadrant = 'quick-win' | 'major-project' | 'fill-in' | 'thankless';

const score = () => num('a score from 1 to 5', { min: 1, max: 5 });
const useCaseSchema = openShape({
  name: text('the name of the use case (a non-empty text)'),
  impact: z.optional(score()),
  effort: score(),
  repetition: z.optional(score()),
  dataIntensity: z.optional(score()),
  errorProneness: z.optional(score()),
});

/** A candidate use case. Give `impact`, or the three criteria it is derived from. */
export interface UseCase {
  name: string;
  /** 1 (little) – 5 (a lot) of value; derived from the criteria below when absent. */
  impact?: number;
  /** 1 (easy) – 5 (hard) to implement: data work, integration, change. */
  effort: number;
  /** 1–5: how often the task recurs. */
  repetition?: number;
  /** 1–5: how much data the task reads or writes. */
  dataIntensity?: number;
  /** 1–5: how often people make mistakes in it today. */
  errorProneness?: number;
}

/** A use case with its scores, quadrant and rank (1 = do first). */
export type PrioritizedUseCase<U extends UseCase = UseCase> = U & {
  impact: number;
  quadrant: Quadrant;
  rank: number;
};

/** The criteria behind a suggested impact score. */
export interface ImpactCriteria {
  repetition: number;
  dataIntensity: number;
  errorProneness: number;
}

/**
 * Suggests an impact score: the mean of repetition, data intensity and error-proneness,
 * rounded half-up to one decimal. Repetitive, data-heavy, error-prone work is where AI
 * saves most.
 */
export function suggestImpact(criteria: ImpactCriteria): number {
  const c = parse(
    shape({ repetition: score(), dataIntensity: score(), errorProneness: score() }),
    criteria,
  );
  return Math.round(((c.repetition + c.dataIntensity + c.errorProneness) / 3) * 10 + 1e-9) / 10;
}

/** A score of 3 or more counts as high impact, and as high effort. */
export function quadrantOf(impact: number, effort: number): Quadrant {
  if (impact >= 3) return effort >= 3 ? 'major-project' : 'quick-win';
  return effort >= 3 ? 'thankless' : 'fill-in';
}

const ORDER: Quadrant[] = ['quick-win', 'major-project', 'fill-in', 'thankless'];

/**
 * Places use cases on the impact–effort matrix and orders them: quick wins first, then major
 * projects, fill-ins and thankless tasks; within a quadrant by impact ÷ effort, then impact.
 *
 * @example
 * ```ts
 * prioritizeUseCases([
 *   { name: 'Facturen verwerken', impact: 5, effort: 2 },
 *   { name: 'Voorspellend onderhoud', impact: 4, effort: 5 },
 * ])[0].quadrant; // 'quick-win'
 * ```
 */
export function prioritizeUseCases<U extends UseCase>(
  useCases: readonly U[],
): PrioritizedUseCase<U>[] {
  parse(list(useCaseSchema, 'an array of use cases'), useCases, 'useCases');
  const scored = useCases.map((u, index) => {
    let impact = u.impact;
    if (impact === undefined) {
      const { repetition, dataIntensity, errorProneness } = u;
      if (repetition === undefined || dataIntensity === undefined || errorProneness === undefined) {
        throw new RoiInputError(
          `useCases.${index}.impact`,
          `useCases.${index}.impact is missing: give impact (1–5) or repetition, dataIntensity and errorProneness (1–5 each)`,
          { reason: 'missing' },
        );
      }
      impact = suggestImpact({ repetition, dataIntensity, errorProneness });
    }
    return { ...u, impact, quadrant: quadrantOf(impact, u.effort), index };
  });
  scored.sort(
    (a, b) =>
      ORDER.indexOf(a.quadrant) - ORDER.indexOf(b.quadrant) ||
      b.impact / b.effort - a.impact / a.effort ||
      b.impact - a.impact ||
      a.index - b.index,
  );
  return scored.map(
    ({ index: _index, ...u }, i) => ({ ...u, rank: i + 1 }) as PrioritizedUseCase<U>,
  );
}
