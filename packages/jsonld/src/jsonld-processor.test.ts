// Regression test against an independent JSON-LD processor (jsonld.js): our generators'
// output expands without dropping a property and flattens without a dangling @id.
// @ts-expect-error: jsonld.js ships no type declarations.
import jsonld from 'jsonld';
import { describe, expect, test } from 'vitest';
import { BASE_URL, feed } from './__fixtures__/content.js';
import { siteNodes } from './__fixtures__/site-nodes.js';
import { graph } from './graph.js';
import { faqPage } from './nodes/faq-page.js';

interface Processor {
  expand(data: unknown, options: object): Promise<unknown[]>;
  flatten(data: unknown, context: null, options: object): Promise<unknown>;
}
const processor = jsonld as Processor;

// Offline: the schema.org context reduced to its vocabulary mapping, which is all that decides
// whether a term expands (every schema.org term is a term of the vocabulary).
const documentLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network in tests: ${url}`);
  return {
    contextUrl: null,
    documentUrl: url,
    document: { '@context': { '@vocab': 'https://schema.org/' } },
  };
};
// safe mode makes jsonld.js throw on anything it would otherwise drop silently.
const options = { documentLoader, safe: true };

const SITE = graph(...siteNodes(), faqPage(feed, { baseUrl: BASE_URL }));

describe('generator output in an independent JSON-LD processor (jsonld.js)', () => {
  test('expands in safe mode: no property or value is dropped', async () => {
    const expanded = await processor.expand(SITE, options);
    expect(expanded.length).toBeGreaterThan(0);
  });

  test('flattens with no dangling @id: every referenced node is defined', async () => {
    const flat = (await processor.flatten(SITE, null, options)) as Record<string, unknown>[];
    expect(flat.length).toBeGreaterThan(5);
    expect(danglingIds(flat)).toEqual([]);
    const broken = await processor.flatten(
      {
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        publisher: { '@id': 'https://example.nl/#x' },
      },
      null,
      options,
    );
    expect(danglingIds(broken as Record<string, unknown>[])).toEqual(['https://example.nl/#x']);
  });
});

/** Object references in flattened JSON-LD whose @id is no node of the graph. */
function danglingIds(flat: Record<string, unknown>[]): string[] {
  const subjects = new Set(flat.map((node) => node['@id']));
  const missing: string[] = [];
  for (const node of flat) {
    for (const [key, values] of Object.entries(node)) {
      if (key.startsWith('@') || !Array.isArray(values)) continue;
      for (const value of values as Record<string, unknown>[]) {
        const id = value['@id'];
        if (typeof id === 'string' && !subjects.has(id)) missing.push(id);
      }
    }
  }
  return missing;
}
