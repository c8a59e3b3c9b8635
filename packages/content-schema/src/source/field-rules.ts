// The field rules as plain functions and patterns, without zod, so that both the zod schemas
// (schemas/fields.ts) and the zod-free feed check (feed-check/) use the very same rules and
// cannot disagree on an id, a locale, a date or a URL.

/** `ai-training-mkb`: lowercase letters and digits, single hyphens between them. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A BCP 47 language tag in the simple form feeds use: `nl`, `nl-NL`, `en-GB`. */
export const LOCALE_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
/** An ISO 8601 date, optionally with a time and an offset; isRealDate rejects 2025-02-30. */
export const DATE_OR_DATETIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Whether `YYYY-MM-DD` names a day that exists (2024-02-29 does, 2025-02-30 does not). */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return false;
  const probe = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map the years 0–99 to 1900–1999.
  probe.setUTCFullYear(y, m - 1, d);
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * The value an absolute http(s) URL field keeps, or `undefined` when `value` is not one.
 * These are zod's `z.url({ protocol: /^https?$/ })` rules (zod 4.6): trim, require
 * `http://` or `https://` in any case, let the WHATWG URL parser decide the rest (ports up to
 * 65535, IPv4 hosts of at most four numbers, no `%` in a host) and drop tabs and line breaks,
 * which that parser ignores. check-faq-feed.test.ts compares the two on generated URLs.
 */
export function httpUrlValue(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? trimmed.replace(/[\t\n\r]/g, '')
      : undefined;
  } catch {
    return undefined;
  }
}
