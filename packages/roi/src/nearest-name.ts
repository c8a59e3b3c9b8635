// "Did you mean …?" for a misspelt input name. Names longer than this get no suggestion, so a
// hostile 400 KB key costs nothing (the distance below is quadratic in the name's length).
const LONGEST = 64;

/** Edit distance (insert, delete, substitute one character), case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
    }
    row = next;
  }
  return row[y.length] ?? 0;
}

/**
 * The known name closest to `key`: one within a third of its length in edits (at least 2), or
 * one that contains it or is contained in it (`weeksPerYear` → `workingWeeksPerYear`);
 * `undefined` when none is close.
 */
export function nearestName(key: string, known: readonly string[]): string | undefined {
  if (key.length === 0 || key.length > LONGEST) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const d = distance(key, name);
    const other = name.toLowerCase();
    const contains = lower.length >= 4 && (other.includes(lower) || lower.includes(other));
    const close = d <= Math.max(2, Math.floor(key.length / 3));
    if ((close || contains) && d < bestScore) {
      best = name;
      bestScore = d;
    }
  }
  return best;
}
