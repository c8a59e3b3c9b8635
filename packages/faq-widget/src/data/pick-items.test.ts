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
