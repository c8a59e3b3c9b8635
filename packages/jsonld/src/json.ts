/** A JSON object as the generators and the graph builder handle it. */
export type JsonObject = { [key: string]: unknown };

/** Whether a value is a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values; key order does not matter. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => jsonEqual(a[key], b[key]));
}

/** The `@id` of a node, if it has a string one. */
export function idOf(value: unknown): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const id = value['@id'];
  return typeof id === 'string' ? id : undefined;
}

/** Whether an object is only a reference: `{ "@id": ... }` and nothing else. */
export function isReference(value: JsonObject): boolean {
  return Object.keys(value).every((key) => key === '@id' || value[key] === undefined);
}

/**
 * Removes properties whose value is `undefined`, at every depth, from objects the
 * generators have just built, so optional content fields leave no trace in the output.
 */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) prune(item);
  } else if (isJsonObject(value)) {
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) delete value[key];
      else prune(value[key]);
    }
  }
  return value;
}
