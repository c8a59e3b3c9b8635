import { afterEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FaqSearchDetail } from './events.js';
import { feed } from './testing/feed.js';
import { mount, panelOf, questions, shadow, unmountAll } from './testing/mount.js';

afterEach(unmountAll);

const withFeed = (markup = '<aira-faq></aira-faq>') =>
  mount(markup, (el) => {
    el.feed = feed;
  });
const status = (el: Element) =>
  el.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim();

describe('search as you type', () => {
  test('filters questions and answers, ignoring case and diacritics', async () => {
    const element = await withFeed();
    await userEvent.type(page.getByRole('searchbox'), 'GEINTERESSEERD');
    // "geïnteresseerd" only occurs in the answer of this question.
    expect(questions(element).map((q) => q.dataset.id)).toEqual(['kleine-bedrijven']);
  });

  test('announces the count politely once typing pauses, and fires aira-faq-search', async () => {
    const element = await withFeed();
    const events: FaqSearchDetail[] = [];
    element.addEventListener('aira-faq-search', (e) => events.push(e.detail));
    await userEvent.type(page.getByRole('searchbox'), 'intake');
    const region = shadow(element).querySelector('[role="status"]');
    expect(region?.getAttribute('role')).toBe('status');
    // Shown at once; announced (and reported) once typing pauses.
    expect(shadow(element).querySelector('[part="status"]')?.textContent).toBe(
      '2 van 7 vragen gevonden',
    );
    await vi.waitFor(() => expect(status(element)).toBe('2 van 7 vragen gevonden'));
    expect(events).toEqual([{ query: 'intake', category: null, count: 2, total: 7 }]);
  });

  test('highlights matches in questions and answers (once typing pauses) without breaking markup', async () => {
    const element = await withFeed();
    element.toggle('wat-kost-een-workshop', true);
    await userEvent.type(page.getByRole('searchbox'), 'trainingen workshop');
    const button = questions(element)[0] as HTMLElement;
    await vi.waitFor(() => expect(button.querySelector('mark')).not.toBeNull());
    expect(Array.from(button.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['workshop']);
    const panel = panelOf(element, button);
    const link = panel.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://aira.example/trainingen');
    expect(link?.querySelector('mark')?.textContent).toBe('trainingen');
    expect(panel.querySelector('strong')?.textContent).toBe('€ 750');
    await userEvent.clear(page.getByRole('searchbox'));
    await vi.waitFor(() => expect(shadow(element).querySelectorAll('mark')).toHaveLength(0));
    expect(panel.querySelector('a')?.textContent).toBe('onze trainingen');
  });

  test('no results: a message, the host slot for a contact link, and an announcement', async () => {
    const element = await withFeed(
      '<aira-faq><a slot="no-results" href="/contact">Stel uw vraag</a></aira-faq>',
    );
    await userEvent.type(page.getByRole('searchbox'), 'blockchain');
    const empty = shadow(element).querySelector('[part="no-results"]');
    expect(empty?.textContent).toContain('Geen vragen gevonden voor ‘blockchain’');
    const slot = empty?.querySelector('slot[name="no-results"]') as HTMLSlotElement;
    expect(slot.assignedElements()[0]?.textContent).toBe('Stel uw vraag');
    await expect.element(page.getByRole('link', { name: 'Stel uw vraag' })).toBeVisible();
    await vi.waitFor(() => expect(status(element)).toBe('Geen vragen gevonden voor ‘blockchain’.'));
    // No stale count and no empty list beside the message.
    expect(shadow(element).querySelector('[part="status"]')?.textContent).toBe('');
    expect(shadow(element).querySelector('.list')?.hasAttribute('hidden')).toBe(true);
  });

  test('no-search hides the field', async () => {
    const element = await withFeed('<aira-faq no-search></aira-faq>');
    expect(shadow(element).querySelector('input')).toBeNull();
  });
});

describe('categories', () => {
  test('chips filter by category and say which one is pressed', async () => {
    const element = await withFeed();
    const events: FaqSearchDetail[] = [];
    element.addEventListener('aira-faq-search', (e) => events.push(e.detail));
    await userEvent.click(page.getByRole('button', { name: 'Privacy', exact: true }));
    expect(questions(element).map((q) => q.dataset.id)).toEqual(['privacy-avg']);
    await expect
      .element(page.getByRole('button', { name: 'Privacy', exact: true }))
      .toHaveAttribute('aria-pressed', 'true');
    expect(events.at(-1)).toEqual({ query: '', category: 'privacy', count: 1, total: 7 });
    await vi.waitFor(() => expect(status(element)).toBe('1 van 7 vragen gevonden'));
    await userEvent.click(page.getByRole('button', { name: 'Alle onderwerpen' }));
    expect(questions(element)).toHaveLength(7);
  });

  test('the category attribute preselects one; an unknown id shows all', async () => {
    const element = await withFeed('<aira-faq category="kosten"></aira-faq>');
    expect(questions(element).map((q) => q.dataset.id)).toEqual([
      'wat-kost-een-workshop',
      'kleine-bedrijven',
      'pilot-duur',
    ]);
    const other = await withFeed('<aira-faq category="bestaat-niet"></aira-faq>');
    expect(questions(other)).toHaveLength(7);
  });

  test('no chips when the feed has no categories', async () => {
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.items = feed.items;
    });
    expect(shadow(element).querySelector('.chip')).toBeNull();
  });
});

describe('ids attribute', () => {
  test('shows only the named questions in that order, with the chips they use', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await withFeed(
      '<aira-faq ids="pilot-duur, privacy-avg bestaat-niet wat-kost-een-workshop"></aira-faq>',
    );
    expect(questions(element).map((q) => q.dataset.id)).toEqual([
      'pilot-duur',
      'privacy-avg',
      'wat-kost-een-workshop',
    ]);
    const chips = Array.from(shadow(element).querySelectorAll('.chip'), (c) =>
      c.textContent?.trim(),
    );
    expect(chips.slice(1)).toEqual(['Kosten', 'Privacy']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('bestaat-niet'));
    warn.mockRestore();
  });

  test('follows a change of the attribute, and the FAQPage JSON-LD holds what is shown', async () => {
    const element = await withFeed('<aira-faq jsonld ids="gratis-intake"></aira-faq>');
    const faqPage = () =>
      JSON.parse(document.getElementById('aira-faq-jsonld')?.textContent ?? '{"mainEntity":[]}');
    await vi.waitFor(() => expect(faqPage().mainEntity).toHaveLength(1));
    element.setAttribute('ids', 'hoe-snel-starten alleen-randstad');
    await element.updateComplete;
    expect(questions(element).map((q) => q.dataset.id)).toEqual([
      'hoe-snel-starten',
      'alleen-randstad',
    ]);
    await vi.waitFor(() => expect(faqPage().mainEntity).toHaveLength(2));
    element.removeAttribute('ids');
    await element.updateComplete;
    expect(questions(element)).toHaveLength(7);
  });
});
