import { isJsonObject, isReference } from '../json.js';
import { ancestorsOf, isA } from '../vocabulary/hierarchy.js';
import { type Collected, typesOf } from './collect.js';

const TEXT = new Set(['Text', 'PronounceableText', 'CssSelectorType', 'XPathType']);
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function isUrl(value: string): boolean {
  if (!/^[a-z][a-z\d+.-]*:/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

// A string stands for an entity only as an enumeration member (`https://schema.org/InStock`).
function isEnumeration(type: string): boolean {
  return ancestorsOf(type).has('Enumeration');
}

/** Whether one value fits one expected type (a schema.org data type, class or enumeration). */
function fits(value: unknown, expected: string, collected: Collected): boolean {
  if (TEXT.has(expected)) return typeof value === 'string' || typeof value === 'number';
  switch (expected) {
    case 'URL':
      return typeof value === 'string' && isUrl(value);
    case 'Integer':
      return Number.isInteger(value) || (typeof value === 'string' && INTEGER.test(value));
    case 'Number':
    case 'Float':
      return (
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && NUMBER.test(value))
      );
    case 'Date':
    case 'DateTime':
    case 'Time':
      // Their format is checked by the date rules; here only that it is written as text.
      return typeof value === 'string';
    case 'Boolean':
      return typeof value === 'boolean' || value === 'True' || value === 'False';
  }
  if (typeof value === 'string') return isEnumeration(expected) && value.length > 0;
  if (!isJsonObject(value)) return false;
  let node = value;
  if (isReference(value)) {
    const target = collected.byId.get(String(value['@id']))?.[0]?.node;
    // A dangling reference is reported by its own rule; it is not a type error too.
    if (!target) return true;
    node = target;
  }
  const types = typesOf(node);
  // An entity without @type (`item: { "@id": ..., "name": ... }`) takes the property's type.
  return types.length === 0 || isA(types, [expected]);
}

/** Whether a value fits any of the expected types. */
export function fitsAny(
  value: unknown,
  expected: readonly string[],
  collected: Collected,
): boolean {
  return expected.some((type) => fits(value, type, collected));
}

/** Expected types as a phrase: `Place or VirtualLocation`. */
export function typeList(expected: readonly string[]): string {
  return expected.length < 2
    ? (expected[0] ?? '')
    : `${expected.slice(0, -1).join(', ')} or ${expected.at(-1)}`;
}
