/** A frontmatter key that the content model does not know, with the nearest known key. */
export interface UnknownField {
  /** Path from the root of the frontmatter, e.g. `['faq', '2', 'questoin']`. */
  path: string[];
  /** The message for the issue: names the key and, when one is close, the intended key. */
  message: string;
}

/** The known keys of an object, and of the objects inside its array fields. */
export interface FieldTree {
  keys: readonly string[];
  /** For array fields whose items are objects (`faq`, `readMore`): the items' keys. */
  items?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Finds keys in hand-written frontmatter that the schema would silently drop: a typo in an
 * optional field (`updatd:`) would otherwise lose that value without a word.
 */
export function findUnknownFields(
  data: Record<string, unknown>,
  tree: FieldTree,
  ignore: readonly string[] = [],
): UnknownField[] {
  const found = unknownIn(data, tree.keys, [], ignore);
  for (const [field, itemKeys] of Object.entries(tree.items ?? {})) {
    const list = data[field];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (isPlainRecord(item)) found.push(...unknownIn(item, itemKeys, [field, String(index)], []));
    });
  }
  return found;
}

function unknownIn(
  object: Record<string, unknown>,
  known: readonly string[],
  at: string[],
  ignore: readonly string[],
): UnknownField[] {
  return Object.keys(object)
    .filter((key) => !known.includes(key) && !ignore.includes(key))
    .map((key) => {
      const nearest = closestKey(key, known);
      const hint = nearest ? `did you mean "${nearest}"?` : `known fields: ${known.join(', ')}`;
      return { path: [...at, key], message: `"${key}" is not a field here; ${hint}` };
    });
}

/** The known key within two edits (case-insensitive) of `key`, if there is exactly one best. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// Damerau–Levenshtein (optimal string alignment): a swapped pair of letters is one edit,
// the most common typo in a key.
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      let value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
