import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { hostileJson, hostileString } from './__fixtures__/arbitraries.js';
import { JsonLdError } from './errors.js';
import { jsonLdScriptTag } from './script-tag.js';
import { serializeJsonLd } from './serialize.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node, name: string, out: Element[] = []): Element[] {
  if ('tagName' in node && node.tagName === name) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, name, out);
  return out;
}

/** Parses a page holding the tag the way a browser would (parse5 implements the HTML spec). */
function parsePage(tag: string) {
  const document = parse(
    `<!DOCTYPE html><html><head>${tag}</head><body><p id="after">na</p></body></html>`,
  );
  const scripts = elements(document, 'script');
  const text = scripts[0]?.childNodes
    .map((child) => ('value' in child ? child.value : ''))
    .join('');
  return { scripts, text, paragraphs: elements(document, 'p') };
}

/** Turns the four escapes back into their characters, leaving `\\` pairs alone. */
function undoEscapes(json: string): string {
  return json.replace(/\\(?:\\|u(003c|0026|2028|2029))/g, (match, hex?: string) =>
    hex === undefined ? match : String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

describe('serializeJsonLd', () => {
  test('escapes <, &, U+2028 and U+2029 as \\u escapes and nothing else', () => {
    const data = { name: '</script><!-- a & b --> ]]> \u2028\u2029', plain: 'café "quoted"' };
    const out = serializeJsonLd(data);
    expect(out).toBe(
      '{"name":"\\u003c/script>\\u003c!-- a \\u0026 b --> ]]> \\u2028\\u2029","plain":"café \\"quoted\\""}',
    );
    expect(JSON.parse(out)).toEqual(data);
  });

  test('escapes keys too', () => {
    expect(serializeJsonLd({ '</script>': 1, 'a&b': 2 })).toBe(
      '{"\\u003c/script>":1,"a\\u0026b":2}',
    );
  });

  test('gives the same text as JSON.stringify when nothing needs escaping', () => {
    const data = { '@type': 'Thing', name: 'a > b', list: [1, true, null, { x: 'y' }] };
    expect(serializeJsonLd(data)).toBe(JSON.stringify(data));
  });

  test('leaves out undefined object properties, like JSON.stringify', () => {
    expect(serializeJsonLd({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  test('writes Dates through their toJSON', () => {
    expect(serializeJsonLd({ d: new Date(Date.UTC(2026, 2, 28, 9)) })).toBe(
      '{"d":"2026-03-28T09:00:00.000Z"}',
    );
  });

  test('accepts shared (non-cyclic) references', () => {
    const org = { '@type': 'Organization', name: 'AIRA' };
    expect(JSON.parse(serializeJsonLd([org, { publisher: org }]))).toEqual([
      org,
      { publisher: org },
    ]);
  });

  test.each([
    [
      'a cycle',
      (() => {
        const a: Record<string, unknown> = { name: 'a' };
        a.self = { inner: a };
        return a;
      })(),
      '$.self.inner',
      'cycle',
    ],
    ['a function', { a: [1, { b: () => 1 }] }, '$.a[1].b', 'unserializable'],
    ['a symbol', { a: Symbol('x') }, '$.a', 'unserializable'],
    ['a bigint', { price: 10n }, '$.price', 'unserializable'],
    ['NaN', { offers: { price: Number.NaN } }, '$.offers.price', 'unserializable'],
    ['Infinity', { n: Number.POSITIVE_INFINITY }, '$.n', 'unserializable'],
    ['undefined at the top', undefined, '$', 'unserializable'],
    ['undefined in an array', { list: [1, undefined] }, '$.list[1]', 'unserializable'],
    ['a Map', { '@graph': new Map() }, '$["@graph"]', 'unserializable'],
  ])('refuses %s with a prefixed error naming the JSON path', (_label, data, path, code) => {
    let error: unknown;
    try {
      serializeJsonLd(data);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(JsonLdError);
    expect((error as JsonLdError).message).toMatch(/^\[@aira\/jsonld\] /);
    expect((error as JsonLdError).message).toContain(path);
    expect((error as JsonLdError).path).toBe(path);
    expect((error as JsonLdError).code).toBe(code);
  });

  test('property: output round-trips through JSON.parse and contains no raw <, & or U+2028/9', () => {
    fc.assert(
      fc.property(hostileJson, (data) => {
        const out = serializeJsonLd(data);
        expect(out).not.toMatch(/[<&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(data);
      }),
      { numRuns: 500 },
    );
  });

  test('property: strings with markup, separators and lone surrogates come back exactly', () => {
    fc.assert(
      fc.property(fc.array(hostileString, { maxLength: 8 }), hostileString, (list, key) => {
        const data = { [key]: list, list };
        const out = serializeJsonLd(data);
        expect(out).not.toMatch(/[<&\u2028\u2029]/);
        // Only the escapes differ from JSON.stringify: undoing them gives its text back.
        expect(undoEscapes(out)).toBe(JSON.stringify(data));
        expect(JSON.parse(out)).toEqual(data);
      }),
      { numRuns: 500 },
    );
  });

  test('property: in a real HTML parser the script element holds exactly the data', () => {
    fc.assert(
      fc.property(hostileJson, (data) => {
        const { scripts, text, paragraphs } = parsePage(jsonLdScriptTag(data));
        expect(scripts).toHaveLength(1);
        expect(JSON.parse(text ?? '')).toEqual(data);
        // The element closed where it should: the body after it is intact.
        expect(paragraphs).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('jsonLdScriptTag', () => {
  test('writes type, id and nonce, attribute-escaped', () => {
    expect(jsonLdScriptTag({ a: 1 }, { id: 'x"><script>', nonce: "n'&" })).toBe(
      '<script type="application/ld+json" id="x&quot;&gt;&lt;script&gt;" nonce="n&#39;&amp;">{"a":1}</script>',
    );
  });

  test('a hostile id cannot add an element in a real parser', () => {
    const { scripts } = parsePage(
      jsonLdScriptTag({ a: 1 }, { id: '"></script><script>alert(1)</script>' }),
    );
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.attrs.find((attr) => attr.name === 'id')?.value).toBe(
      '"></script><script>alert(1)</script>',
    );
  });
});
