import { describe, expect, test } from 'vitest';
import { aira, BASE_URL, plain, post } from './__fixtures__/content.js';
import { JsonLdError } from './errors.js';
import { graph } from './graph.js';
import { blogPosting } from './nodes/blog-posting.js';
import { faqPage } from './nodes/faq-page.js';
import { organization } from './nodes/organization.js';

const options = { baseUrl: BASE_URL, publisher: aira };

describe('graph', () => {
  test('returns one context and a @graph without nested @context', () => {
    const data = graph(organization(aira), faqPage(post, { baseUrl: BASE_URL }));
    expect(data['@context']).toBe('https://schema.org');
    expect(JSON.stringify(data['@graph'])).not.toContain('@context');
  });

  test('replaces a repeated publisher by an @id reference and keeps one Organization node', () => {
    const other = { ...post, slug: 'ai-voor-accountants', title: 'AI voor accountants' };
    const data = graph(blogPosting(post, options), blogPosting(other, options));
    const nodes = plain<Record<string, unknown>[]>(data['@graph']);
    const orgs = nodes.filter((node) => node['@type'] === 'Organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.name).toBe('AIRA');
    const posts = nodes.filter((node) => node['@type'] === 'BlogPosting');
    expect(posts.map((node) => node.publisher)).toEqual([
      { '@id': 'https://example.nl/#organization' },
      { '@id': 'https://example.nl/#organization' },
    ]);
    // The same author wrote both: one Person node, two references.
    expect(nodes.filter((node) => node['@type'] === 'Person')).toHaveLength(1);
    expect(posts[1]?.author).toEqual({ '@id': 'https://example.nl/#person-sanne-de-vries' });
  });

  test('keeps an entity embedded when it occurs once', () => {
    const data = graph(blogPosting(post, options));
    const [article] = plain<Record<string, unknown>[]>(data['@graph']);
    expect(plain(article?.publisher).name).toBe('AIRA');
  });

  test('merges a top-level node with the same entity embedded elsewhere', () => {
    const data = graph(blogPosting(post, options), organization(aira));
    const nodes = plain<Record<string, unknown>[]>(data['@graph']);
    expect(nodes.map((node) => node['@type'])).toEqual(['BlogPosting', 'Organization']);
    expect(nodes[0]?.publisher).toEqual({ '@id': 'https://example.nl/#organization' });
  });

  test('is deterministic: same input, same output, node order by first appearance', () => {
    const make = () =>
      graph(organization(aira), blogPosting(post, options), faqPage(post, { baseUrl: BASE_URL }));
    expect(JSON.stringify(make())).toBe(JSON.stringify(make()));
    expect(plain<Record<string, unknown>[]>(make()['@graph']).map((node) => node['@id'])).toEqual([
      'https://example.nl/#organization',
      'https://example.nl/blog/wat-kost-een-ai-workshop#article',
      'https://example.nl/blog/wat-kost-een-ai-workshop#faq',
    ]);
  });

  test('merges complementary properties of one @id', () => {
    const data = graph(
      { '@type': 'Organization', '@id': 'https://example.nl/#organization', name: 'AIRA' },
      {
        '@type': 'Organization',
        '@id': 'https://example.nl/#organization',
        email: 'info@example.nl',
      },
    );
    expect(data['@graph']).toEqual([
      {
        '@type': 'Organization',
        '@id': 'https://example.nl/#organization',
        name: 'AIRA',
        email: 'info@example.nl',
      },
    ]);
  });

  test('throws on two different values for one property of one @id, naming both', () => {
    const run = () =>
      graph(
        { '@type': 'Organization', '@id': 'https://example.nl/#organization', name: 'AIRA' },
        { '@type': 'Organization', '@id': 'https://example.nl/#organization', name: 'AIRA B.V.' },
      );
    expect(run).toThrow(JsonLdError);
    expect(run).toThrow(
      /\[@aira\/jsonld\] graph: two nodes with @id "https:\/\/example\.nl\/#organization" disagree on "name"/,
    );
  });

  test('flattens earlier graphs and arrays', () => {
    const first = graph(organization(aira));
    const data = graph(first, [faqPage(post, { baseUrl: BASE_URL })]);
    expect(data['@graph']).toHaveLength(2);
  });

  test('refuses a foreign @context and non-objects', () => {
    expect(() => graph({ '@context': 'https://example.org/vocab', name: 'x' })).toThrow(
      /only the schema\.org context/,
    );
    expect(() => graph('x' as never)).toThrow(/must be a JSON-LD node/);
  });

  test('does not mutate its inputs', () => {
    const a = blogPosting(post, options);
    const snapshot = JSON.stringify(a);
    graph(a, blogPosting({ ...post, slug: 'tweede' }, options));
    expect(JSON.stringify(a)).toBe(snapshot);
  });
});
