import { afterEach, describe, expect, test, vi } from 'vitest';
import { feed } from './testing/feed.js';
import { jsonUrl, mount, questions, shadow, unmountAll } from './testing/mount.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const alert = (element: Element) => element.shadowRoot?.querySelector('[role="alert"]');
const ldScripts = () => document.querySelectorAll('script[type="application/ld+json"]');
const flush = () => new Promise((resolve) => setTimeout(resolve));

/** A response whose headers arrive but whose body never ends. */
const endless = () =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"version":1,'));
      },
    }),
    { headers: { 'content-type': 'application/json' } },
  );

describe('timeout', () => {
  test('a response that never ends becomes a timeout error; retry loads the feed', async () => {
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementationOnce(async () => endless())
      .mockImplementationOnce(async () => Response.json(feed));
    const errors: Array<{ kind: string; message: string }> = [];
    document.addEventListener('aira-faq-error', (e) => errors.push(e.detail), { once: true });
    const element = await mount('<aira-faq src="/faq.json" timeout="0.05"></aira-faq>');
    await vi.waitFor(() => expect(alert(element)).toBeTruthy());
    expect(errors).toEqual([expect.objectContaining({ kind: 'timeout', src: '/faq.json' })]);
    expect(errors[0]?.message).toMatch(/\[@aira\/faq-widget\].*0\.05 s.*timeout/);
    expect(alert(element)?.textContent).toContain('duurde te lang');
    expect(shadow(element).querySelector('[part="status"]')?.textContent?.trim()).toBe('');
    shadow(element).querySelector<HTMLButtonElement>('.retry')?.click();
    await vi.waitFor(() => expect(questions(element)).toHaveLength(feed.items.length));
    expect(alert(element)).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  test('a request that never answers times out too, and the request is aborted', async () => {
    let signal: AbortSignal | undefined;
    vi.spyOn(globalThis, 'fetch').mockImplementation((_input, init) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    });
    const element = await mount('<aira-faq src="/faq.json" timeout="0.05"></aira-faq>');
    await vi.waitFor(() => expect(alert(element)).toBeTruthy());
    expect(signal?.aborted).toBe(true);
  });

  test('defaults to 15 seconds', async () => {
    const element = await mount('<aira-faq></aira-faq>');
    expect(element.timeout).toBe(15);
  });
});

describe('only the current inputs are shown', () => {
  test('switching src to a URL that fails clears the old questions and their JSON-LD', async () => {
    const element = await mount(`<aira-faq jsonld src="${jsonUrl(feed)}"></aira-faq>`);
    await vi.waitFor(() => expect(questions(element)).toHaveLength(feed.items.length));
    await element.updateComplete;
    await flush();
    expect(ldScripts()).toHaveLength(1);
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('', { status: 404 }));
    element.src = '/gone.json';
    await vi.waitFor(() => expect(alert(element)).toBeTruthy());
    expect(questions(element)).toHaveLength(0);
    await flush();
    expect(ldScripts()).toHaveLength(0);
  });

  test('removing src clears the questions and their JSON-LD', async () => {
    const element = await mount(`<aira-faq jsonld src="${jsonUrl(feed)}"></aira-faq>`);
    await vi.waitFor(() => expect(questions(element)).toHaveLength(feed.items.length));
    element.removeAttribute('src');
    await element.updateComplete;
    expect(questions(element)).toHaveLength(0);
    await flush();
    expect(ldScripts()).toHaveLength(0);
  });

  test('while a new src loads, the old feed is not shown', async () => {
    const element = await mount(`<aira-faq src="${jsonUrl(feed)}"></aira-faq>`);
    await vi.waitFor(() => expect(questions(element)).toHaveLength(feed.items.length));
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise(() => {}));
    element.src = '/slow.json';
    await element.updateComplete;
    expect(questions(element)).toHaveLength(0);
  });

  test('retrying the same src keeps the questions until the answer comes', async () => {
    const element = await mount(`<aira-faq src="${jsonUrl(feed)}"></aira-faq>`);
    await vi.waitFor(() => expect(questions(element)).toHaveLength(feed.items.length));
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise(() => {}));
    element.reload();
    await element.updateComplete;
    expect(questions(element)).toHaveLength(feed.items.length);
  });

  test('an invalid feed property after a valid one clears the questions', async () => {
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = feed;
    });
    element.feed = { version: 1, locale: 'nl-NL', items: [{ id: 'Bad Id' }] } as never;
    await element.updateComplete;
    expect(alert(element)).toBeTruthy();
    expect(questions(element)).toHaveLength(0);
  });

  test('a failing src next to pre-rendered markup keeps the markup questions', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('', { status: 500 }));
    const element = await mount(
      '<aira-faq src="/faq.json"><details id="een"><summary>Een vraag?</summary><p>Ja.</p></details></aira-faq>',
    );
    await vi.waitFor(() => expect(alert(element)).toBeTruthy());
    expect(questions(element).map((q) => q.dataset.id)).toEqual(['een']);
  });
});
