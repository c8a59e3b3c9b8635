import { type Document, isMap, isPair, isScalar, type LineCounter, visit } from 'yaml';

/**
 * The 1-based lines (within the YAML text) of keys that repeat a key of the same mapping.
 *
 * The yaml parser's own `uniqueKeys` check compares every key with every earlier one, which
 * is quadratic: a mapping of 20,000 keys took seconds. This is the same check with one Set
 * per mapping.
 */
export function duplicateKeyLines(doc: Document, lines: LineCounter): number[] {
  const found: number[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key) && pair.key.range) found.push(lines.linePos(pair.key.range[0]).line);
        seen.add(key);
      }
    },
  });
  return found;
}
