import { describe, expect, test } from 'vitest';
import { fold, queryTerms } from './fold.js';
import { filterEntries } from './search.js';

const entry = (id: string, text: string, category?: string) =>
  ({ id, haystack: fold(text), category }) as Parameters<typeof filterEntries>[0][number];

const entries = [
  entry('a', 'Hoe snel kunnen we starten? Intake binnen 1–2 werkdagen.', 'starten'),
  entry('b', 'Wat kost een workshop? Vanaf € 750.', 'kosten'),
  entry('c', 'Kleine teams die geïnteresseerd zijn.', 'kosten'),
];

describe('filterEntries', () => {
  test('no terms and no category keeps everything', () => {
    expect([...filterEntries(entries, [], '')]).toEqual(['a', 'b', 'c']);
  });

  test('every term must occur, in question or answer, regardless of accents', () => {
    expect([...filterEntries(entries, queryTerms('GEINTERESSEERD'), '')]).toEqual(['c']);
    expect([...filterEntries(entries, queryTerms('workshop 750'), '')]).toEqual(['b']);
    expect([...filterEntries(entries, queryTerms('workshop intake'), '')]).toEqual([]);
  });

  test('a category narrows the search', () => {
    expect([...filterEntries(entries, [], 'kosten')]).toEqual(['b', 'c']);
    expect([...filterEntries(entries, queryTerms('intake'), 'kosten')]).toEqual([]);
  });
});
