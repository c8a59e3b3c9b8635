import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editDistance, NAME_LENGTH_LIMIT, nearestName } from './nearest-name';

// The plain full-table algorithm, as the reference for the bounded one.
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });

describe('nearestName', () => {
  test('suggests the key a typo meant', () => {
    const keys = ['title', 'updated', 'description', 'readMore'];
    expect(nearestName('updatd', keys)).toBe('updated');
    expect(nearestName('tilte', keys)).toBe('title');
    expect(nearestName('Readmore', keys)).toBe('readMore');
    expect(nearestName('weeksPerYear', ['workingWeeksPerYear', 'hourlyRate'])).toBe(
      'workingWeeksPerYear',
    );
    expect(nearestName('layout', keys)).toBeUndefined();
  });

  test(`gives no suggestion for names over ${NAME_LENGTH_LIMIT} characters, however close`, () => {
    const long = 'a'.repeat(NAME_LENGTH_LIMIT + 1);
    expect(nearestName(long, [`${long}b`, long.slice(1)])).toBeUndefined();
    expect(nearestName('a'.repeat(NAME_LENGTH_LIMIT), ['a'.repeat(NAME_LENGTH_LIMIT - 1)])).toBe(
      'a'.repeat(NAME_LENGTH_LIMIT - 1),
    );
    // A 400 KB key, as in the issue: answered without comparing it to anything.
    expect(nearestName('x'.repeat(400_000), ['title', 'x'.repeat(10)])).toBeUndefined();
  });

  test('property: the bounded distance equals the full one up to the limit', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const full = reference(a, b);
        expect(editDistance(a, b, limit)).toBe(full <= limit ? full : limit + 1);
        expect(editDistance(a, b)).toBe(full);
      }),
      { numRuns: 3000 },
    );
  });
});
