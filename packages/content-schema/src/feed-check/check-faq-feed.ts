import type { ContentIssue } from '../errors';
import type { FaqFeed } from '../schemas/faq-feed';
import type { FaqCategory, FaqItem } from '../schemas/faq-item';

// The FaqFeed rules again, written without zod: <aira-faq>'s single-file bundle cannot carry
// zod (about 7 KB gzip) inside its 20 KB budget. check-faq-feed.test.ts holds this to
// FaqFeedSchema (same verdict on valid and broken feeds), so the two cannot drift apart.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

type Check = (value: unknown) => string | undefined;
const str: Check = (v) => (typeof v === 'string' ? undefined : 'expected a string');
const text: Check = (v) => str(v) ?? (/\S/.test(v as string) ? undefined : 'must not be empty');
const pattern =
  (re: RegExp, what: string): Check =>
  (v) =>
    str(v) ?? (re.test(v as string) ? undefined : `must be ${what}, received ${JSON.stringify(v)}`);
const slug = pattern(SLUG, 'a slug (lowercase letters, digits and single hyphens)');
const locale = pattern(LOCALE, 'a BCP 47 language tag such as "nl-NL"');
const date: Check = (v) => {
  const problem = pattern(DATE, 'an ISO 8601 date or date-time')(v);
  if (problem) return problem;
  const [y = 0, m = 0, d = 0] = (v as string).slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const real =
    y && day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  return real ? undefined : 'is not a real calendar date';
};
const url = pattern(/^https?:\/\/[^\s/]+\S*$/, 'an absolute http(s) URL');
const list =
  (each: Check): Check =>
  (v) =>
    Array.isArray(v) ? v.map(each).find(Boolean) : 'expected an array';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks `fields` of `record`, pushing problems; returns a copy holding only known fields. */
function pick<T>(
  record: unknown,
  path: string,
  fields: Record<string, [Check, boolean]>,
  issues: ContentIssue[],
): T {
  const out: Record<string, unknown> = {};
  if (!isRecord(record)) {
    issues.push({ path, message: 'expected an object' });
    return out as T;
  }
  for (const [key, [check, required]] of Object.entries(fields)) {
    const value = record[key];
    const where = path ? `${path}.${key}` : key;
    if (value === undefined) {
      if (required) issues.push({ path: where, message: 'is required' });
      continue;
    }
    const problem = check(value);
    if (problem) issues.push({ path: where, message: problem });
    else out[key] = Array.isArray(value) ? [...value] : value;
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
  const feed = pick<FaqFeed>(
    input,
    '',
    { locale: [locale, true], title: [text, false], url: [url, false], updated: [date, false] },
    issues,
  );
  feed.version = 1;
  const unique = (ids: unknown[], path: string) => {
    ids.forEach((id, i) => {
      if (typeof id === 'string' && ids.indexOf(id) !== i) {
        issues.push({ path: `${path}.${i}.id`, message: `"${id}" is not unique` });
      }
    });
  };
  if (root.categories !== undefined) {
    const categories = Array.isArray(root.categories) ? root.categories : [];
    if (!Array.isArray(root.categories))
      issues.push({ path: 'categories', message: 'expected an array' });
    feed.categories = categories.map((c, i) =>
      pick<FaqCategory>(
        c,
        `categories.${i}`,
        { id: [slug, true], label: [text, true], description: [str, false] },
        issues,
      ),
    );
    unique(
      feed.categories.map((c) => c.id),
      'categories',
    );
  }
  const items = Array.isArray(root.items) ? root.items : [];
  if (!Array.isArray(root.items)) issues.push({ path: 'items', message: 'expected an array' });
  feed.items = items.map((item, i) =>
    pick<FaqItem>(
      item,
      `items.${i}`,
      {
        id: [slug, true],
        question: [text, true],
        answer: [text, true],
        category: [slug, false],
        tags: [list(text), false],
        locale: [locale, false],
        updated: [date, false],
        related: [list(slug), false],
      },
      issues,
    ),
  );
  const ids = feed.items.map((item) => item.id);
  unique(ids, 'items');
  const categoryIds = feed.categories?.map((c) => c.id);
  feed.items.forEach((item, i) => {
    if (categoryIds && item.category !== undefined && !categoryIds.includes(item.category)) {
      issues.push({
        path: `items.${i}.category`,
        message: `"${item.category}" is not one of the feed's categories`,
      });
    }
    item.related?.forEach((id, k) => {
      if (id === item.id || !ids.includes(id)) {
        issues.push({
          path: `items.${i}.related.${k}`,
          message: `"${id}" is not another item of this feed`,
        });
      }
    });
  });
  return { feed, issues };
}
