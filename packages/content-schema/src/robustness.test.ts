// Any input, however hostile, must come back as data or as a ContentValidationError.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as api from './index';
import { ContentValidationError } from './index';

// Every parse/safeParse pair the package exports, found by name so a new type is covered too.
const exported = Object.entries(api as Record<string, unknown>);
const safeParsers = exported.filter(
  ([name, fn]) => name.startsWith('safeParse') && typeof fn === 'function',
) as Array<[string, (input: unknown) => api.SafeParseResult<unknown>]>;
const parsers = exported.filter(
  ([name, fn]) => /^parse[A-Z]/.test(name) && typeof fn === 'function',
) as Array<[string, (input: unknown) => unknown]>;

function cyclic() {
  const feed: Record<string, unknown> = { version: 1, locale: 'nl-NL', items: [] };
  feed.self = feed;
  (feed.items as unknown[]).push(feed);
  return feed;
}
const throwingGetter = Object.defineProperty({ version: 1, locale: 'nl-NL' }, 'items', {
  enumerable: true,
  get() {
    throw new TypeError('getter exploded');
  },
});
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();

const hostile: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a string', '{"version":1}'],
  ['a number', 42],
  ['a symbol', Symbol('x')],
  ['a function', () => 1],
  ['a cyclic object', cyclic()],
  ['an object with a throwing getter', throwingGetter],
  ['a revoked proxy', revoked],
  [
    '__proto__ keys from JSON',
    JSON.parse('{"__proto__":{"polluted":true},"items":[{"__proto__":{"x":1}}]}'),
  ],
  ['constructor.prototype keys', JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')],
  ['an array', []],
  ['a Date', new Date(0)],
];

describe('parsers never throw anything but ContentValidationError', () => {
  test('there is a safeParse and a parse for every top-level type', () => {
    expect(safeParsers.length).toBeGreaterThanOrEqual(13);
    expect(parsers.length).toBe(safeParsers.length);
  });

  test.each(hostile)('%s', (_, input) => {
    for (const [name, safeParse] of safeParsers) {
      const result = safeParse(input);
      expect(result.success, name).toBe(false);
      if (!result.success) expect(result.error).toBeInstanceOf(ContentValidationError);
    }
    for (const [, parse] of parsers) expect(() => parse(input)).toThrow(ContentValidationError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('property: any JSON value yields a result or a ContentValidationError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const [, parse] of parsers) {
          try {
            parse(value);
          } catch (error) {
            if (!(error instanceof ContentValidationError)) return false;
            if (error.issues.length === 0 || !error.message.startsWith('[@aira/content-schema]'))
              return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  test('property: feed-shaped JSON with random item fields never escapes as a TypeError', () => {
    const item = fc.dictionary(
      fc.constantFrom('id', 'question', 'answer', 'category', 'related', 'tags', '__proto__'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 5 }),
        fc.option(fc.array(fc.jsonValue(), { maxLength: 3 })),
        (items, categories) => {
          const result = api.safeParseFaqFeed({
            version: 1,
            locale: 'nl-NL',
            items,
            categories: categories ?? undefined,
          });
          return result.success || result.error instanceof ContentValidationError;
        },
      ),
    );
  });
});
