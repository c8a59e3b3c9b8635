import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { httpUrl, localeNl, slug, text, urlOrPath } from './fields';
import { PostalAddressSchema } from './postal-address';

/** An organization such as AIRA itself, for Organization / LocalBusiness JSON-LD. */
export const OrganizationSchema = z.object({
  id: slug(),
  name: text(),
  legalName: z.optional(text()),
  url: httpUrl(),
  logo: z.optional(urlOrPath()),
  description: z.optional(text()),
  email: z.optional(z.email({ error: 'must be an email address such as "info@aira.nl"' })),
  telephone: z.optional(
    z
      .string()
      .check(
        z.regex(/^\+?[0-9][0-9 ()-]{5,}$/, 'must be a phone number such as "+31 20 123 4567"'),
      ),
  ),
  address: PostalAddressSchema,
  areaServed: z
    .array(text())
    .check(z.minLength(1, 'must name at least one area, e.g. "Nederland"')),
  sameAs: z.optional(z.array(httpUrl())),
  foundingDate: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
          'must be a year or an ISO date, e.g. "2019" or "2019-05-01"',
        ),
      ),
  ),
  locale: localeNl(),
});
/** An organization. */
export type Organization = z.infer<typeof OrganizationSchema>;

const parsers = defineParsers(OrganizationSchema, 'organization');
/** Validates an organization; throws {@link ContentValidationError}. */
export const parseOrganization = parsers.parse;
/** Validates an organization without throwing. */
export const safeParseOrganization = parsers.safeParse;
