import { describeValue } from './describe-value';
import { nearestName } from './nearest-name';

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
      const nearest = nearestName(key, known);
      const hint = nearest ? `did you mean "${nearest}"?` : `known fields: ${known.join(', ')}`;
      return { path: [...at, key], message: `${describeValue(key)} is not a field here; ${hint}` };
    });
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
