import { SUPERTYPES } from './schema-org.generated.js';

const SCHEMA_IRI = /^(?:https?:\/\/schema\.org\/|schema:)/;

/** A `@type` value as a bare schema.org name: `https://schema.org/Event`, `schema:Event` → `Event`. */
export function compactType(type: string): string {
  return type.replace(SCHEMA_IRI, '');
}

const ancestorsCache = new Map<string, ReadonlySet<string>>();

/** The type itself and every type above it in the schema.org hierarchy. */
export function ancestorsOf(type: string): ReadonlySet<string> {
  let known = ancestorsCache.get(type);
  if (!known) {
    const found = new Set<string>([type]);
    const queue = [type];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const parent of Object.hasOwn(SUPERTYPES, next) ? (SUPERTYPES[next] ?? []) : []) {
        if (!found.has(parent)) {
          found.add(parent);
          queue.push(parent);
        }
      }
    }
    known = found;
    ancestorsCache.set(type, known);
  }
  return known;
}

/** Whether any of `types` is one of `wanted` or a subtype of one (Restaurant is a LocalBusiness). */
export function isA(types: readonly string[], wanted: readonly string[]): boolean {
  return types.some((type) => wanted.some((target) => ancestorsOf(type).has(target)));
}
