import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderFaqHtml } from './render-faq-html.js';
import { feed } from './testing/feed.js';
import { mount, questions, unmountAll } from './testing/mount.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

// A pasted snippet of two questions, and a feed that has grown to all of them since.
const snippet = (updated: string | undefined) =>
  renderFaqHtml(
    { ...feed, ...(updated ? { updated } : {}), items: feed.items.slice(0, 2) },
    { element: { src: '/faq.json' } },
  );
const serve = (updated: string | undefined) => {
  const { updated: _, ...rest } = feed;
  const fetched = updated ? { ...rest, updated } : rest;
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async () => Response.json(fetched));
};
const ids = (element: Parameters<typeof questions>[0]) =>
  questions(element).map((q) => q.dataset.id);

describe('a pre-rendered snippet beside src', () => {
  test('is replaced when the fetched feed is newer', async () => {
    const fetchMock = serve('2026-11-23');
    const element = await mount(snippet('2026-11-22'));
    expect(ids(element)).toHaveLength(2);
    await vi.waitFor(() => expect(ids(element)).toHaveLength(feed.items.length));
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  test('is kept when the fetched feed is not newer (same date, or older)', async () => {
    for (const fetched of ['2026-11-22', '2026-11-21T23:00:00Z', undefined]) {
      const fetchMock = serve(fetched);
      const element = await mount(snippet('2026-11-22'));
      await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
      await vi.waitFor(() =>
        expect(element.shadowRoot?.querySelector('[aria-busy="false"]')).not.toBeNull(),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ids(element), String(fetched)).toEqual(feed.items.slice(0, 2).map((i) => i.id));
      unmountAll();
      vi.restoreAllMocks();
    }
  });

  test('compares instants, not text: a later time on the same day is newer', async () => {
    serve('2026-11-22T10:00:00+01:00');
    const element = await mount(snippet('2026-11-22T08:00:00Z'));
    await vi.waitFor(() => expect(ids(element)).toHaveLength(feed.items.length));
  });

  test('without data-updated (an older snippet), the fetched feed replaces it', async () => {
    serve('2026-11-01');
    const element = await mount(snippet(undefined));
    await vi.waitFor(() => expect(ids(element)).toHaveLength(feed.items.length));
  });
});
