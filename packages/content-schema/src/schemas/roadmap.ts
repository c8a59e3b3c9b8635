import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { localeNl, positiveInt, slug, text, urlOrPath } from './fields';
import { isNumber, isRecord, listOf } from './refine-helpers';

const nonEmptyList = (what: string) =>
  z.array(text()).check(z.minLength(1, `must list at least one ${what}`));

const phaseShape = {
  name: text(),
  goal: z.optional(text()),
  weeks: z.object({ from: positiveInt(), to: positiveInt() }),
  activities: nonEmptyList('activity'),
  deliverables: nonEmptyList('deliverable'),
  owners: nonEmptyList('owner role'),
};

/**
 * A roadmap over whole weeks, e.g. a 90-day plan of 3 phases over weeks 1–13. Phases are
 * listed in order; their week ranges must not overlap and must cover week 1 to `totalWeeks`
 * without gaps, so every week of the plan belongs to exactly one phase.
 */
export const RoadmapSchema = z
  .object({
    id: slug(),
    name: text(),
    description: z.optional(text()),
    audience: z.optional(text()),
    locale: localeNl(),
    url: z.optional(urlOrPath()),
    totalWeeks: positiveInt(),
    phases: z.array(z.object(phaseShape)).check(z.minLength(1, 'must list at least one phase')),
  })
  .check(z.superRefine(checkWeeks, { when: () => true }));
/** A roadmap: phases with week ranges, activities, deliverables and owner roles. */
export type Roadmap = z.infer<typeof RoadmapSchema>;
/** One phase of a {@link Roadmap}. */
export type RoadmapPhase = Roadmap['phases'][number];

// Walks the phases in order with the first week not yet covered; each phase must start there.
function checkWeeks(roadmap: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (!isRecord(roadmap)) return;
  const phases = listOf(roadmap.phases);
  const ranges = phases.map((phase) => {
    const weeks = isRecord(phase) && isRecord(phase.weeks) ? phase.weeks : {};
    return isNumber(weeks.from) && isNumber(weeks.to) ? { from: weeks.from, to: weeks.to } : null;
  });
  // A phase with a broken or reversed range gets its own issue; walking on would only guess.
  if (ranges.length === 0 || ranges.some((range) => range === null)) return;
  let reversed = false;
  ranges.forEach((range, index) => {
    if (range === null || range.to >= range.from) return;
    reversed = true;
    ctx.addIssue({
      code: 'custom',
      path: ['phases', index, 'weeks', 'to'],
      message: `must be at least from (week ${range.from}), received ${range.to}`,
    });
  });
  if (reversed) return;
  let next = 1;
  ranges.forEach((range, index) => {
    if (range === null) return;
    const at = (field: 'from' | 'to') => ['phases', index, 'weeks', field];
    if (range.from > next) {
      ctx.addIssue({
        code: 'custom',
        path: at('from'),
        message: `leaves a gap: ${weeksBelong(next, range.from - 1)} to no phase; start this phase at week ${next}, received ${range.from}`,
      });
    } else if (range.from < next) {
      ctx.addIssue({
        code: 'custom',
        path: at('from'),
        message: `overlaps the phase before it: ${weeksBelong(range.from, Math.min(range.to, next - 1))} to it already; start this phase at week ${next}, received ${range.from}`,
      });
    }
    next = Math.max(next, range.to + 1);
  });
  const last = ranges.length - 1;
  const end = next - 1;
  if (!isNumber(roadmap.totalWeeks) || end === roadmap.totalWeeks) return;
  ctx.addIssue({
    code: 'custom',
    path: ['phases', last, 'weeks', 'to'],
    message:
      end < roadmap.totalWeeks
        ? `leaves a gap: ${weeksBelong(end + 1, roadmap.totalWeeks)} to no phase; end the last phase at week ${roadmap.totalWeeks}, received ${end}`
        : `runs past the roadmap's ${roadmap.totalWeeks} weeks; end the last phase at week ${roadmap.totalWeeks} or raise totalWeeks, received ${end}`,
  });
}

function weeksBelong(from: number, to: number): string {
  return from === to ? `week ${from} belongs` : `weeks ${from}–${to} belong`;
}

const parsers = defineParsers(RoadmapSchema, 'roadmap');
/**
 * Validates a roadmap; throws {@link ContentValidationError} naming the phase whose weeks
 * overlap or leave a gap.
 *
 * @example
 * ```ts
 * const roadmap = parseRoadmap(json);
 * for (const phase of roadmap.phases) console.log(phase.weeks.from, phase.weeks.to, phase.name);
 * ```
 */
export const parseRoadmap = parsers.parse;
/** Validates a roadmap without throwing. */
export const safeParseRoadmap = parsers.safeParse;
