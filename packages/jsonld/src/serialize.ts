import { describe, JsonLdError } from './errors.js';
import { MAX_DEPTH } from './json.js';
import { childPath, ROOT_PATH } from './json-path.js';

/**
 * Serializes JSON-LD so that it can be placed verbatim between
 * `<script type="application/ld+json">` and `</script>`: `<`, `&`, U+2028 and U+2029 are
 * written as `\u` escapes, so no string can close the element or open a comment, and
 * `JSON.parse` of the result gives back the same data.
 *
 * Why these four: inside a script element the HTML tokenizer only leaves the script text, or
 * switches into its escaped states, on `</script` or `<!--`, and both start with `<`. With
 * every `<` written as `\u003c` neither can occur, and a `>` on its own opens no tag and no
 * comment, so it is left as it is. `&` is escaped so that the text is also safe where `&`
 * starts an entity (XHTML, XML) and no tool that decodes entities can change it. U+2028 and
 * U+2029 are escaped for old JavaScript engines that evaluate JSON as code.
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
 * serializeJsonLd({ '@type': 'Thing', name: '</script><b> & more' });
 * // '{"@type":"Thing","name":"\\u003c/script>\\u003cb> \\u0026 more"}'
 * ```
 */
export function serializeJsonLd(data: unknown): string {
  checkValue(data, [], [], false);
  return escapeForScript(JSON.stringify(data));
}

const SEPARATORS = /[\u2028\u2029]/g;
const escapeSeparator = (char: string): string => (char === '\u2028' ? '\\u2028' : '\\u2029');

// The characters to escape can only occur inside JSON strings, so replacing them anywhere in
// the text is safe. The cost is the number of escapes (answer HTML has a `<` every few
// characters) and the copies of a string this large, so this makes one copy: split at `<`,
// fix the rare pieces holding `&`, join with `\u003c`. A regex with a callback for `<` and `&`
// was about 3% slower with the result read (see bench/serialize.bench.ts); chained replaceAll
// leaves a rope that costs another copy on first read. The line separators are rare: a scan for
// them is cheap, and only text that has them is copied again.
function escapeForScript(json: string): string {
  const parts = json.split('<');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part.includes('&')) parts[i] = part.replaceAll('&', '\\u0026');
  }
  const out = parts.join('\\u003c');
  return out.includes('\u2028') || out.includes('\u2029')
    ? out.replace(SEPARATORS, escapeSeparator)
    : out;
}

type Key = string | number;

/** Whether a value came from a toJSON call, and whether that call returned the object itself. */
type Replaced = 'none' | 'self' | 'other';

function pathOf(keys: readonly Key[]): string {
  return keys.reduce<string>(childPath, ROOT_PATH);
}

function refuse(keys: readonly Key[], what: string, fix: string): never {
  const path = pathOf(keys);
  throw new JsonLdError('unserializable', `cannot serialize ${what} at ${path}; ${fix}`, path);
}

const PLAIN_DATA = 'pass plain JSON data (strings, numbers, objects, arrays)';

// The walk is kept lean because it runs on every call: strings, most of the leaves, are skipped
// in the loops without a call, and the objects on the current path are kept in an array rather
// than a Set. Looking an object up there takes time in proportion to the depth, as it does in
// V8's own JSON.stringify, which keeps its cycle check the same way.
function checkValue(value: unknown, keys: Key[], ancestors: object[], inObject: boolean): void {
  if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
    // JSON.stringify asks toJSON once, with the property name (or index, or "" at the top),
    // and writes what it returns as it is, without asking that value's toJSON again.
    const toJson = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJson === 'function') {
      const replaced: unknown = toJson.call(value, String(keys.at(-1) ?? ''));
      checkReplaced(replaced, replaced === value ? 'self' : 'other', keys, ancestors, inObject);
      return;
    }
  }
  checkReplaced(value, 'none', keys, ancestors, inObject);
}

/** Checks a value as JSON.stringify writes it: `replaced` says whether toJSON gave it. */
function checkReplaced(
  value: unknown,
  replaced: Replaced,
  keys: Key[],
  ancestors: object[],
  inObject: boolean,
): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) notFinite(keys, value);
      return;
    case 'undefined':
      if (!inObject) notUndefined(keys);
      return;
    case 'function':
    case 'symbol':
    case 'bigint':
      refuse(keys, describe(value), PLAIN_DATA);
      break;
    case 'object':
      if (value !== null) checkObject(value, replaced, keys, ancestors);
  }
}

function notFinite(keys: readonly Key[], value: number): never {
  refuse(keys, `the number ${value}`, 'JSON has no NaN or Infinity: leave the property out');
}

function notUndefined(keys: readonly Key[]): never {
  refuse(keys, 'undefined', 'JSON has no undefined: remove the item or use null');
}

function checkObject(value: object, replaced: Replaced, keys: Key[], ancestors: object[]) {
  if (ancestors.includes(value)) {
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
  ancestors.push(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') continue;
      keys.push(i);
      checkValue(item, keys, ancestors, false);
      keys.pop();
    }
  } else {
    const proto = Object.getPrototypeOf(value);
    // An object whose toJSON returned itself chose its own properties as its JSON form.
    if (proto !== Object.prototype && proto !== null && replaced !== 'self') {
      const name = (proto as { constructor?: { name?: string } }).constructor?.name ?? 'unknown';
      refuse(keys, `an instance of ${name}`, 'convert it to a plain object or array first');
    }
    const names = Object.keys(value);
    for (let i = 0; i < names.length; i++) {
      const key = names[i] as string;
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'string') continue;
      // A toJSON hook on a value toJSON returned is not asked again, and not data either:
      // JSON.stringify drops it.
      if (replaced !== 'none' && key === 'toJSON' && typeof item === 'function') continue;
      keys.push(key);
      checkValue(item, keys, ancestors, true);
      keys.pop();
    }
  }
  ancestors.pop();
}
