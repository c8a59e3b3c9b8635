import type { FaqFeed } from '@aira/content-schema';

/** The result of {@link pickItems}: the narrowed feed and the ids it did not find. */
export interface PickedFeed {
  feed: FaqFeed;
  /** Requested ids that the feed does not have (a typo or a removed question). */
  unknown: string[];
}

/** Splits the `ids` attribute: ids separated by spaces and/or commas. */
export function parseIdList(value: string | null | undefined): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/**
 * Narrows a feed to the questions `ids` names, in that order (the 3–5 related questions under
 * a blog post, from the site's one feed). Categories no remaining question uses are dropped,
 * so the chips only offer what is there. An empty list keeps the whole feed.
 */
export function pickItems(feed: FaqFeed, ids: readonly string[]): PickedFeed {
  if (!ids.length) return { feed, unknown: [] };
  const byId = new Map(feed.items.map((item) => [item.id, item]));
  const items = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  const unknown = ids.filter((id) => !byId.has(id));
  const used = new Set(items.map((item) => item.category));
  const categories = feed.categories?.filter((category) => used.has(category.id));
  return { feed: { ...feed, items, ...(categories ? { categories } : {}) }, unknown };
}
