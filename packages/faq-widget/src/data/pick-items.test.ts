import { checkFaqFeed } from '@aira/content-schema';
import { describe, expect, test } from 'vitest';
import { feed } from '../testing/feed.js';
import { parseIdList, pickItems } from './pick-items.js';

describe('pickItems', () => {
  test('keeps the named questions in the order given, once each', () => {
    const { feed: picked, unknown } = pickItems(feed, [
      'privacy-avg',
      'hoe-snel-starten',
      'privacy-avg',
    ]);
    expect(picked.items.map((item) => item.id)).toEqual(['privacy-avg', 'hoe-snel-starten']);
    expect(unknown).toEqual([]);
  });

  test('drops the categories no picked question uses, and reports unknown ids', () => {
    const first = feed.items[0];
    const { feed: picked, unknown } = pickItems(feed, [first?.id ?? '', 'bestaat-niet']);
    expect(picked.categories?.map((c) => c.id)).toEqual([first?.category]);
    expect(unknown).toEqual(['bestaat-niet']);
  });

  test('related links keep only the picked questions, so the narrowed feed is still valid', () => {
    const [first, second, third] = feed.items.map((item) => item.id) as [string, string, string];
    const linked = {
      ...feed,
      items: feed.items.map((item) =>
        item.id === first ? { ...item, related: [second, third] } : item,
      ),
    };
    const { feed: picked } = pickItems(linked, [first, second]);
    expect(picked.items[0]?.related).toEqual([second]);
    expect(checkFaqFeed(picked).issues).toEqual([]);
  });

  test('an empty list keeps the whole feed', () => {
    expect(pickItems(feed, []).feed).toBe(feed);
  });
});

describe('parseIdList', () => {
  test('splits on spaces and commas', () => {
    expect(parseIdList(' a, b  c,,d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseIdList(null)).toEqual([]);
  });
});
