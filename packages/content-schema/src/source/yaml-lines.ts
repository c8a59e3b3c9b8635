import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Pair,
  type YAMLMap,
} from 'yaml';

/**
 * The 1-based line (within the YAML text) of the node at `path`, or of its nearest ancestor
 * that exists: a missing field points at its parent, a missing top-level field at line 1.
 * Keys are preferred over values so `title: 42` points at `title`.
 */
export function lineOfPath(doc: Document, lines: LineCounter, path: readonly string[]): number {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = pairsOf(node).get(key);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? 1 : lines.linePos(offset).line;
}

// A map is looked up once per issue; with 100,000 keys and as many issues, a linear search
// per lookup would be quadratic, so each map's keys are indexed on first use.
const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      // The first of duplicate keys, as a linear search would find.
      if (!index.has(key)) index.set(key, pair);
    }
    indexes.set(map, index);
  }
  return index;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] | null } | null)?.range;
  return range ? range[0] : undefined;
}
