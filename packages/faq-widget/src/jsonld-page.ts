import type { FaqFeed, FaqItem } from '@aira/content-schema';

/** The id of the one script the widgets own, so they never mistake it for the page's own FAQPage. */
export const OWN_SCRIPT_ID = 'aira-faq-jsonld';

// `FAQPage`, `schema:FAQPage`, `https://schema.org/FAQPage`, `http://schema.org/FAQPage`.
const FAQ_PAGE = /^(?:(?:https?:\/\/)?schema\.org\/|schema:)?FAQPage$/;

const isFaqPageType = (type: unknown): boolean =>
  typeof type === 'string'
    ? FAQ_PAGE.test(type)
    : Array.isArray(type) &&
      type.some((entry) => typeof entry === 'string' && FAQ_PAGE.test(entry));

/**
 * Whether a JSON-LD value holds a node typed FAQPage anywhere: at the top, in `@graph`, or
 * nested as the value of any property (`mainEntity` of a WebPage). The walk is bounded so
 * that a huge or deep script of someone else's cannot stall the page.
 */
function hasFaqPage(root: unknown): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  for (let budget = 10_000; stack.length && budget > 0; budget--) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object' || depth > 32) continue;
    if (!Array.isArray(value) && isFaqPageType((value as Record<string, unknown>)['@type'])) {
      return true;
    }
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Microdata `itemtype` and RDFa `typeof` hold space-separated lists of types. */
const MARKUP_TYPES = '[itemtype*="FAQPage"],[typeof*="FAQPage"]';

function hasFaqPageMarkup(doc: Document): boolean {
  for (const element of doc.querySelectorAll(MARKUP_TYPES)) {
    const types = `${element.getAttribute('itemtype') ?? ''} ${element.getAttribute('typeof') ?? ''}`;
    if (types.split(/\s+/).some((type) => FAQ_PAGE.test(type))) return true;
  }
  return false;
}

/** Structured data that may be the page's own FAQPage: JSON-LD, microdata or RDFa. */
export const STRUCTURED_DATA = `script[type="application/ld+json"],${MARKUP_TYPES}`;

/**
 * Whether the page already describes an FAQPage itself (JSON-LD, microdata or RDFa, by any
 * spelling of the type): search engines flag a page with two, so the widgets then add none.
 */
export function pageHasOwnFaqPage(doc: Document = document): boolean {
  if (hasFaqPageMarkup(doc)) return true;
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
