import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { text } from './fields';
import { isRecord } from './refine-helpers';

const DUTCH_POSTAL_CODE = /^[1-9]\d{3} ?[A-Z]{2}$/;

/** A postal address; Dutch postal codes (`1012 AB`) are checked when `country` is `NL`. */
export const PostalAddressSchema = z
  .object({
    streetAddress: z.optional(text()),
    postalCode: z.optional(text()),
    locality: text(),
    region: z.optional(text()),
    country: z
      .string()
      .check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "NL"')),
  })
  .check(
    z.superRefine(
      (address: unknown, ctx) => {
        if (
          !isRecord(address) ||
          address.country !== 'NL' ||
          typeof address.postalCode !== 'string'
        )
          return;
        if (!DUTCH_POSTAL_CODE.test(address.postalCode)) {
          ctx.addIssue({
            code: 'custom',
            path: ['postalCode'],
            message: `must be a Dutch postal code such as "1012 AB", received "${address.postalCode}"`,
          });
        }
      },
      { when: () => true },
    ),
  );
/** A postal address. */
export type PostalAddress = z.infer<typeof PostalAddressSchema>;

const parsers = defineParsers(PostalAddressSchema, 'postal address');
/** Validates a postal address; throws {@link ContentValidationError}. */
export const parsePostalAddress = parsers.parse;
/** Validates a postal address without throwing. */
export const safeParsePostalAddress = parsers.safeParse;
