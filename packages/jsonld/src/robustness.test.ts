import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { JsonLdError } from './errors.js';
import { graph } from './graph.js';
import { serializeJsonLd } from './serialize.js';
import { validateJsonLd } from './validate/validate.js';

const PROTOTYPE_KEYS = [
  'constructor',
  'toString',
  'valueOf',
  '__proto__',
  'hasOwnProperty',
  'isPrototypeOf',
] as const;

function cyclic(): Record<string, unknown> {
  const node: Record<string, unknown> = { '@type': 'Organization', name: 'AIRA' };
  node.subOrganization = { '@type': 'Organization', parentOrganization: node };
  return node;
}

function nested(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = { '@type': 'Thing' };
  let current = root;
  for (let level = 0; level < depth; level++) {
    const next: Record<string, unknown> = {};
    current.about = next;
    current = next;
  }
  return root;
}

/** An object with own properties named as given, also `__proto__`, as JSON.parse makes them. */
function withKeys(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = { '@type': 'Thing', '@id': 'https://example.nl/#x' };
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('odd data: cycles and deep nesting', () => {
  test('validateJsonLd reports a cycle as an error at its path instead of throwing', () => {
    const { errors } = validateJsonLd(cyclic());
    expect(errors).toContainEqual(
      expect.objectContaining({ rule: 'json/cycle', path: '$.subOrganization.parentOrganization' }),
    );
  });

  test('validateJsonLd reports 100,000 levels of nesting as an error and still checks the rest', () => {
    const { errors } = validateJsonLd([nested(100_000), { '@type': 'Event', name: 'W' }]);
    expect(errors).toContainEqual(expect.objectContaining({ rule: 'json/depth' }));
    expect(errors).toContainEqual(
      expect.objectContaining({ rule: 'event/required', path: '$[1].startDate' }),
    );
  });

  test('graph throws JsonLdError code cycle, with the path, for an object inside itself', () => {
    const error = thrown(() => graph(cyclic()));
    expect(error).toBeInstanceOf(JsonLdError);
    expect(error).toMatchObject({ code: 'cycle', path: '$[0].subOrganization.parentOrganization' });
  });

  test('graph throws a JsonLdError, not a RangeError, for 100,000 levels of nesting', () => {
    const error = thrown(() => graph(nested(100_000)));
    expect(error).toBeInstanceOf(JsonLdError);
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect((error as Error).message).toMatch(/nested more than 1000 levels/);
    const arrays = thrown(() => {
      let input: unknown = { '@type': 'Thing' };
      for (let level = 0; level < 100_000; level++) input = [input];
      graph(input as never);
    });
    expect(arrays).toBeInstanceOf(JsonLdError);
  });

  test('serializeJsonLd throws a JsonLdError, not a RangeError, for 100,000 levels of nesting', () => {
    const error = thrown(() => serializeJsonLd(nested(100_000)));
    expect(error).toBeInstanceOf(JsonLdError);
    expect(error).toMatchObject({ code: 'unserializable' });
  });

  test('an object shared by two parents is no cycle, and validating sharing costs no exponential time', () => {
    const org = {
      '@type': 'Organization',
      '@id': 'https://example.nl/#organization',
      name: 'AIRA',
    };
    expect(() => graph({ '@type': 'WebPage', publisher: org, author: org })).not.toThrow();
    let shared: unknown = { '@type': 'Thing', name: 'gedeeld' };
    for (let level = 0; level < 40; level++) shared = { '@type': 'Thing', a: shared, b: shared };
    expect(validateJsonLd(shared).errors).toEqual([]);
  });
});

describe('keys that Object.prototype also has are ordinary keys', () => {
  test.each(PROTOTYPE_KEYS)(
    '%s on one node is no @id conflict, in graph and in validateJsonLd',
    (key) => {
      const node = JSON.parse(`{"@type": "Thing", "${key}": "c"}`);
      const data = graph(node);
      expect(JSON.parse(serializeJsonLd(data))['@graph']).toEqual([
        JSON.parse(`{"@type": "Thing", "${key}": "c"}`),
      ]);
      const one = withKeys([[key, 'c']]);
      const other = withKeys([]);
      expect(validateJsonLd([one, other]).errors).toEqual([]);
      expect(validateJsonLd([other, one]).errors).toEqual([]);
      expect(() => graph(other, one)).not.toThrow();
    },
  );

  test('property: graph of a node with such keys, twice, gives the node back with every key', () => {
    const key = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string());
    const entries = fc.uniqueArray(fc.tuple(key, fc.oneof(fc.string(), fc.integer())), {
      selector: ([name]) => name,
      maxLength: 6,
    });
    fc.assert(
      fc.property(entries, (list) => {
        const usable = list.filter(
          ([name]) => name !== '@type' && name !== '@id' && name !== '@context',
        );
        const node = withKeys(usable);
        const out = JSON.parse(serializeJsonLd(graph(node, withKeys(usable))));
        expect(out['@graph']).toHaveLength(1);
        expect(out['@graph'][0]).toEqual(JSON.parse(JSON.stringify(node)));
        expect(validateJsonLd([node, withKeys(usable)]).errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('serializeJsonLd and toJSON, as JSON.stringify does', () => {
  test('an object whose toJSON returns itself is written with its other properties', () => {
    const self = {
      name: 'AIRA',
      toJSON() {
        return this;
      },
    };
    expect(serializeJsonLd({ publisher: self })).toBe(JSON.stringify({ publisher: self }));
    class Money {
      constructor(readonly amount: string) {}
      toJSON() {
        return this;
      }
    }
    expect(serializeJsonLd({ price: new Money('495.00') })).toBe('{"price":{"amount":"495.00"}}');
  });

  test('toJSON is asked once, with the key, and its result is not asked again', () => {
    const keys: string[] = [];
    const value = {
      toJSON(key: string) {
        keys.push(key);
        return { name: 'x', toJSON: () => 'asked again' };
      },
    };
    const data = { a: value, list: [value] };
    expect(serializeJsonLd(data)).toBe(JSON.stringify(data));
    expect(serializeJsonLd(data)).toBe('{"a":{"name":"x"},"list":[{"name":"x"}]}');
    expect(keys).toContain('a');
    expect(keys).toContain('0');
  });

  test('toJSON that returns something JSON cannot carry is still refused with the path', () => {
    expect(thrown(() => serializeJsonLd({ a: { toJSON: () => new Map() } }))).toMatchObject({
      code: 'unserializable',
      path: '$.a',
    });
  });
});

describe('scale: many nodes sharing one @id', () => {
  test('40,000 nodes with one @id are checked in one pass, every disagreement reported', () => {
    const nodes = Array.from({ length: 40_000 }, (_, index) => ({
      '@type': 'Organization',
      '@id': 'https://example.nl/#organization',
      name: index % 2 ? 'AIRA B.V.' : 'AIRA',
    }));
    const { errors } = validateJsonLd(nodes);
    expect(errors.filter((error) => error.rule === 'graph/conflicting-id')).toHaveLength(20_000);
  });
});
