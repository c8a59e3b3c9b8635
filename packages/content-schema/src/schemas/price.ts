import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { euros } from './fields';
import { isNumber, isRecord } from './refine-helpers';

/**
 * A price in euros, excl. VAT unless `vatIncluded`; a range when `maxAmount` is set, open at
 * the top when `orMore` is set ("vanaf € 750", "€ 1.500 tot € 3.000 of meer").
 */
export const PriceSchema = z
  .object({
    amount: euros(),
    maxAmount: z.optional(euros()),
    orMore: z.optional(z.boolean()),
    currency: z._default(z.literal('EUR'), 'EUR'),
    per: z.enum(['person', 'session', 'group']),
    vatIncluded: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine(
      (price: unknown, ctx) => {
        if (
          isRecord(price) &&
          isNumber(price.amount) &&
          isNumber(price.maxAmount) &&
          price.maxAmount < price.amount
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['maxAmount'],
            message: `must be at least amount (${price.amount}), received ${price.maxAmount}`,
          });
        }
      },
      { when: () => true },
    ),
  );
/** A price in euros (excl. 21% VAT unless `vatIncluded`). */
export type Price = z.infer<typeof PriceSchema>;

const parsers = defineParsers(PriceSchema, 'price');
/** Validates a price; throws {@link ContentValidationError}. */
export const parsePrice = parsers.parse;
/** Validates a price without throwing. */
export const safeParsePrice = parsers.safeParse;
