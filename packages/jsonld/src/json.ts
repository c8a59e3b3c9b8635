/** A JSON object as the generators and the graph builder handle it. */
export type JsonObject = { [key: string]: unknown };

/** Whether a value is a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deepest nesting of objects and arrays that `graph`, `validateJsonLd` and `serializeJsonLd`
 * accept. Real JSON-LD is rarely ten levels deep; JSON.stringify itself gives up a few
 * thousand levels down, and a fixed bound keeps every walk off the end of the call stack.
 */
export const MAX_DEPTH = 1000;

/** The value of an own property: `constructor` or `toString` on a plain object is data, not the prototype's. */
export function ownValue(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Sets an own property, also when the key is `__proto__` (plain assignment would set the prototype). */
export function setOwn(object: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    object[key] = value;
  }
}

/**
 * Structural equality of JSON values; key order does not matter. Values nested deeper than
 * {@link MAX_DEPTH} (which includes cycles between different objects) count as unequal.
 */
export function jsonEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(a)) {
    return (
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => jsonEqual(item, b[i], depth + 1))
    );
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
  return (
    keys.length === otherKeys.length &&
    keys.every((key) => jsonEqual(a[key], ownValue(b, key), depth + 1))
  );
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
