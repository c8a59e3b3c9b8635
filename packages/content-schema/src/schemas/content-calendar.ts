import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { intent, isoDate, slug, text } from './fields';
import { duplicates, isRecord, listOf } from './refine-helpers';

/** The number of weeks in a content calendar. */
export const CALENDAR_WEEKS = 12;

/** A 12-week plan: each week one blog post (title and intent) and one FAQ update. */
export const ContentCalendarSchema = z
  .object({
    start: z.optional(isoDate()),
    weeks: z
      .array(
        z.object({
          week: z
            .int()
            .check(z.gte(1, 'must be 1 to 12'), z.lte(CALENDAR_WEEKS, 'must be 1 to 12')),
          blog: z.object({
            title: text(),
            intent: intent(),
            slug: z.optional(slug()),
            cluster: z.optional(slug()),
          }),
          faqUpdate: text(),
        }),
      )
      // Too many weeks stops validation there (zod caps oversized arrays before reading them).
      .check(z.length(CALENDAR_WEEKS, `must have exactly ${CALENDAR_WEEKS} weeks`)),
  })
  .check(
    z.superRefine(
      (calendar: unknown, ctx) => {
        if (!isRecord(calendar)) return;
        const weeks = listOf(calendar.weeks).map((w) =>
          isRecord(w) && w.week !== undefined ? String(w.week) : undefined,
        );
        for (const [index, first] of duplicates(weeks)) {
          ctx.addIssue({
            code: 'custom',
            path: ['weeks', index, 'week'],
            message: `week ${weeks[index]} is already planned in weeks.${first}; each week 1–12 appears once`,
          });
        }
      },
      { when: () => true },
    ),
  );
/** A 12-week content calendar. */
export type ContentCalendar = z.infer<typeof ContentCalendarSchema>;

const parsers = defineParsers(ContentCalendarSchema, 'content calendar');
/** Validates a content calendar; throws {@link ContentValidationError}. */
export const parseContentCalendar = parsers.parse;
/** Validates a content calendar without throwing. */
export const safeParseContentCalendar = parsers.safeParse;
