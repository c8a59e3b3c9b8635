import { describe, JsonLdError } from './errors.js';
import { childPath, ROOT_PATH } from './json-path.js';

// `<` and `>` stop `</script>` and `<!--` from ever appearing; `&` keeps the text free of
// anything an HTML-minded tool might decode; U+2028/U+2029 are line terminators in old JS
// engines that eval JSON. They can only occur inside JSON strings, so replacing them
// everywhere is safe and `JSON.parse` turns the `\u` escapes back into the same characters.
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
const escapeChar = (char: string): string => ESCAPES[char] ?? char;

/**
 * Serializes JSON-LD so that it can be placed verbatim between
 * `<script type="application/ld+json">` and `</script>`: `<`, `>`, `&`, U+2028 and U+2029
 * are written as `\u` escapes, so no string can close the element or open a comment, and
 * `JSON.parse` of the result gives back the same data.
 *
 * Throws a {@link JsonLdError} (code `unserializable` or `cycle`, with the JSON path) for
 * values JSON cannot carry faithfully: cycles, functions, symbols, bigints, non-finite
 * numbers, `undefined` where it cannot be left out (the top level, an array item), and
 * objects other than plain objects and arrays (a `Map` would silently become `{}`).
 * Object properties whose value is `undefined` are left out, as `JSON.stringify` does.
 *
 * @example
 * ```ts
 * serializeJsonLd({ '@type': 'Thing', name: '</script><b>' });
 * // '{"@type":"Thing","name":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 * ```
 */
export function serializeJsonLd(data: unknown): string {
  checkValue(data, [], new Set(), false);
  return JSON.stringify(data).replace(UNSAFE, escapeChar);
}

type Key = string | number;

function pathOf(keys: readonly Key[]): string {
  return keys.reduce<string>(childPath, ROOT_PATH);
}

function refuse(keys: readonly Key[], what: string, fix: string): never {
  const path = pathOf(keys);
  throw new JsonLdError('unserializable', `cannot serialize ${what} at ${path}; ${fix}`, path);
}

// Paths are built only when something fails: the walk itself keeps a stack of keys.
function checkValue(value: unknown, keys: Key[], ancestors: Set<object>, inObject: boolean): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) {
        refuse(keys, `the number ${value}`, 'JSON has no NaN or Infinity: leave the property out');
      }
      return;
    case 'undefined':
      if (inObject) return;
      refuse(keys, 'undefined', 'JSON has no undefined: remove the item or use null');
      break;
    case 'function':
    case 'symbol':
    case 'bigint':
      refuse(keys, describe(value), 'pass plain JSON data (strings, numbers, objects, arrays)');
      break;
    case 'object':
      if (value !== null) checkObject(value, keys, ancestors);
      return;
  }
}

function checkObject(value: object, keys: Key[], ancestors: Set<object>): void {
  const toJson = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === 'function') {
    // Dates and friends: check what JSON.stringify will actually write.
    checkValue(toJson.call(value, String(keys.at(-1) ?? '')), keys, ancestors, false);
    return;
  }
  if (ancestors.has(value)) {
    const path = pathOf(keys);
    throw new JsonLdError(
      'cycle',
      `cannot serialize a cycle: the object at ${path} contains itself; link nodes by {"@id": ...} instead of by object reference`,
      path,
    );
  }
  ancestors.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      keys.push(i);
      checkValue(value[i], keys, ancestors, false);
      keys.pop();
    }
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const name = (proto as { constructor?: { name?: string } }).constructor?.name ?? 'unknown';
      refuse(keys, `an instance of ${name}`, 'convert it to a plain object or array first');
    }
    for (const key of Object.keys(value)) {
      keys.push(key);
      checkValue((value as Record<string, unknown>)[key], keys, ancestors, true);
      keys.pop();
    }
  }
  ancestors.delete(value);
}
