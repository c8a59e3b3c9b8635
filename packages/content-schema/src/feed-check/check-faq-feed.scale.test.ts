// Feeds of real sites grow: the cross-item checks (unique ids, categories, related links) of
// both validators must stay linear. The sizes are chosen so that a quadratic check would run
// for minutes and time the test out, while the linear ones take well under a second; the
// timings themselves are in bench/feed-scale.bench.ts.
import { describe, expect, test } from 'vitest';
import { safeParseFaqFeed } from '../schemas/faq-feed';
import { checkFaqFeed } from './check-faq-feed';

function bigFeed(items: number, categories: number) {
  return {
    version: 1,
    locale: 'nl-NL',
    categories: Array.from({ length: categories }, (_, i) => ({ id: `c-${i}`, label: `C ${i}` })),
    items: Array.from({ length: items }, (_, i) => ({
      id: `v-${i}`,
      question: `Vraag ${i}?`,
      answer: 'Ja.',
      category: `c-${(i * 7) % categories}`,
      related: i > 0 ? [`v-${i - 1}`, `v-${items - 1 - i}`] : [],
    })),
  };
}

// Generous per-test timeouts for a loaded CI machine; a quadratic check needs minutes here.
describe('feed validation at scale', { timeout: 30_000 }, () => {
  test('checkFaqFeed: 100,000 items with related links, plus duplicates found', () => {
    const feed = bigFeed(100_000, 50);
    expect(checkFaqFeed(feed).issues).toEqual([]);
    feed.items.push({ ...feed.items[5], related: [] } as (typeof feed.items)[number]);
    expect(checkFaqFeed(feed).issues).toEqual([
      { path: 'items.100000.id', message: '"v-5" is not unique' },
    ]);
  });

  test('checkFaqFeed and FaqFeedSchema: 50,000 items over 50,000 categories', () => {
    const feed = bigFeed(50_000, 50_000);
    expect(checkFaqFeed(feed).issues).toEqual([]);
    expect(safeParseFaqFeed(feed).success).toBe(true);
  });

  test('FaqFeedSchema: 20,000 items in unknown categories keep their messages short', () => {
    const feed = bigFeed(20_000, 20_000);
    for (const item of feed.items) item.category = 'onbekend';
    const result = safeParseFaqFeed(feed);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(20_000);
    expect(result.error.issues[0]?.message.length).toBeLessThan(300);
  });
});
