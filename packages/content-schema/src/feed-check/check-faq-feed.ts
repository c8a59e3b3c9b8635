import type { ContentIssue } from '../errors';
import type { FaqFeed } from '../schemas/faq-feed';
import type { FaqCategory, FaqItem } from '../schemas/faq-item';
import {
  DATE_OR_DATETIME_PATTERN,
  httpUrlValue,
  isRealDate,
  LOCALE_PATTERN,
  SLUG_PATTERN,
} from '../source/field-rules';

// The FaqFeed rules again, written without zod: <aira-faq>'s single-file bundle cannot carry
// zod (about 7 KB gzip) inside its 20 KB budget. Both take their patterns from
// source/field-rules.ts, and check-faq-feed.test.ts holds this to FaqFeedSchema (same verdict
// and same data on generated feeds, ids, dates and URLs), so the two cannot drift apart.
// Every cross-item check goes through a Set or Map: feeds of 50,000 items are checked in
// linear time (see bench/).

/** A problem, or `undefined`; a check may also replace the value it keeps (a trimmed URL). */
type Check = (value: unknown) => string | undefined | { value: unknown };
const str: Check = (v) => (typeof v === 'string' ? undefined : 'expected a string');
const text: Check = (v) => str(v) ?? (/\S/.test(v as string) ? undefined : 'must not be empty');
const pattern =
  (re: RegExp, what: string): Check =>
  (v) =>
    str(v) ?? (re.test(v as string) ? undefined : `must be ${what}, received ${JSON.stringify(v)}`);
const slug = pattern(SLUG_PATTERN, 'a slug (lowercase letters, digits and single hyphens)');
const locale = pattern(LOCALE_PATTERN, 'a BCP 47 language tag such as "nl-NL"');
const date: Check = (v) =>
  pattern(DATE_OR_DATETIME_PATTERN, 'an ISO 8601 date or date-time')(v) ??
  (isRealDate((v as string).slice(0, 10)) ? undefined : 'is not a real calendar date');
const url: Check = (v) => {
  const kept = typeof v === 'string' ? httpUrlValue(v) : undefined;
  return kept === undefined
    ? `must be an absolute http(s) URL, received ${JSON.stringify(v)}`
    : { value: kept };
};
const list =
  (each: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'expected an array';
    for (const entry of v) {
      const problem = each(entry);
      if (typeof problem === 'string') return problem;
    }
    return { value: [...v] };
  };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field name, its check, and whether it is required. */
type Fields = ReadonlyArray<readonly [string, Check, boolean]>;

const FEED_FIELDS: Fields = [
  ['locale', locale, true],
  ['title', text, false],
  ['url', url, false],
  ['updated', date, false],
];
const CATEGORY_FIELDS: Fields = [
  ['id', slug, true],
  ['label', text, true],
  ['description', str, false],
];
const ITEM_FIELDS: Fields = [
  ['id', slug, true],
  ['question', text, true],
  ['answer', text, true],
  ['category', slug, false],
  ['tags', list(text), false],
  ['locale', locale, false],
  ['updated', date, false],
  ['related', list(slug), false],
];

/** Checks `fields` of `record`, pushing problems; returns a copy holding only known fields. */
function pick<T>(record: unknown, path: string, fields: Fields, issues: ContentIssue[]): T {
  const out: Record<string, unknown> = {};
  if (!isRecord(record)) {
    issues.push({ path, message: 'expected an object' });
    return out as T;
  }
  const where = (key: string) => (path ? `${path}.${key}` : key);
  for (const [key, check, required] of fields) {
    const value = record[key];
    if (value === undefined) {
      if (required) issues.push({ path: where(key), message: 'is required' });
      continue;
    }
    const problem = check(value);
    if (typeof problem === 'string') issues.push({ path: where(key), message: problem });
    else out[key] = problem ? problem.value : value;
  }
  return out as T;
}

/**
 * Checks an FAQ feed by the rules of `FaqFeedSchema` without loading zod, for bundles
 * that must stay small (the `<aira-faq>` element uses it). Returns the feed with unknown
 * fields dropped, and every problem found; the feed is only valid when `issues` is empty.
 * Prefer `parseFaqFeed` where bundle size does not matter: it also fills defaults.
 *
 * @example
 * ```ts
 * const { feed, issues } = checkFaqFeed(await response.json());
 * if (issues.length) console.warn(issues.map((i) => `${i.path}: ${i.message}`));
 * ```
 */
export function checkFaqFeed(input: unknown): { feed: FaqFeed; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const root = isRecord(input) ? input : {};
  if (!isRecord(input)) issues.push({ path: '', message: 'expected an FAQ feed object' });
  else if (input.version !== 1) issues.push({ path: 'version', message: 'must be 1' });
  const feed = pick<FaqFeed>(input, '', FEED_FIELDS, issues);
  feed.version = 1;
  // The categories and the items: each an array of records with unique ids.
  const records = <T extends { id?: string }>(key: 'categories' | 'items', fields: Fields) => {
    const value = root[key];
    if (!Array.isArray(value)) issues.push({ path: key, message: 'expected an array' });
    const list = (Array.isArray(value) ? value : []).map((record, i) =>
      pick<T>(record, `${key}.${i}`, fields, issues),
    );
    const seen = new Set<string>();
    list.forEach(({ id }, i) => {
      if (typeof id !== 'string') return;
      if (seen.has(id)) issues.push({ path: `${key}.${i}.id`, message: `"${id}" is not unique` });
      seen.add(id);
    });
    return list;
  };
  if (root.categories !== undefined)
    feed.categories = records<FaqCategory>('categories', CATEGORY_FIELDS);
  feed.items = records<FaqItem>('items', ITEM_FIELDS);
  const known = new Set(feed.items.map((item) => item.id));
  const categoryIds = feed.categories && new Set(feed.categories.map((c) => c.id));
  feed.items.forEach((item, i) => {
    if (categoryIds && item.category !== undefined && !categoryIds.has(item.category)) {
      issues.push({
        path: `items.${i}.category`,
        message: `"${item.category}" is not one of the feed's categories`,
      });
    }
    item.related?.forEach((id, k) => {
      if (id === item.id || !known.has(id)) {
        issues.push({
          path: `items.${i}.related.${k}`,
          message: `"${id}" is not another item of this feed`,
        });
      }
    });
  });
  return { feed, issues };
}
