import { idOf, isJsonObject, isReference, type JsonObject } from '../json.js';
import { childPath, ROOT_PATH } from '../json-path.js';

/** A node found in the data: an object with `@type` or with `@id` and other properties. */
export interface FoundNode {
  node: JsonObject;
  path: string;
  types: string[];
}

/** Everything the checks need, gathered in one walk. */
export interface Collected {
  nodes: FoundNode[];
  references: { id: string; path: string }[];
  /** Nodes by `@id`, in document order. */
  byId: Map<string, FoundNode[]>;
}

/** `@type` as a list of bare names (`https://schema.org/Event` → `Event`). */
export function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

/** Walks JSON-LD (a node, a graph, an array of either) and lists nodes and references. */
export function collect(data: unknown): Collected {
  const result: Collected = { nodes: [], references: [], byId: new Map() };
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        visit(value[index], childPath(path, index));
      }
      return;
    }
    if (!isJsonObject(value)) return;
    const id = idOf(value);
    if (id !== undefined && isReference(value)) {
      result.references.push({ id, path });
      return;
    }
    if (value['@type'] !== undefined || id !== undefined) {
      const found: FoundNode = { node: value, path, types: typesOf(value) };
      result.nodes.push(found);
      if (id !== undefined) result.byId.set(id, [...(result.byId.get(id) ?? []), found]);
    }
    for (const key of Object.keys(value)) {
      if (key !== '@context') visit(value[key], childPath(path, key));
    }
  };
  visit(data, ROOT_PATH);
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
      next.push(...(Array.isArray(item) ? item : [item]));
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
