import type { FaqEntry } from './data/entries.js';

/**
 * Whether an entry passes the filter: in the category (when one is chosen) and containing
 * every folded term in its question or answer.
 */
export function entryMatches(
  entry: Pick<FaqEntry, 'haystack' | 'category'>,
  terms: readonly string[],
  category: string,
): boolean {
  if (category && entry.category !== category) return false;
  for (const term of terms) if (!entry.haystack.includes(term)) return false;
  return true;
}

/** The ids of the entries that pass the filter, in feed order. */
export function filterEntries(
  entries: readonly FaqEntry[],
  terms: readonly string[],
  category: string,
): Set<string> {
  const ids = new Set<string>();
  for (const entry of entries) if (entryMatches(entry, terms, category)) ids.add(entry.id);
  return ids;
}
