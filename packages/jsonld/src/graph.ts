import type { Graph, Thing } from 'schema-dts';
import { describe, JsonLdError } from './errors.js';
import {
  idOf,
  isJsonObject,
  isReference,
  type JsonObject,
  jsonEqual,
  ownValue,
  setOwn,
} from './json.js';
import { findShapeProblem } from './shape.js';

/** What {@link graph} accepts: nodes from the generators, graphs, or arrays of them. */
export type GraphInput = Thing | Graph | JsonObject | readonly GraphInput[];

const CONTEXTS = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org']);

function topLevelNodes(inputs: readonly GraphInput[], out: JsonObject[]): JsonObject[] {
  for (const input of inputs) {
    if (Array.isArray(input)) {
      topLevelNodes(input, out);
    } else if (isJsonObject(input as unknown)) {
      const node = input as JsonObject;
      const context = node['@context'];
      if (context !== undefined && !(typeof context === 'string' && CONTEXTS.has(context))) {
        throw new JsonLdError(
          'invalid-input',
          `graph: only the schema.org context is supported, received @context ${describe(context)}`,
        );
      }
      const inner = node['@graph'];
      if (Array.isArray(inner)) topLevelNodes(inner, out);
      else out.push(node);
    } else {
      throw new JsonLdError(
        'invalid-input',
        `graph: every argument must be a JSON-LD node (an object), received ${describe(input)}`,
      );
    }
  }
  return out;
}

function countIds(value: unknown, counts: Map<string, number>): void {
  if (Array.isArray(value)) {
    for (const item of value) countIds(item, counts);
  } else if (isJsonObject(value)) {
    const id = idOf(value);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const key of Object.keys(value)) countIds(value[key], counts);
  }
}

class GraphBuilder {
  // Map keeps insertion order, which makes the output order deterministic: first seen first.
  readonly nodes = new Map<string | symbol, JsonObject>();

  constructor(private readonly hoisted: ReadonlySet<string>) {}

  addNode(node: JsonObject): void {
    const id = idOf(node);
    const key = id ?? Symbol('blank node');
    // Reserve the slot before copying, so a node comes before the entities it embeds.
    let target = this.nodes.get(key);
    if (!target) {
      target = {};
      this.nodes.set(key, target);
    }
    this.merge(target, this.copyObject(node), id ?? '(none)');
  }

  private merge(target: JsonObject, source: JsonObject, id: string): void {
    for (const [key, value] of Object.entries(source)) {
      if (value === undefined) continue;
      const current = ownValue(target, key);
      if (current === undefined) {
        setOwn(target, key, value);
      } else if (!jsonEqual(current, value)) {
        throw new JsonLdError(
          'graph-conflict',
          `graph: two nodes with @id "${id}" disagree on "${key}": ${describe(current)} (${JSON.stringify(current)}) vs ${describe(value)} (${JSON.stringify(value)}); give them different @id values or make the values equal`,
        );
      }
    }
  }

  private copyValue(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.copyValue(item));
    if (!isJsonObject(value)) return value;
    const id = idOf(value);
    if (id !== undefined && this.hoisted.has(id)) {
      // A repeated entity moves to the top level once; every place that embedded it keeps
      // only a reference, as in Yoast's graph.
      if (!isReference(value)) this.addNode(value);
      return { '@id': id };
    }
    return this.copyObject(value);
  }

  private copyObject(value: JsonObject): JsonObject {
    const copy: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === '@context' || item === undefined) continue;
      setOwn(copy, key, this.copyValue(item));
    }
    return copy;
  }
}

/**
 * Links nodes into one `{ "@context": "https://schema.org", "@graph": [...] }`.
 *
 * - Nodes with the same `@id` are merged into one; the output lists nodes in the order they
 *   were first seen. Two different values for the same property of one `@id` are an error
 *   ({@link JsonLdError} with code `graph-conflict`), never a silent overwrite.
 * - An entity with an `@id` that occurs more than once (e.g. the publisher of two posts,
 *   or an organization that is also a top-level node) moves to the top level and every
 *   occurrence becomes `{ "@id": ... }`.
 * - Arguments may be single nodes, arrays, or earlier graphs (they are flattened).
 * - An object that contains itself is a {@link JsonLdError} with code `cycle`; nesting deeper
 *   than 1,000 levels one with code `invalid-input`. Both name the JSON path (`$[0].about`,
 *   counting the arguments as an array).
 *
 * @example
 * ```ts
 * const data = graph(
 *   organization(aira, { baseUrl }),
 *   blogPosting(post, { baseUrl, publisher: aira }),
 *   faqPage(post, { baseUrl }),
 * );
 * ```
 */
export function graph(...nodes: readonly GraphInput[]): Graph {
  // The walks below recurse: prove first that the inputs are a finite tree.
  const problem = findShapeProblem(nodes);
  if (problem) {
    throw new JsonLdError(
      problem.kind === 'cycle' ? 'cycle' : 'invalid-input',
      `graph: ${problem.message}`,
      problem.path,
    );
  }
  const top = topLevelNodes(nodes, []);
  const counts = new Map<string, number>();
  for (const node of top) countIds(node, counts);
  const hoisted = new Set<string>();
  for (const node of top) {
    const id = idOf(node);
    if (id !== undefined) hoisted.add(id);
  }
  for (const [id, count] of counts) if (count > 1) hoisted.add(id);

  const builder = new GraphBuilder(hoisted);
  for (const node of top) builder.addNode(node);
  return {
    '@context': 'https://schema.org',
    // The nodes are schema.org objects from the inputs; the builder only re-links them.
    '@graph': [...builder.nodes.values()] as unknown as Thing[],
  };
}
