import type { FaqFeed, FaqItem } from '@aira/content-schema';

/** The id of the one script the widgets own, so they never mistake it for the page's own FAQPage. */
export const OWN_SCRIPT_ID = 'aira-faq-jsonld';

function hasFaqPage(value: unknown, depth = 0): boolean {
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((entry) => hasFaqPage(entry, depth + 1));
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  if (type === 'FAQPage' || (Array.isArray(type) && type.includes('FAQPage'))) return true;
  return hasFaqPage(record['@graph'], depth + 1);
}

/**
 * Whether the page already describes an FAQPage itself (JSON-LD or microdata): search
 * engines flag a page with two, so the widgets then add none.
 */
export function pageHasOwnFaqPage(doc: Document = document): boolean {
  if (doc.querySelector('[itemtype$="schema.org/FAQPage"]')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (script.id === OWN_SCRIPT_ID) continue;
    try {
      if (hasFaqPage(JSON.parse(script.textContent ?? ''))) return true;
    } catch {
      // Someone else's broken JSON-LD is not ours to judge.
    }
  }
  return false;
}

/**
 * One feed for the whole page from the feeds of every `<aira-faq jsonld>`: items in page
 * order, a question shown twice counted once (by id).
 */
export function mergeFeeds(feeds: readonly FaqFeed[]): FaqFeed | undefined {
  const first = feeds[0];
  if (!first) return undefined;
  const seen = new Set<string>();
  const items: FaqItem[] = [];
  for (const feed of feeds) {
    for (const item of feed.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(
        item.locale || feed.locale === first.locale ? item : { ...item, locale: feed.locale },
      );
    }
  }
  const merged: FaqFeed = { version: 1, locale: first.locale, items };
  if (feeds.length === 1 && first.title) merged.title = first.title;
  return merged;
}
