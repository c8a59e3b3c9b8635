import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FaqToggleDetail } from './events.js';
import { feed, manyItems } from './testing/feed.js';
import { focused, mount, questions, shadow, unmountAll } from './testing/mount.js';

const start = location.href;
beforeEach(() => history.replaceState(null, '', start));
afterEach(() => {
  unmountAll();
  history.replaceState(null, '', start);
});

const withFeed = (markup = '<aira-faq></aira-faq>') =>
  mount(markup, (el) => {
    el.feed = feed;
  });
const button = (el: Element, id: string) => el.shadowRoot?.getElementById(`q-${id}`);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('deep links', () => {
  test('a #id in the URL on load opens that question and focuses it', async () => {
    history.replaceState(null, '', '#pilot-duur');
    const element = await withFeed();
    await element.updateComplete;
    await nextFrame();
    expect(button(element, 'pilot-duur')?.getAttribute('aria-expanded')).toBe('true');
    expect(focused(element)).toBe(button(element, 'pilot-duur'));
  });

  test('hashchange opens, scrolls to and focuses the question, clearing a filter that hid it', async () => {
    const element = await withFeed();
    const toggles: FaqToggleDetail[] = [];
    element.addEventListener('aira-faq-toggle', (e) => toggles.push(e.detail));
    await userEvent.type(page.getByRole('searchbox'), 'randstad');
    expect(questions(element)).toHaveLength(1);
    location.hash = '#privacy-avg';
    await expect.poll(() => focused(element)).toBe(button(element, 'privacy-avg'));
    expect(questions(element)).toHaveLength(7);
    expect(shadow(element).querySelector('input')?.value).toBe('');
    expect(toggles).toEqual([
      { id: 'privacy-avg', ids: ['privacy-avg'], open: true, trigger: 'hash' },
    ]);
  });

  test('keeps --aira-faq-scroll-margin free above the question, for a sticky header', async () => {
    history.replaceState(null, '', '#vraag-40');
    const element = await mount(
      '<aira-faq style="--aira-faq-scroll-margin: 80px"></aira-faq>',
      (el) => {
        el.feed = manyItems(60);
      },
    );
    await expect.poll(() => focused(element)).toBe(button(element, 'vraag-40'));
    await expect
      .poll(() => Math.round(button(element, 'vraag-40')?.getBoundingClientRect().top ?? -1))
      .toBe(80);
  });

  test('an unknown hash is ignored', async () => {
    history.replaceState(null, '', '#bestaat-niet');
    const element = await withFeed();
    await nextFrame();
    expect(questions(element).every((q) => q.getAttribute('aria-expanded') === 'false')).toBe(true);
  });

  test('update-hash writes #id when the user opens a question, without a history entry', async () => {
    const element = await withFeed('<aira-faq update-hash></aira-faq>');
    const length = history.length;
    await userEvent.click(page.getByRole('button', { name: 'Is de intake gratis?' }));
    expect(location.hash).toBe('#gratis-intake');
    expect(history.length).toBe(length);
    await userEvent.click(page.getByRole('button', { name: 'Is de intake gratis?' }));
    expect(location.hash).toBe('');
    expect(element.updateHash).toBe(true);
  });

  test('without update-hash the URL stays as it is', async () => {
    await withFeed();
    await userEvent.click(page.getByRole('button', { name: 'Is de intake gratis?' }));
    expect(location.hash).toBe('');
  });
});
