import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { isoDateOrDateTime, locale, slug, text } from './fields';

/** A topic that groups FAQ items, e.g. `{ id: 'kosten', label: 'Kosten en duur' }`. */
export const FaqCategorySchema = z.object({
  id: slug(),
  label: text(),
  description: z.optional(z.string()),
});
/** A topic that groups FAQ items. */
export type FaqCategory = z.infer<typeof FaqCategorySchema>;

/** One question with its answer, as it appears in a feed and in FAQPage JSON-LD. */
export const FaqItemSchema = z.object({
  id: slug(),
  question: text(),
  answer: text(),
  category: z.optional(slug()),
  tags: z.optional(z.array(text())),
  locale: z.optional(locale()),
  updated: z.optional(isoDateOrDateTime()),
  related: z.optional(z.array(slug())),
});
/**
 * One question with its answer. `question` is plain text; `answer` is the Markdown subset
 * that {@link renderAnswer} renders (never insert it as HTML directly).
 */
export type FaqItem = z.infer<typeof FaqItemSchema>;

const category = defineParsers(FaqCategorySchema, 'FAQ category');
const item = defineParsers(FaqItemSchema, 'FAQ item');

/** Validates a FAQ category; throws {@link ContentValidationError}. */
export const parseFaqCategory = category.parse;
/** Validates a FAQ category without throwing. */
export const safeParseFaqCategory = category.safeParse;
/** Validates one FAQ item; throws {@link ContentValidationError}. */
export const parseFaqItem = item.parse;
/** Validates one FAQ item without throwing. */
export const safeParseFaqItem = item.safeParse;
