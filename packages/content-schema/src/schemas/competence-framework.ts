import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { localeNl, slug, text, urlOrPath } from './fields';
import { duplicates, isRecord, listOf } from './refine-helpers';
import { checkSharesSum, percent } from './shares';

const competenceShape = {
  id: slug(),
  name: text(),
  description: text(),
  behaviours: z.array(text()).check(z.minLength(1, 'must list at least one behaviour')),
};

const levelShape = {
  id: slug(),
  name: text(),
  description: text(),
  share: percent(),
  competences: z.array(slug()),
};

/**
 * Competences and the levels people hold them at, e.g. seven leadership competences and the
 * levels users (80 %), connectors (15 %) and specialists (5 %). Level shares are parts of one
 * population, so they must add up to 100 %; a level names the competences it needs by id.
 */
export const CompetenceFrameworkSchema = z
  .object({
    id: slug(),
    name: text(),
    description: z.optional(text()),
    locale: localeNl(),
    url: z.optional(urlOrPath()),
    competences: z
      .array(z.object(competenceShape))
      .check(z.minLength(1, 'must list at least one competence')),
    levels: z.array(z.object(levelShape)).check(z.minLength(1, 'must list at least one level')),
  })
  .check(z.superRefine(checkFramework, { when: () => true }));
/** A competence framework: competences with behaviours, and levels with population shares. */
export type CompetenceFramework = z.infer<typeof CompetenceFrameworkSchema>;
/** One competence of a {@link CompetenceFramework}. */
export type Competence = CompetenceFramework['competences'][number];
/** One level of a {@link CompetenceFramework}. */
export type CompetenceLevel = CompetenceFramework['levels'][number];

function checkFramework(framework: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (!isRecord(framework)) return;
  const idsOf = (list: unknown) => listOf(list).map((e) => (isRecord(e) ? e.id : undefined));
  for (const field of ['competences', 'levels'] as const) {
    const ids = idsOf(framework[field]);
    for (const [index, first] of duplicates(ids)) {
      ctx.addIssue({
        code: 'custom',
        path: [field, index, 'id'],
        message: `"${String(ids[index])}" is already the id of ${field}.${first}; ids must be unique`,
      });
    }
  }
  const known = idsOf(framework.competences).filter((id) => typeof id === 'string');
  listOf(framework.levels).forEach((level, index) => {
    if (!isRecord(level)) return;
    const needed = listOf(level.competences);
    needed.forEach((id, k) => {
      if (typeof id !== 'string' || known.includes(id)) return;
      ctx.addIssue({
        code: 'custom',
        path: ['levels', index, 'competences', k],
        message: `"${id}" is not the id of any competence; use one of: ${known.join(', ') || 'none'}`,
      });
    });
    for (const [k] of duplicates(needed)) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', index, 'competences', k],
        message: `"${String(needed[k])}" is listed twice`,
      });
    }
  });
  checkSharesSum(
    framework.levels,
    ['levels'],
    (level, index) => (typeof level.id === 'string' ? level.id : `levels.${index}`),
    ctx,
  );
}

const parsers = defineParsers(CompetenceFrameworkSchema, 'competence framework');
/**
 * Validates a competence framework; throws {@link ContentValidationError}.
 *
 * @example
 * ```ts
 * const framework = parseCompetenceFramework(json);
 * const users = framework.levels.find((level) => level.id === 'gebruikers'); // share 80
 * ```
 */
export const parseCompetenceFramework = parsers.parse;
/** Validates a competence framework without throwing. */
export const safeParseCompetenceFramework = parsers.safeParse;
