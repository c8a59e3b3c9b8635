import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold, matchRanges, queryTerms } from './fold.js';

describe('fold', () => {
  test('ignores case and diacritics, so geinteresseerd finds geïnteresseerd', () => {
    expect(fold('Geïnteresseerd')).toBe('geinteresseerd');
    expect(fold('ENQUÊTE café naïef')).toBe('enquete cafe naief');
  });

  test('unfolds ligatures such as the Dutch ĳ', () => {
    expect(fold('ĳsvrĳ')).toBe('ijsvrij');
  });
});

describe('queryTerms', () => {
  test('splits on whitespace, folds and drops duplicates and blanks', () => {
    expect(queryTerms('  Privacy  AVG privacy ')).toEqual(['privacy', 'avg']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('matchRanges', () => {
  test('gives ranges in the original text, whatever folding did to lengths', () => {
    const text = 'Wie is geïnteresseerd in ĳs?';
    const ranges = matchRanges(text, ['geinteresseerd', 'ijs']);
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['geïnteresseerd', 'ĳs']);
  });

  test('merges overlapping matches of several terms', () => {
    expect(matchRanges('workshop', ['work', 'kshop'])).toEqual([[0, 8]]);
  });

  test('every range covers text whose folded form contains a term', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 3 }), (text, raw) => {
        const terms = queryTerms(raw);
        for (const [start, end] of matchRanges(text, terms)) {
          const folded = fold(text.slice(start, end));
          expect(terms.some((term) => folded.includes(term))).toBe(true);
        }
      }),
    );
  });
});
