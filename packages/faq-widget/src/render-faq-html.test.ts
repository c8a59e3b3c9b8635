import { describe, expect, test } from 'vitest';
import { FaqLoadError } from './data/load-error.js';
import { renderFaqHtml } from './server.js';
import { feed } from './testing/feed.js';

describe('renderFaqHtml', () => {
  test('wraps <details> per question in <aira-faq>, answers rendered by renderAnswer', () => {
    const html = renderFaqHtml(feed);
    expect(html.startsWith('<aira-faq lang="nl-NL">\n<details id="hoe-snel-starten"')).toBe(true);
    expect(html.endsWith('</aira-faq>')).toBe(true);
    expect(html.match(/<details /g)).toHaveLength(feed.items.length);
    expect(html).toContain('<summary>Wat kost een workshop?</summary>');
    expect(html).toContain('<strong>€ 750</strong>');
    expect(html).toContain(
      '<a href="https://aira.example/trainingen" rel="noopener">onze trainingen</a>',
    );
    expect(html).toContain('data-category="kosten" data-category-label="Kosten"');
  });

  test('element attributes, no wrapper, and open items', () => {
    expect(
      renderFaqHtml(feed, { element: { single: true, 'heading-level': 3, jsonld: false } }),
    ).toMatch(/^<aira-faq lang="nl-NL" single heading-level="3">/);
    const bare = renderFaqHtml(feed, { element: false, open: ['pilot-duur'] });
    expect(bare.startsWith('<details')).toBe(true);
    expect(bare).toContain(
      '<details id="pilot-duur" data-category="kosten" data-category-label="Kosten" open>',
    );
  });

  test('escapes every text and attribute, so a hostile feed stays text', () => {
    const hostile = {
      version: 1 as const,
      locale: 'nl-NL',
      categories: [{ id: 'x', label: '"><script>alert(1)</script>' }],
      items: [
        {
          id: 'aanval',
          question: '<img src=x onerror=alert(1)>',
          answer: '<script>alert(1)</script> [klik](javascript:alert(1))',
          category: 'x',
        },
      ],
    };
    const html = renderFaqHtml(hostile, { element: { src: '"><script>' } });
    expect(html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('data-category-label="&quot;&gt;&lt;script&gt;');
  });

  test('optionally appends the FAQPage JSON-LD, safe to inline', () => {
    const html = renderFaqHtml(
      { ...feed, items: [{ id: 'x', question: 'Werkt </script> hier?', answer: 'Ja.' }] },
      { jsonld: true, url: 'https://aira.example/faq' },
    );
    const match = /<script type="application\/ld\+json">(.*)<\/script>$/s.exec(html);
    expect(match).not.toBeNull();
    expect(match?.[1]).not.toContain('</script>');
    const data = JSON.parse(match?.[1] ?? '');
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity[0].name).toBe('Werkt </script> hier?');
    expect(JSON.stringify(data)).toContain('https://aira.example/faq');
  });

  test('runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(renderFaqHtml(feed).length).toBeGreaterThan(100);
  });

  test('refuses an invalid feed with the element’s clear error, naming the field', () => {
    const bad = { ...feed, items: [{ id: 'Bad Id', question: '', answer: 'x' }] };
    expect(() => renderFaqHtml(bad as never)).toThrow(FaqLoadError);
    expect(() => renderFaqHtml(bad as never)).toThrow(
      /^\[@aira\/faq-widget\] the FAQ feed from renderFaqHtml's feed argument is not valid \(items\.0\.id: must be a slug.*received "Bad Id".*items\.0\.question: must not be empty/,
    );
    for (const input of [{ foo: 1 }, null, undefined, 'feed', []]) {
      let error: unknown;
      try {
        renderFaqHtml(input as never);
      } catch (caught) {
        error = caught;
      }
      expect(error, JSON.stringify(input)).toBeInstanceOf(FaqLoadError);
      expect((error as FaqLoadError).kind).toBe('invalid');
      expect((error as FaqLoadError).extra.issues?.length).toBeGreaterThan(0);
    }
  });

  test('renders the validated feed: unknown fields are not carried along', () => {
    const extra = { ...feed, items: [{ ...feed.items[0], onclick: 'x' }] };
    expect(renderFaqHtml(extra as never)).not.toContain('onclick');
  });

  test('writes the feed’s updated date on the wrapper as data-updated', () => {
    expect(renderFaqHtml({ ...feed, updated: '2026-11-22' })).toMatch(
      /^<aira-faq lang="nl-NL" data-updated="2026-11-22">/,
    );
    expect(renderFaqHtml(feed)).not.toContain('data-updated');
    expect(renderFaqHtml({ ...feed, updated: '2026-11-22' }, { element: false })).not.toContain(
      'data-updated',
    );
  });
});
