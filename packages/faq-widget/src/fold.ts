// Search folds text the way a Dutch reader expects: case, accents and ligatures do not
// matter, so `geinteresseerd` finds `geïnteresseerd` and `ENQUETE` finds `enquête`.
const MARKS = /\p{M}/gu;

/**
 * Folds text for search: compatibility-decomposes (NFKD), drops the combining marks and
 * lower-cases. `fold('Geïnteresseerd')` → `'geinteresseerd'`.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Splits a query into folded terms; blank queries give no terms. */
export function queryTerms(query: string): string[] {
  const terms = fold(query).split(/\s+/u).filter(Boolean);
  return [...new Set(terms)];
}

/** A half-open range `[start, end)` of UTF-16 offsets in the original text. */
export type Range = readonly [start: number, end: number];

/**
 * Where the terms occur in `text`, as ranges of the ORIGINAL string (folding may change
 * lengths: `ĳ` folds to `ij`, `é` stays one character), merged and sorted.
 */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  if (!terms.length || !text) return [];
  // folded[i] came from original[starts[i]] .. original[ends[i]].
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    // ASCII folds to its lower case; only other characters need the Unicode work.
    const piece = char < '\u0080' ? char.toLowerCase() : fold(char);
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    folded += piece;
    offset += char.length;
  }
  const found: Array<[number, number]> = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at !== -1) {
      const start = starts[at];
      const end = ends[at + term.length - 1];
      if (start !== undefined && end !== undefined) found.push([start, end]);
      at = folded.indexOf(term, at + term.length);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
