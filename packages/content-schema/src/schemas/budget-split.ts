import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { euros, localeNl, slug, text, urlOrPath } from './fields';
import { duplicates, isRecord, listOf } from './refine-helpers';
import { checkSharesSum, percent } from './shares';

const shareShape = {
  id: slug(),
  name: text(),
  share: percent(),
  description: z.optional(text()),
  examples: z.optional(z.array(text())),
};

/**
 * How a budget is divided, e.g. people / process / technology at 50 / 30 / 20. The shares
 * must add up to 100 %; `total` is optional, for a worked example in euros.
 */
export const BudgetSplitSchema = z
  .object({
    id: slug(),
    name: text(),
    description: z.optional(text()),
    locale: localeNl(),
    url: z.optional(urlOrPath()),
    total: z.optional(euros()),
    shares: z.array(z.object(shareShape)).check(z.minLength(1, 'must list at least one share')),
  })
  .check(
    z.superRefine(
      (split: unknown, ctx) => {
        if (!isRecord(split)) return;
        const ids = listOf(split.shares).map((s) => (isRecord(s) ? s.id : undefined));
        for (const [index, first] of duplicates(ids)) {
          ctx.addIssue({
            code: 'custom',
            path: ['shares', index, 'id'],
            message: `"${String(ids[index])}" is already the id of shares.${first}; ids must be unique`,
          });
        }
        checkSharesSum(
          split.shares,
          ['shares'],
          (share, index) => (typeof share.id === 'string' ? share.id : `shares.${index}`),
          ctx,
        );
      },
      { when: () => true },
    ),
  );
/** A budget split: named shares that add up to 100 %. */
export type BudgetSplit = z.infer<typeof BudgetSplitSchema>;

const parsers = defineParsers(BudgetSplitSchema, 'budget split');
/**
 * Validates a budget split; throws {@link ContentValidationError} when the shares do not add
 * up to 100 %.
 *
 * @example
 * ```ts
 * const split = parseBudgetSplit(json);
 * for (const s of split.shares) console.log(`${s.name}: ${s.share} %`);
 * ```
 */
export const parseBudgetSplit = parsers.parse;
/** Validates a budget split without throwing. */
export const safeParseBudgetSplit = parsers.safeParse;
