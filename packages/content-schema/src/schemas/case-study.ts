import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { euros, isoDate, localeNl, positiveInt, slug, text } from './fields';

/** A customer case; `fictional` is required so an invented case can never pass as real. */
export const CaseStudySchema = z.object({
  id: slug(),
  title: text(),
  fictional: z.boolean({
    error: 'is required: say true for an invented case, false for a real customer',
  }),
  company: z.object({
    name: text(),
    sector: text(),
    employees: positiveInt(),
    region: z.optional(text()),
  }),
  problem: text(),
  approach: text(),
  tools: z.array(text()),
  results: z
    .array(
      z.object({
        metric: text(),
        before: z.optional(text()),
        after: z.optional(text()),
        note: z.optional(text()),
      }),
    )
    .check(z.minLength(1, 'must list at least one result')),
  costs: z.optional(z.object({ oneOff: z.optional(euros()), monthly: z.optional(euros()) })),
  quote: z.optional(z.object({ text: text(), author: text(), role: z.optional(text()) })),
  locale: localeNl(),
  date: z.optional(isoDate()),
});
/** A customer case (possibly fictional, and then it says so). */
export type CaseStudy = z.infer<typeof CaseStudySchema>;

const parsers = defineParsers(CaseStudySchema, 'case study');
/** Validates a case study; throws {@link ContentValidationError}. */
export const parseCaseStudy = parsers.parse;
/** Validates a case study without throwing. */
export const safeParseCaseStudy = parsers.safeParse;
