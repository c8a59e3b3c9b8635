import { afterEach, describe, expect, test, vi } from 'vitest';
import { AiraFaq } from './element.js';
import { renderFaqHtml } from './render-faq-html.js';
import { feed } from './testing/feed.js';
import { jsonUrl, mount, questions, shadow, unmountAll } from './testing/mount.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const texts = (element: AiraFaq) => questions(element).map((q) => q.textContent?.trim());

describe('data sources', () => {
  test('the feed property', async () => {
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = feed;
    });
    expect(texts(element)).toEqual(feed.items.map((item) => item.question));
  });

  test('the items property, whatever the page language looks like', async () => {
    const element = await mount('<aira-faq lang="x-onbekend"></aira-faq>', (el) => {
      el.items = feed.items.slice(0, 2);
    });
    expect(questions(element)).toHaveLength(2);
  });

  test('the items property', async () => {
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.items = feed.items.slice(0, 2);
    });
    expect(texts(element)).toEqual([feed.items[0]?.question, feed.items[1]?.question]);
  });

  test('an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(feed).replace(/</g, '\\u003c');
    const element = await mount(
      `<aira-faq><script type="application/json">${json}</script></aira-faq>`,
    );
    expect(questions(element)).toHaveLength(feed.items.length);
  });

  test('pre-rendered <details> markup from renderFaqHtml is read and enhanced', async () => {
    const element = await mount(renderFaqHtml(feed));
    expect(texts(element)).toEqual(feed.items.map((item) => item.question));
    // The answer keeps its link and emphasis after the round trip through renderAnswer.
    const panel = shadow(element).getElementById('a-wat-kost-een-workshop');
    expect(panel?.querySelector('strong')?.textContent).toBe('€ 750');
    expect(panel?.querySelector('a')?.getAttribute('href')).toBe('https://aira.example/trainingen');
    // Categories come along through data-category(-label).
    const chips = Array.from(shadow(element).querySelectorAll('.chip'), (c) =>
      c.textContent?.trim(),
    );
    expect(chips).toEqual(['Alle onderwerpen', 'Starten', 'Kosten', 'Privacy']);
  });

  test('an item language survives the round trip through the markup', async () => {
    const mixed = {
      ...feed,
      items: [
        { id: 'english', question: 'Do you train in English?', answer: 'Yes.', locale: 'en' },
      ],
    };
    const element = await mount(renderFaqHtml({ ...mixed, categories: undefined }));
    expect(shadow(element).querySelector('.item')?.getAttribute('lang')).toBe('en');
  });

  test('markup added after upgrade (as frameworks do) is picked up', async () => {
    const element = await mount('<aira-faq></aira-faq>');
    element.insertAdjacentHTML(
      'beforeend',
      '<details id="later"><summary>Later toegevoegd?</summary><p>Ja.</p></details>',
    );
    await vi.waitFor(() => expect(texts(element)).toEqual(['Later toegevoegd?']));
  });

  test('a src URL is fetched and validated', async () => {
    const element = await mount(`<aira-faq src="${jsonUrl(feed)}"></aira-faq>`);
    await vi.waitFor(() => expect(questions(element)).toHaveLength(feed.items.length));
  });

  test('changing src aborts the previous request and shows only the new feed', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    });
    const element = await mount(`<aira-faq src="${jsonUrl(feed)}"></aira-faq>`);
    const second = { ...feed, items: feed.items.slice(0, 1) };
    element.src = jsonUrl(second);
    await vi.waitFor(() => expect(questions(element)).toHaveLength(1));
    expect(signals).toHaveLength(2);
    expect(signals[0]?.aborted).toBe(true);
  });

  test('removing the element aborts its request', async () => {
    let signal: AbortSignal | undefined;
    vi.spyOn(globalThis, 'fetch').mockImplementation((_input, init) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    });
    const element = await mount('<aira-faq src="/never.json"></aira-faq>');
    expect(signal?.aborted).toBe(false);
    element.remove();
    expect(signal?.aborted).toBe(true);
  });

  test('moving the element keeps its data; a load cut off by removal starts again', async () => {
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => Response.json(feed));
    const element = await mount('<aira-faq src="/faq.json"></aira-faq>');
    await vi.waitFor(() => expect(questions(element)).toHaveLength(feed.items.length));
    element.toggle('pilot-duur', true);
    document.body.append(element);
    await element.updateComplete;
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(shadow(element).getElementById('q-pilot-duur')?.getAttribute('aria-expanded')).toBe(
      'true',
    );
    element.remove();

    fetchMock.mockImplementation(() => new Promise(() => {}));
    const cut = await mount('<aira-faq src="/faq.json"></aira-faq>');
    cut.remove();
    fetchMock.mockImplementation(async () => Response.json(feed));
    document.body.append(cut);
    await vi.waitFor(() => expect(questions(cut)).toHaveLength(feed.items.length));
    cut.remove();
  });

  test('while src loads, pre-rendered markup stays usable', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise(() => {}));
    const element = await mount(renderFaqHtml(feed, { element: { src: '/faq.json' } }));
    expect(questions(element)).toHaveLength(feed.items.length);
    expect(shadow(element).querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Vragen laden…',
    );
  });
});

