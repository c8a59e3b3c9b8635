import { afterEach, describe, expect, test } from 'vitest';
import { manyItems } from './testing/feed.js';
import { focused, mount, shadow, unmountAll } from './testing/mount.js';

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname);
});

const COUNT = 10_000;
const items = (element: HTMLElement) =>
  shadow(element as never).querySelectorAll<HTMLElement>('.item');

describe(`${COUNT.toLocaleString('en')} questions`, () => {
  test('the first questions come at once and the rest follow in later tasks', async () => {
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = manyItems(COUNT);
    });
    const first = items(element).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(COUNT);
    await expect.poll(() => items(element).length, { timeout: 30_000 }).toBe(COUNT);
  });

  test('a deep link to the last question opens, renders and focuses it at once', async () => {
    history.replaceState(null, '', `#vraag-${COUNT}`);
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = manyItems(COUNT);
    });
    const button = shadow(element).getElementById(`q-vraag-${COUNT}`);
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => focused(element)).toBe(button);
  });

  test('a deep link far down renders its own chunk first, the ones before it later, in order', async () => {
    history.replaceState(null, '', `#vraag-${COUNT}`);
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = manyItems(COUNT);
    });
    expect(items(element).length).toBeLessThan(COUNT / 2);
    expect(shadow(element).getElementById(`q-vraag-${COUNT}`)).not.toBeNull();
    await expect.poll(() => items(element).length, { timeout: 30_000 }).toBe(COUNT);
    const ids = [...items(element)].map((item) => item.querySelector('.question')?.id);
    expect(ids).toEqual(Array.from({ length: COUNT }, (_, i) => `q-vraag-${i + 1}`));
    const shown = [...items(element)].filter((item) => !item.hidden);
    expect(shown).toHaveLength(COUNT);
    // The questions rendered above it later did not push it out of view.
    const top = () =>
      shadow(element).getElementById(`q-vraag-${COUNT}`)?.getBoundingClientRect().top;
    await expect.poll(top).toBeGreaterThanOrEqual(0);
    await expect.poll(top).toBeLessThan(innerHeight);
  });

  test('expand all opens the questions not rendered yet too; search finds the last', async () => {
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = manyItems(COUNT);
    });
    element.expandAll();
    await expect.poll(() => items(element).length, { timeout: 30_000 }).toBe(COUNT);
    const closed = shadow(element).querySelectorAll('[aria-expanded="false"]');
    expect(closed).toHaveLength(0);
    const input = shadow(element).querySelector('input') as HTMLInputElement;
    input.value = `vraag ${COUNT} over`;
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    const shown = [...items(element)].filter((item) => !item.hidden);
    expect(shown.map((item) => item.querySelector('.question')?.id)).toEqual([`q-vraag-${COUNT}`]);
  });

  test('a search leaves no empty room where off-screen questions were', async () => {
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = manyItems(COUNT);
    });
    await expect.poll(() => items(element).length, { timeout: 30_000 }).toBe(COUNT);
    const list = shadow(element).querySelector('.list') as HTMLElement;
    const one = (items(element)[0] as HTMLElement).getBoundingClientRect().height;
    expect(list.getBoundingClientRect().height).toBeGreaterThan(one * COUNT * 0.5);
    const input = shadow(element).querySelector('input') as HTMLInputElement;
    input.value = `vraag ${COUNT} over`;
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(list.getBoundingClientRect().height).toBeLessThan(one * 3);
  });

  test('closed answers of rendered questions stay findable (hidden=until-found)', async () => {
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = manyItems(COUNT);
    });
    await expect.poll(() => items(element).length, { timeout: 30_000 }).toBe(COUNT);
    const panel = shadow(element).getElementById(`a-vraag-${COUNT}`);
    expect(panel?.getAttribute('hidden')).toBe('until-found');
    expect(panel?.textContent).toContain(`Antwoord ${COUNT}:`);
  });
});
