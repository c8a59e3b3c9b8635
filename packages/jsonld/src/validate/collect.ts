import { idOf, isJsonObject, isReference, type JsonObject, MAX_DEPTH } from '../json.js';
import { childPath, ROOT_PATH } from '../json-path.js';
import { compactType } from '../vocabulary/hierarchy.js';

/** A node found in the data: an object with `@type` or with `@id` and other properties. */
export interface FoundNode {
  node: JsonObject;
  path: string;
  types: string[];
  /** The nearest node this one is embedded in (none at the top level). */
  parent?: FoundNode;
  /** Whether the node stands on its own: the data itself, an item of it, or of `@graph`. */
  top: boolean;
}

/** Everything the checks need, gathered in one walk. */
export interface Collected {
  nodes: FoundNode[];
  references: { id: string; path: string }[];
  /** Nodes by `@id`, in document order. */
  byId: Map<string, FoundNode[]>;
  /** Places the walk stopped: an object inside itself, or nesting deeper than {@link MAX_DEPTH}. */
  stops: { kind: 'cycle' | 'depth'; path: string }[];
}

/** `@type` as a list of bare names (`https://schema.org/Event` → `Event`). */
export function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((type): type is string => typeof type === 'string').map(compactType);
}

/**
 * Walks JSON-LD (a node, a graph, an array of either) and lists nodes and references. It
 * never recurses past {@link MAX_DEPTH} or into an object inside itself: those places are
 * listed in `stops` and the rest is still collected. An object reached twice (shared by two
 * parents) is walked once, at its first path.
 */
export function collect(data: unknown): Collected {
  const result: Collected = { nodes: [], references: [], byId: new Map(), stops: [] };
  const ancestors = new Set<object>();
  const visited = new Set<object>();
  // `parent` is the nearest enclosing node; `top` says whether no node encloses this value and
  // it is not a property value of a plain object either.
  const visit = (
    value: unknown,
    path: string,
    depth: number,
    parent: FoundNode | undefined,
    top: boolean,
  ): void => {
    if (typeof value !== 'object' || value === null) return;
    if (ancestors.has(value)) {
      result.stops.push({ kind: 'cycle', path });
      return;
    }
    if (visited.has(value)) return;
    if (depth > MAX_DEPTH) {
      result.stops.push({ kind: 'depth', path });
      return;
    }
    visited.add(value);
    ancestors.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        visit(value[index], childPath(path, index), depth + 1, parent, top);
      }
    } else {
      visitObject(value as JsonObject, path, depth, parent, top);
    }
    ancestors.delete(value);
  };
  const visitObject = (
    value: JsonObject,
    path: string,
    depth: number,
    parent: FoundNode | undefined,
    top: boolean,
  ): void => {
    const id = idOf(value);
    if (id !== undefined && isReference(value)) {
      result.references.push({ id, path });
      return;
    }
    let self = parent;
    if (value['@type'] !== undefined || id !== undefined) {
      const found: FoundNode = { node: value, path, types: typesOf(value), parent, top };
      self = found;
      result.nodes.push(found);
      if (id !== undefined) {
        const same = result.byId.get(id);
        if (same) same.push(found);
        else result.byId.set(id, [found]);
      }
    }
    for (const key of Object.keys(value)) {
      if (key === '@context') continue;
      visit(value[key], childPath(path, key), depth + 1, self, key === '@graph' && top);
    }
  };
  visit(data, ROOT_PATH, 0, undefined, true);
  return result;
}

/**
 * The values at a dotted property path below a node (`offers.price`), following arrays and
 * `{ "@id" }` references. An empty list means the property is missing somewhere.
 */
export function valuesAt(node: JsonObject, dotted: string, byId: Collected['byId']): unknown[] {
  let current: unknown[] = [node];
  for (const key of dotted.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      const target = resolve(value, byId);
      if (!isJsonObject(target)) return [];
      const item = target[key];
      if (item === undefined || item === null || (Array.isArray(item) && item.length === 0))
        return [];
      // A loop, not push(...item): spreading 150,000 questions would overflow the stack.
      if (Array.isArray(item)) for (const entry of item) next.push(entry);
      else next.push(item);
    }
    current = next;
  }
  return current.map((value) => resolve(value, byId));
}

function resolve(value: unknown, byId: Collected['byId']): unknown {
  if (!isJsonObject(value) || !isReference(value)) return value;
  const id = idOf(value);
  return id === undefined ? value : (byId.get(id)?.[0]?.node ?? value);
}
