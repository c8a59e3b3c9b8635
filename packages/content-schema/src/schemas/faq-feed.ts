import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { FaqCategorySchema, FaqItemSchema } from './faq-item';
import { httpUrl, isoDateOrDateTime, locale, text } from './fields';
import { duplicates, isRecord, listOf } from './refine-helpers';

/** The only feed version this package reads; see docs/feed-format.md for the policy. */
export const FAQ_FEED_VERSION = 1;

/** The public FAQ feed (version 1) that `<aira-faq src>` and partner sites read. */
export const FaqFeedSchema = z
  .object({
    version: z.literal(FAQ_FEED_VERSION, {
      error:
        'must be 1: this reader understands FAQ feed version 1 only (a newer feed needs a newer @aira/content-schema)',
    }),
    locale: locale(),
    title: z.optional(text()),
    url: z.optional(httpUrl()),
    updated: z.optional(isoDateOrDateTime()),
    categories: z.optional(z.array(FaqCategorySchema)),
    items: z.array(FaqItemSchema),
  })
  .check(z.superRefine(checkFeedLinks, { when: () => true }));
/** The public FAQ feed (version 1). */
export type FaqFeed = z.infer<typeof FaqFeedSchema>;

// Runs even when some fields failed, so one pass reports every problem; hence the defensive reads.
function checkFeedLinks(feed: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (!isRecord(feed)) return;
  const items = listOf(feed.items);
  const ids = items.map((item) => (isRecord(item) ? item.id : undefined));
  for (const [index, first] of duplicates(ids)) {
    ctx.addIssue({
      code: 'custom',
      path: ['items', index, 'id'],
      message: `"${String(ids[index])}" is already the id of items.${first}; ids must be unique in a feed`,
    });
  }
  const categories = listOf(feed.categories).map((c) => (isRecord(c) ? c.id : undefined));
  for (const [index, first] of duplicates(categories)) {
    ctx.addIssue({
      code: 'custom',
      path: ['categories', index, 'id'],
      message: `"${String(categories[index])}" is already the id of categories.${first}; category ids must be unique`,
    });
  }
  const known = new Set(ids);
  const categoryIds = new Set(categories);
  // A feed may list thousands of categories; the message names a few, not all of them.
  const listed =
    categories.slice(0, 10).join(', ') + (categories.length > 10 ? ', ...' : '') || 'none';
  items.forEach((item, index) => {
    if (!isRecord(item)) return;
    if (
      feed.categories !== undefined &&
      item.category !== undefined &&
      !categoryIds.has(item.category)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'category'],
        message: `"${String(item.category)}" is not one of the feed's categories (${listed}); add it to categories or use one of those ids`,
      });
    }
    listOf(item.related).forEach((id, k) => {
      if (typeof id !== 'string') return;
      const problem =
        id === item.id
          ? 'is the item itself'
          : known.has(id)
            ? ''
            : 'is not the id of any item in this feed';
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'related', k],
          message: `"${id}" ${problem}`,
        });
      }
    });
  });
}

const feed = defineParsers(FaqFeedSchema, 'FAQ feed');

/**
 * Validates a FAQ feed (for example the result of `JSON.parse`); throws
 * {@link ContentValidationError} listing every problem.
 *
 * @example
 * ```ts
 * const feed = parseFaqFeed(await (await fetch('/faq.json')).json());
 * for (const item of feed.items) console.log(item.id, item.question);
 * ```
 */
export const parseFaqFeed = feed.parse;
/** Validates a FAQ feed without throwing: `{ success: true, data }` or `{ success: false, error }`. */
export const safeParseFaqFeed = feed.safeParse;
