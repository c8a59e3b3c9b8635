// Field factories shared by the schemas. Each call makes a new schema instance, so the JSON
// Schema generator can attach a different description to every field that uses one.
import * as z from 'zod/mini';
import {
  DATE_OR_DATETIME_PATTERN,
  isRealDate,
  LOCALE_PATTERN,
  SLUG_PATTERN,
} from '../source/field-rules';

export { isRealDate, SLUG_PATTERN };

export const slug = () =>
  z
    .string()
    .check(
      z.regex(
        SLUG_PATTERN,
        'must be a slug (lowercase letters, digits and single hyphens, e.g. "ai-training-mkb")',
      ),
    );

export const locale = () =>
  z
    .string()
    .check(z.regex(LOCALE_PATTERN, 'must be a BCP 47 language tag such as "nl-NL" or "en"'));

/** A locale that defaults to Dutch (`nl-NL`) when left out. */
export const localeNl = () => z._default(locale(), 'nl-NL');

/** A string with at least one non-space character. */
export const text = () => z.string().check(z.regex(/\S/, 'must not be empty'));

export const isoDate = () => z.iso.date({ error: 'must be an ISO 8601 date such as "2025-01-15"' });

export const isoDateOrDateTime = () =>
  z.string().check(
    z.regex(DATE_OR_DATETIME_PATTERN, {
      message: 'must be an ISO 8601 date ("2025-01-15") or date-time ("2025-01-15T10:00:00+01:00")',
      // The calendar check below would only repeat the problem.
      abort: true,
    }),
    z.refine((value) => isRealDate(value.slice(0, 10)), 'is not a real calendar date'),
  );

/** A date-time with an explicit offset (`Z` or `+01:00`), as events need. */
export const dateTimeWithOffset = () =>
  z.iso.datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with an offset, e.g. "2026-03-28T10:00:00+01:00"',
  });

/** An absolute http(s) URL. */
export const httpUrl = () =>
  z.url({
    protocol: /^https?$/,
    error: 'must be an absolute http(s) URL such as "https://aira.nl/faq"',
  });

/** An absolute http(s) URL or a root-relative path (`/images/x.png`). */
export const urlOrPath = () =>
  z
    .string()
    .check(
      z.regex(
        /^(?:https?:\/\/[^\s/]+|\/)[^\s]*$/,
        'must be an http(s) URL or a path starting with "/"',
      ),
    );

export const nonNegativeInt = () => z.int().check(z.nonnegative('must be 0 or more'));
export const positiveInt = () => z.int().check(z.positive('must be 1 or more'));

/** Search intent of a post or keyword cluster. */
export const INTENTS = ['informatief', 'transactioneel', 'lokaal'] as const;
export const intent = () => z.enum(INTENTS);

/** Euros: 0 or more, at most 2 decimals (cents). */
export const euros = () =>
  z.number().check(
    z.nonnegative('must be 0 or more'),
    z.refine(
      (v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6,
      'must have at most 2 decimals (whole cents)',
    ),
  );