describe('errors', () => {
  test('a failing src shows an alert with a retry button that fetches again', async () => {
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response('nope', { status: 503 }))
      .mockResolvedValueOnce(Response.json(feed));
    const errors: unknown[] = [];
    document.addEventListener('aira-faq-error', (e) => errors.push(e.detail), { once: true });
    const element = await mount('<aira-faq src="/faq.json"></aira-faq>');
    const alert = await vi.waitFor(() => {
      const found = shadow(element).querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toContain('De vragen konden niet worden geladen (HTTP 503)');
    expect(errors).toEqual([
      expect.objectContaining({ kind: 'http', status: 503, src: '/faq.json' }),
    ]);
    alert.querySelector('button')?.click();
    await vi.waitFor(() => expect(questions(element)).toHaveLength(feed.items.length));
    expect(shadow(element).querySelector('[role="alert"]')).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  test('a retry that fails again is announced again', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('', { status: 500 }));
    const element = await mount('<aira-faq src="/faq.json"></aira-faq>');
    await vi.waitFor(() => expect(shadow(element).querySelector('[role="alert"]')).not.toBeNull());
    const status = () => shadow(element).querySelector('[role="status"]')?.textContent?.trim();
    expect(status()).toBe('');
    shadow(element).querySelector<HTMLButtonElement>('.retry')?.click();
    await vi.waitFor(() =>
      expect(status()).toContain('De vragen konden niet worden geladen (HTTP 500)'),
    );
  });

  test('a network failure and a feed that is not JSON give readable alerts', async () => {
    const revoked = jsonUrl(feed);
    URL.revokeObjectURL(revoked);
    const a = await mount(`<aira-faq src="${revoked}"></aira-faq>`);
    await vi.waitFor(() => expect(shadow(a).querySelector('[role="alert"]')).not.toBeNull());
    const b = await mount('<aira-faq src="data:application/json,{oops"></aira-faq>');
    await vi.waitFor(() => expect(shadow(b).querySelector('[role="alert"]')).not.toBeNull());
    expect(shadow(b).querySelector('[role="alert"] p')?.textContent).toContain(
      'niet worden geladen',
    );
  });

  test('an invalid feed fires aira-faq-error with the issues and shows no questions', async () => {
    const errors: Array<{ kind: string; issues?: unknown[] }> = [];
    document.addEventListener('aira-faq-error', (e) => errors.push(e.detail), { once: true });
    const bad = {
      version: 1,
      locale: 'nl-NL',
      items: [{ id: 'Not A Slug', question: '', answer: 'x' }],
    };
    const element = await mount(`<aira-faq src="${jsonUrl(bad)}"></aira-faq>`);
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]?.kind).toBe('invalid');
    expect(errors[0]?.issues?.length).toBeGreaterThan(0);
    expect(shadow(element).querySelector('[role="alert"] p')?.textContent).toContain(
      'fouten bevat',
    );
    expect(questions(element)).toHaveLength(0);
  });

  test('an invalid property value is reported, not thrown', async () => {
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = { version: 2 } as never;
    });
    expect(shadow(element).querySelector('[role="alert"]')).not.toBeNull();
  });
});

describe('definition', () => {
  test('defining the element twice (two script tags) does not throw', async () => {
    const { defineAiraFaq } = await import('./define.js');
    expect(() => defineAiraFaq()).not.toThrow();
    expect(customElements.get('aira-faq')).toBe(AiraFaq);
    expect(document.createElement('aira-faq')).toBeInstanceOf(AiraFaq);
  });
});
