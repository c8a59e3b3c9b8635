import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { AiraFaq } from './element.js';
import { FAQ_STRINGS } from './i18n.js';
import { feed } from './testing/feed.js';
import { mount, questions, shadow, unmountAll } from './testing/mount.js';

afterEach(unmountAll);

const withFeed = (markup = '<aira-faq></aira-faq>') =>
  mount(markup, (el) => {
    el.feed = feed;
  });

async function violations(element: AiraFaq): Promise<string[]> {
  await element.updateComplete;
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe('axe-core finds no violations', () => {
  test('default state', async () => {
    const element = await withFeed();
    expect(await violations(element)).toEqual([]);
  });

  test('filtered state, with matches highlighted', async () => {
    const element = await withFeed();
    await userEvent.click(page.getByRole('button', { name: 'Kosten', exact: true }));
    await userEvent.type(page.getByRole('searchbox'), 'pilot');
    expect(questions(element)).toHaveLength(1);
    expect(await violations(element)).toEqual([]);
  });

  test('every answer expanded, in single mode (regions) and few questions', async () => {
    const element = await withFeed();
    element.expandAll();
    expect(await violations(element)).toEqual([]);
    const few = await mount('<aira-faq single></aira-faq>', (el) => {
      el.items = feed.items.slice(0, 3);
    });
    few.toggle('hoe-snel-starten', true);
    expect(await violations(few)).toEqual([]);
  });

  test('no-results and error states', async () => {
    const element = await withFeed(
      '<aira-faq><a slot="no-results" href="/contact">Contact</a></aira-faq>',
    );
    await userEvent.type(page.getByRole('searchbox'), 'xyzzy');
    expect(await violations(element)).toEqual([]);
    const broken = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = { version: 1 } as never;
    });
    expect(await violations(broken)).toEqual([]);
  });
});

describe('targets and layout', () => {
  test('every button is at least 24×24 px', async () => {
    const element = await withFeed();
    for (const button of shadow(element).querySelectorAll('button')) {
      const { width, height } = button.getBoundingClientRect();
      expect(Math.min(width, height), button.textContent ?? '').toBeGreaterThanOrEqual(24);
    }
  });

  test('no horizontal scroll at 320 px, even with a long unbreakable word', async () => {
    const element = await mount('<div style="width:320px"><aira-faq></aira-faq></div>', (el) => {
      el.feed = {
        ...feed,
        items: [
          ...feed.items,
          {
            id: 'lang-woord',
            question: 'Arbeidsongeschiktheidsverzekeringsmaatschappijbeleid?',
            answer: 'https://aira.example/een/heel/lang/pad/zonder/spaties/ertussen/dat/doorloopt',
          },
        ],
      };
    });
    element.expandAll();
    await element.updateComplete;
    const host = element.getBoundingClientRect();
    expect(host.width).toBeLessThanOrEqual(320);
    for (const node of shadow(element).querySelectorAll('*')) {
      expect(node.getBoundingClientRect().right, node.localName).toBeLessThanOrEqual(
        host.right + 0.5,
      );
    }
  });
});

describe('motion and contrast preferences', () => {
  const rules = (element: Element) =>
    (element.shadowRoot?.adoptedStyleSheets ?? []).flatMap((sheet) => Array.from(sheet.cssRules));
  const media = (element: Element, condition: string) =>
    rules(element)
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.replace(/\s/g, '') === condition)
      .map((rule) => Array.from(rule.cssRules, (r) => r.cssText).join('\n'))
      .join('\n');

  test('reduced motion switches off the animations and smooth scrolling', async () => {
    const element = await withFeed();
    const reduced = media(element, '(prefers-reduced-motion:reduce)');
    expect(reduced).toMatch(/\.answer \{ animation: [^;]*none/);
    expect(reduced).toMatch(/\.icon \{ transition: none/);
    const real = window.matchMedia;
    const scrolls: ScrollIntoViewOptions[] = [];
    const button = () => shadow(element).getElementById('q-pilot-duur') as HTMLElement;
    try {
      window.matchMedia = ((query: string) => ({ matches: query.includes('reduce') })) as never;
      const spy = (options?: boolean | ScrollIntoViewOptions) => {
        if (typeof options === 'object') scrolls.push(options);
      };
      await element.updateComplete;
      button().scrollIntoView = spy;
      location.hash = '#pilot-duur';
      await expect.poll(() => scrolls.length).toBe(1);
      expect(scrolls[0]?.behavior).toBe('auto');
    } finally {
      window.matchMedia = real;
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  test('forced colors keep the selected category and the matches visible', async () => {
    const element = await withFeed();
    const forced = media(element, '(forced-colors:active)');
    expect(forced).toMatch(/\.chip\[aria-pressed="true"\] \{[^}]*background: highlight/i);
    expect(forced).toMatch(/mark \{[^}]*background: mark/i);
  });
});

describe('language', () => {
  test('Dutch by default, English from lang, any string overridable', async () => {
    const nl = await withFeed();
    expect(shadow(nl).querySelector('label')?.textContent).toBe(FAQ_STRINGS.nl.searchLabel);
    const en = await withFeed('<aira-faq lang="en"></aira-faq>');
    expect(shadow(en).querySelector('label')?.textContent).toBe(FAQ_STRINGS.en.searchLabel);
    const custom = await withFeed(
      `<aira-faq strings='{"expandAll":"Toon alle antwoorden"}'></aira-faq>`,
    );
    expect(shadow(custom).querySelector('.control')?.textContent?.trim()).toBe(
      'Toon alle antwoorden',
    );
  });

  test('follows a lang change on the element', async () => {
    const element = await withFeed();
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(shadow(element).querySelector('.control')?.textContent?.trim()).toBe('Expand all');
  });

  test('renders right-to-left when the page is rtl', async () => {
    const element = await withFeed('<div dir="rtl"><aira-faq></aira-faq></div>');
    const button = questions(element)[0] as HTMLElement;
    const icon = button.querySelector('.icon') as HTMLElement;
    const text = button.querySelector('span') as HTMLElement;
    expect(icon.getBoundingClientRect().right).toBeLessThan(text.getBoundingClientRect().left);
  });
});
