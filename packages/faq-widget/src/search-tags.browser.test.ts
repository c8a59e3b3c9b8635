import { afterEach, describe, expect, test } from 'vitest';
import exampleFeed from '../../../examples/content/faq.json';
import { FAQ_STRINGS } from './i18n.js';
import { feed } from './testing/feed.js';
import { mount, questions, shadow, unmountAll } from './testing/mount.js';

afterEach(unmountAll);

async function search(element: HTMLElement & { updateComplete: Promise<unknown> }, q: string) {
  const input = shadow(element as never).querySelector('input') as HTMLInputElement;
  input.value = q;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
  return questions(element as never).map((b) => b.dataset.id);
}

describe('search covers tags', () => {
  test('a word found only in the tags finds the question', async () => {
    const tagged = {
      ...feed,
      items: feed.items.map((item) =>
        item.id === 'pilot-duur' ? { ...item, tags: ['Doorlooptijd', 'proef'] } : item,
      ),
    };
    const element = await mount('<aira-faq></aira-faq>', (el) => {
      el.feed = tagged;
    });
    expect(await search(element, 'doorlooptijd')).toEqual(['pilot-duur']);
  });

  test.each(['nl', 'en'] as const)(
    'every example in the %s placeholder finds questions in the example feed',
    async (lang) => {
      const element = await mount(`<aira-faq lang="${lang}"></aira-faq>`, (el) => {
        el.feed = exampleFeed as never;
      });
      const placeholder = shadow(element).querySelector('input')?.placeholder ?? '';
      expect(placeholder).toBe(FAQ_STRINGS[lang].searchPlaceholder);
      const examples = placeholder.replace(/^[^:]*:/, '').split(',');
      expect(examples.length).toBeGreaterThan(1);
      for (const example of examples) {
        expect(await search(element, example.trim()), example).not.toEqual([]);
      }
    },
  );
});
