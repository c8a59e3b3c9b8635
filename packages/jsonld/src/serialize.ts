import { describe, JsonLdError } from './errors.js';
import { MAX_DEPTH } from './json.js';
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
// One regex pass with a lookup writes a flat string. Chained replaceAll, a typed-array writer,
// split-and-join and a lean first walk were measured too (see bench/serialize.bench.ts): none
// was faster once the result is read. With answer HTML, a `<` or `>` every few characters, the
// number of escapes is the cost, not the scan or the check walk (about 0.2× JSON.stringify).
const escapeChar = (char: string): string => ESCAPES[char] ?? char;

/**
 * Serializes JSON-LD so that it can be placed verbatim between
 * `<script type="application/ld+json">` and `</script>`: `<`, `>`, `&`, U+2028 and U+2029
 * are written as `\u` escapes, so no string can close the element or open a comment, and
 * `JSON.parse` of the result gives back the same data.
 *
 * Throws a {@link JsonLdError} (code `unserializable` or `cycle`, with the JSON path) for
 * values JSON cannot carry faithfully: cycles, nesting deeper than 1,000 levels, functions,
 * symbols, bigints, non-finite numbers, `undefined` where it cannot be left out (the top
 * level, an array item), and objects other than plain objects and arrays (a `Map` would
 * silently become `{}`). Object properties whose value is `undefined` are left out, and
 * `toJSON` is called once per value with its key, both as `JSON.stringify` does.
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

function checkValue(value: unknown, keys: Key[], ancestors: Set<object>, inObject: boolean): void {
  // JSON.stringify asks toJSON once, with the property name (or index, or "" at the top), and
  // writes what it returns as it is, without asking that value's toJSON again.
  const toJson =
    (typeof value === 'object' && value !== null) || typeof value === 'bigint'
      ? (value as { toJSON?: unknown }).toJSON
      : undefined;
  if (typeof toJson === 'function') {
    const replaced: unknown = toJson.call(value, String(keys.at(-1) ?? ''));
    checkReplaced(replaced, replaced === value ? 'self' : 'other', keys, ancestors, inObject);
    return;
  }
  checkReplaced(value, 'none', keys, ancestors, inObject);
}

/** Whether a value came from a toJSON call, and whether that call returned the object itself. */
type Replaced = 'none' | 'self' | 'other';

function checkReplaced(
  value: unknown,
  replaced: Replaced,
  keys: Key[],
  ancestors: Set<object>,
  inObject: boolean,
): void {
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
      if (value !== null) checkObject(value, replaced, keys, ancestors);
      return;
  }
}

function checkObject(value: object, replaced: Replaced, keys: Key[], ancestors: Set<object>) {
  if (ancestors.has(value)) {
    const path = pathOf(keys);
    throw new JsonLdError(
      'cycle',
      `cannot serialize a cycle: the object at ${path} contains itself; link nodes by {"@id": ...} instead of by object reference`,
      path,
    );
  }
  if (keys.length >= MAX_DEPTH) {
    refuse(
      keys,
      `data nested more than ${MAX_DEPTH} levels deep`,
      'flatten it into nodes linked by {"@id": ...}',
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
    // An object whose toJSON returned itself chose its own properties as its JSON form.
    if (proto !== Object.prototype && proto !== null && replaced !== 'self') {
      const name = (proto as { constructor?: { name?: string } }).constructor?.name ?? 'unknown';
      refuse(keys, `an instance of ${name}`, 'convert it to a plain object or array first');
    }
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      // A toJSON hook on a value toJSON returned is not asked again, and not data either:
      // JSON.stringify drops it.
      if (replaced !== 'none' && key === 'toJSON' && typeof item === 'function') continue;
      keys.push(key);
      checkValue(item, keys, ancestors, true);
      keys.pop();
    }
  }
  ancestors.delete(value);
}
