// "Did you mean ...?" for unknown keys, options and type names. Bounded on purpose: the input
// is whatever someone typed or pasted, including a 400 KB key, so the work per candidate is at
// most NAME_LENGTH_LIMIT² steps and longer names get no suggestion at all.

/** Names longer than this get no suggestion: no real key is that long, and comparing costs time. */
export const NAME_LENGTH_LIMIT = 64;

/** Options for {@link nearestName}. */
export interface NearestNameOptions {
  /** The most edits (insert, delete, change, swap two neighbours) a suggestion may be away. */
  maxDistance?: number;
}

/**
 * The known name that `name` most likely means: the closest within `maxDistance` edits
 * (case-insensitive), else the only known name that contains `name` or is contained in it
 * (`weeksPerYear` → `workingWeeksPerYear`). `undefined` when nothing is close enough.
 */
export function nearestName(
  name: string,
  known: Iterable<string>,
  { maxDistance = 2 }: NearestNameOptions = {},
): string | undefined {
  if (name.length === 0 || name.length > NAME_LENGTH_LIMIT) return undefined;
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const containing: string[] = [];
  for (const candidate of known) {
    if (candidate.length > NAME_LENGTH_LIMIT) continue;
    const lower = candidate.toLowerCase();
    const distance = editDistance(wanted, lower, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
    if (
      wanted.length >= 4 &&
      lower.length >= 4 &&
      (lower.includes(wanted) || wanted.includes(lower))
    )
      containing.push(candidate);
  }
  return best ?? (containing.length === 1 ? containing[0] : undefined);
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swapped pair of neighbours is
 * one edit, the most common typo in a key), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  // The distance is at least the difference in length: no table needed then.
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // A cell draws on the two rows above it, never lowering what it takes: once two rows in
    // a row are over the limit, so is the result.
    if (rowMin > limit && previousMin > limit) return limit + 1;
    previousMin = rowMin;
    [before, previous, row] = [previous, row, before];
  }
  const distance = previous[b.length] as number;
  return distance > limit ? limit + 1 : distance;
}
