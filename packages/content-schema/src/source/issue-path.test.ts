import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatPath, parsePath } from './issue-path';

describe('issue paths', () => {
  test('are dotted for plain keys and bracket a key that holds a dot', () => {
    expect(formatPath(['items', 3, 'question'])).toBe('items.3.question');
    expect(formatPath(['og.image'])).toBe('["og.image"]');
    expect(formatPath(['seo', 'og.image', 0])).toBe('seo["og.image"].0');
    expect(parsePath('seo["og.image"].0')).toEqual(['seo', 'og.image', '0']);
    expect(parsePath('')).toEqual([]);
  });

  test('property: the keys come back whole, whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 5 }), (keys) => {
        expect(parsePath(formatPath(keys))).toEqual(keys.map(String));
      }),
      { numRuns: 2000 },
    );
  });
});
