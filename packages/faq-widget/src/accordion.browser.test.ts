import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FaqToggleDetail } from './events.js';
import { feed } from './testing/feed.js';
import { focused, mount, panelOf, questions, shadow, unmountAll } from './testing/mount.js';

afterEach(unmountAll);

const withFeed = (markup = '<aira-faq></aira-faq>') =>
  mount(markup, (el) => {
    el.feed = feed;
  });

describe('APG accordion structure', () => {
  test('each question is a button alone in a heading, controlling a labelled panel', async () => {
    const element = await withFeed('<aira-faq heading-level="3"></aira-faq>');
    for (const button of questions(element)) {
      const heading = button.parentElement;
      expect(heading?.localName).toBe('h3');
      expect(heading?.children).toHaveLength(1);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      const panel = panelOf(element, button);
      expect(panel.getAttribute('aria-labelledby')).toBe(button.id);
      expect(panel.hasAttribute('hidden')).toBe(true);
    }
  });

  test('headings default to h2 and clamp to 2–6', async () => {
    const element = await withFeed('<aira-faq heading-level="9"></aira-faq>');
    expect(questions(element)[0]?.parentElement?.localName).toBe('h2');
    element.headingLevel = 6;
    await element.updateComplete;
    expect(questions(element)[0]?.parentElement?.localName).toBe('h6');
  });

  test('panels are regions when one can be open at a time, labelled groups when many can', async () => {
    const many = await withFeed();
    expect(feed.items.length).toBeGreaterThan(6);
    expect(panelOf(many, questions(many)[0] as Element).getAttribute('role')).toBe('group');
    const single = await withFeed('<aira-faq single></aira-faq>');
    expect(panelOf(single, questions(single)[0] as Element).getAttribute('role')).toBe('region');
  });

  test('closed answers use hidden="until-found" so find-in-page reaches them', async () => {
    const element = await withFeed();
    const panel = panelOf(element, questions(element)[1] as Element);
    expect(panel.getAttribute('hidden')).toBe('until-found');
    // What the browser does when find-in-page matches inside a closed answer:
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await element.updateComplete;
    expect(questions(element)[1]?.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hasAttribute('hidden')).toBe(false);
  });
});

describe('opening and closing', () => {
  test('a click toggles and fires aira-faq-toggle with a typed detail', async () => {
    const element = await withFeed();
    const details: FaqToggleDetail[] = [];
    document.addEventListener('aira-faq-toggle', (e) => details.push(e.detail));
    await userEvent.click(page.getByRole('button', { name: 'Wat kost een workshop?' }));
    const button = questions(element)[1] as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panelOf(element, button).hasAttribute('hidden')).toBe(false);
    expect(panelOf(element, button).textContent).toContain('€ 750');
    await userEvent.click(page.getByRole('button', { name: 'Wat kost een workshop?' }));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(details).toEqual([
      { id: 'wat-kost-een-workshop', ids: ['wat-kost-een-workshop'], open: true, trigger: 'user' },
      { id: 'wat-kost-een-workshop', ids: ['wat-kost-een-workshop'], open: false, trigger: 'user' },
    ]);
  });

  test('single mode closes the others and hides expand all', async () => {
    const element = await withFeed('<aira-faq single></aira-faq>');
    const [first, second] = questions(element);
    first?.click();
    await element.updateComplete;
    second?.click();
    await element.updateComplete;
    expect(first?.getAttribute('aria-expanded')).toBe('false');
    expect(second?.getAttribute('aria-expanded')).toBe('true');
    expect(shadow(element).querySelector('.control')).toBeNull();
  });

  test('expand all and collapse all', async () => {
    const element = await withFeed();
    await userEvent.click(page.getByRole('button', { name: 'Alles openen' }));
    expect(questions(element).every((q) => q.getAttribute('aria-expanded') === 'true')).toBe(true);
    await userEvent.click(page.getByRole('button', { name: 'Alles sluiten' }));
    expect(questions(element).every((q) => q.getAttribute('aria-expanded') === 'false')).toBe(true);
  });

  test('the toggle() method opens and closes by id', async () => {
    const element = await withFeed();
    expect(element.toggle('privacy-avg')).toBe(true);
    await element.updateComplete;
    expect(shadow(element).getElementById('q-privacy-avg')?.getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(element.toggle('privacy-avg', false)).toBe(false);
  });
});

describe('keyboard only', () => {
  test('Tab reaches the controls and the question buttons, not the panels', async () => {
    const element = await withFeed('<aira-faq no-search></aira-faq>');
    element.toggle('hoe-snel-starten', true);
    await element.updateComplete;
    const stops: string[] = [];
    (questions(element)[0] as HTMLElement).focus();
    for (let i = 0; i < 3; i++) {
      const active = focused(element);
      stops.push(active?.localName === 'button' ? 'button' : String(active?.localName));
      await userEvent.tab();
    }
    expect(stops).toEqual(['button', 'button', 'button']);
    for (const panel of shadow(element).querySelectorAll('.panel')) {
      expect(panel.hasAttribute('tabindex')).toBe(false);
    }
  });

  test('Enter and Space toggle; arrows, Home and End move between questions', async () => {
    const element = await withFeed();
    const buttons = questions(element);
    buttons[0]?.focus();
    await userEvent.keyboard('{Enter}');
    expect(buttons[0]?.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard(' ');
    expect(buttons[0]?.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(element)).toBe(buttons[1]);
    await userEvent.keyboard('{End}');
    expect(focused(element)).toBe(buttons.at(-1));
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(element)).toBe(buttons[0]);
    await userEvent.keyboard('{ArrowUp}');
    expect(focused(element)).toBe(buttons.at(-1));
    await userEvent.keyboard('{Home}');
    expect(focused(element)).toBe(buttons[0]);
  });

  test('a whole visit without a mouse: search, reach the question, open it, follow its link', async () => {
    const element = await withFeed();
    (shadow(element).querySelector('input') as HTMLInputElement).focus();
    await userEvent.keyboard('trainingen');
    for (let i = 0; i < 10 && !focused(element)?.classList.contains('question'); i++) {
      await userEvent.tab();
    }
    const question = focused(element) as HTMLElement;
    expect(question.textContent).toContain('Wat kost een workshop?');
    await userEvent.keyboard('{Enter}');
    expect(question.getAttribute('aria-expanded')).toBe('true');
    await userEvent.tab();
    expect(focused(element)?.textContent).toBe('onze trainingen');
  });

  test('the focused question has a visible focus ring', async () => {
    const element = await withFeed();
    const button = questions(element)[0] as HTMLElement;
    button.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowUp}');
    const style = getComputedStyle(button);
    expect(style.outlineStyle).toBe('solid');
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});
