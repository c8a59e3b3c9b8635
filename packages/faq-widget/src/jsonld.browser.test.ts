import { afterEach, describe, expect, test, vi } from 'vitest';
import { feed } from './testing/feed.js';
import { mount, unmountAll } from './testing/mount.js';

afterEach(() => {
  unmountAll();
  for (const script of document.querySelectorAll('script[data-test-own]')) script.remove();
});

const scripts = () => Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
const graph = () => JSON.parse(scripts()[0]?.textContent ?? 'null');
const flush = () => new Promise((resolve) => setTimeout(resolve));

const part = (ids: string[]) => ({ ...feed, items: feed.items.filter((i) => ids.includes(i.id)) });

describe('jsonld attribute', () => {
  test('adds one FAQPage for the page and removes it with the element', async () => {
    const element = await mount('<aira-faq jsonld></aira-faq>', (el) => {
      el.feed = feed;
    });
    await flush();
    expect(scripts()).toHaveLength(1);
    const data = graph();
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity).toHaveLength(feed.items.length);
    expect(data.mainEntity[0].name).toBe(feed.items[0]?.question);
    expect(data.url ?? data['@id']).toContain(location.pathname);
    element.remove();
    await flush();
    expect(scripts()).toHaveLength(0);
  });

  test('survives moving the element in the page', async () => {
    const element = await mount('<aira-faq jsonld></aira-faq>', (el) => {
      el.feed = feed;
    });
    await flush();
    document.body.prepend(element);
    await element.updateComplete;
    await flush();
    expect(scripts()).toHaveLength(1);
    element.remove();
    await flush();
    expect(scripts()).toHaveLength(0);
  });

  test('is not rewritten when the element re-renders', async () => {
    const element = await mount('<aira-faq jsonld></aira-faq>', (el) => {
      el.feed = feed;
    });
    await flush();
    const script = scripts()[0];
    const observer = vi.fn();
    const watch = new MutationObserver(observer);
    watch.observe(document.head, { childList: true, subtree: true, characterData: true });
    element.expandAll();
    element.toggle('pilot-duur', false);
    element.headingLevel = 3;
    await element.updateComplete;
    await flush();
    watch.disconnect();
    expect(observer).not.toHaveBeenCalled();
    expect(scripts()[0]).toBe(script);
  });

  test('several elements share one merged FAQPage; a shared question counts once', async () => {
    const a = await mount('<aira-faq jsonld></aira-faq>', (el) => {
      el.feed = part(['hoe-snel-starten', 'wat-kost-een-workshop']);
    });
    await mount('<aira-faq jsonld></aira-faq>', (el) => {
      el.feed = part(['wat-kost-een-workshop', 'privacy-avg']);
    });
    await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = part(['pilot-duur']);
    });
    await flush();
    expect(scripts()).toHaveLength(1);
    expect(graph().mainEntity.map((q: { name: string }) => q.name)).toEqual([
      'Hoe snel kunnen we starten?',
      'Wat kost een workshop?',
      'Hoe gaan jullie om met privacy en de AVG?',
    ]);
    a.remove();
    await flush();
    expect(graph().mainEntity).toHaveLength(2);
  });

  test('adds nothing when the page already has an FAQPage of its own', async () => {
    const own = document.createElement('script');
    own.type = 'application/ld+json';
    own.dataset.testOwn = '';
    own.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'FAQPage' }],
    });
    document.head.append(own);
    await mount('<aira-faq jsonld></aira-faq>', (el) => {
      el.feed = feed;
    });
    await flush();
    expect(scripts()).toEqual([own]);
  });

  test('steps back when the page adds an FAQPage of its own later, and returns when it goes', async () => {
    await mount('<aira-faq jsonld></aira-faq>', (el) => {
      el.feed = feed;
    });
    await flush();
    expect(scripts().map((s) => s.id)).toEqual(['aira-faq-jsonld']);
    // As a tag manager does it: an empty script first, its text a moment later, in the body.
    const own = document.createElement('script');
    own.type = 'application/ld+json';
    own.dataset.testOwn = '';
    document.body.append(own);
    await flush();
    own.textContent = JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage' });
    await expect.poll(() => scripts()).toEqual([own]);
    own.remove();
    await expect.poll(() => scripts().map((s) => s.id)).toEqual(['aira-faq-jsonld']);
  });

  test('without the attribute nothing is added', async () => {
    await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = feed;
    });
    await flush();
    expect(scripts()).toHaveLength(0);
  });
});

describe('the host page’s own FAQPage, in every form it comes in', () => {
  const jsonLd = (data: unknown) => {
    const own = document.createElement('script');
    own.type = 'application/ld+json';
    own.textContent = JSON.stringify(data);
    return own;
  };
  const markup = (html: string) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    return div;
  };
  const forms: Array<[string, () => HTMLElement]> = [
    ['@type as a full IRI', () => jsonLd({ '@type': 'https://schema.org/FAQPage' })],
    ['@type as an http IRI', () => jsonLd({ '@type': 'http://schema.org/FAQPage' })],
    ['@type as a compact IRI', () => jsonLd({ '@type': 'schema:FAQPage' })],
    ['@type as an array', () => jsonLd({ '@type': ['WebPage', 'FAQPage'] })],
    [
      'inside @graph, typed by IRI',
      () => jsonLd({ '@graph': [{ '@type': 'Organization' }, { '@type': ['schema:FAQPage'] }] }),
    ],
    [
      'as mainEntity of a WebPage',
      () =>
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'WebPage',
          mainEntity: { '@type': 'FAQPage', mainEntity: [] },
        }),
    ],
    ['a top-level array of nodes', () => jsonLd([{ '@type': 'WebSite' }, { '@type': 'FAQPage' }])],
    [
      'microdata itemtype (http, with a second type)',
      () =>
        markup(
          '<div itemscope itemtype="http://schema.org/FAQPage https://schema.org/WebPage"></div>',
        ),
    ],
    [
      'microdata itemtype with a trailing slash-less https IRI',
      () => markup('<section itemscope itemtype="https://schema.org/FAQPage"></section>'),
    ],
    [
      'RDFa typeof="FAQPage"',
      () => markup('<div vocab="https://schema.org/" typeof="FAQPage"></div>'),
    ],
    [
      'RDFa typeof="schema:FAQPage" among other types',
      () =>
        markup(
          '<div prefix="schema: https://schema.org/" typeof="schema:WebPage schema:FAQPage"></div>',
        ),
    ],
  ];

  test.each(forms)('%s: the widget adds no second FAQPage', async (_name, make) => {
    const own = make();
    own.dataset.testOwn = '';
    (own instanceof HTMLScriptElement ? document.head : document.body).append(own);
    try {
      await mount('<aira-faq jsonld></aira-faq>', (el) => {
        el.feed = feed;
      });
      await flush();
      expect(document.getElementById('aira-faq-jsonld')).toBeNull();
    } finally {
      own.remove();
    }
  });

  test('a page whose JSON-LD only mentions FAQPage elsewhere still gets ours', async () => {
    const own = jsonLd({ '@type': 'WebPage', name: 'FAQPage', about: { '@type': 'Thing' } });
    own.dataset.testOwn = '';
    document.head.append(own);
    try {
      await mount('<aira-faq jsonld></aira-faq>', (el) => {
        el.feed = feed;
      });
      await flush();
      expect(document.getElementById('aira-faq-jsonld')).not.toBeNull();
    } finally {
      own.remove();
    }
  });
});
