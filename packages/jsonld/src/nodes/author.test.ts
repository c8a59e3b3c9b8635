import { describe, expect, test } from 'vitest';
import { aira, BASE_URL, golden, plain, post } from '../__fixtures__/content.js';
import { editors } from '../__fixtures__/model-content.js';
import { graph } from '../graph.js';
import { validateJsonLd } from '../validate/validate.js';
import { author } from './author.js';
import { blogPosting } from './blog-posting.js';

describe('author', () => {
  test('golden', async () => {
    await expect(
      golden(author(editors, { baseUrl: BASE_URL, worksFor: aira })),
    ).toMatchFileSnapshot('./__golden__/author.json');
  });

  test('without its own url, the page is the `author` path: /auteurs/{id} unless paths says otherwise', () => {
    const { url: _url, ...noUrl } = editors;
    expect(author(noUrl, { baseUrl: BASE_URL }).url).toBe(
      'https://example.nl/auteurs/redactie-aira',
    );
    expect(author(noUrl, { baseUrl: BASE_URL, paths: { author: '/team/{id}' } }).url).toBe(
      'https://example.nl/team/redactie-aira',
    );
    expect(author(noUrl).url).toBeUndefined();
  });

  test('is a Person with role, bio, page and profiles, @id from the author id', () => {
    expect(plain(author(editors, { baseUrl: BASE_URL }))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': 'https://example.nl/#person-redactie-aira',
      name: 'Redactie AIRA',
      jobTitle: 'Redactie',
      description: 'De redactie schrijft over AI-training voor het mkb.',
      url: 'https://example.nl/auteurs/redactie-aira',
      sameAs: ['https://www.linkedin.com/company/aira-voorbeeld'],
    });
    expect(author({ ...editors, url: 'https://aira.example/auteurs/x' })['@id']).toBe(
      'https://aira.example/auteurs/x#person',
    );
  });

  test('a post by an author id links to that Person by @id, and the page graph validates', () => {
    const byId = { ...post, author: 'redactie-aira' };
    const data = graph(
      blogPosting(byId, { baseUrl: BASE_URL, publisher: aira, authors: [editors] }),
      author(editors, { baseUrl: BASE_URL, worksFor: aira }),
    );
    const nodes = plain<{ '@graph': Array<Record<string, unknown>> }>(data)['@graph'];
    const article = nodes.find((node) => node['@type'] === 'BlogPosting');
    expect(article?.author).toEqual({ '@id': 'https://example.nl/#person-redactie-aira' });
    expect(nodes.filter((node) => node['@type'] === 'Person')).toHaveLength(1);
    expect(validateJsonLd(data).errors).toEqual([]);
  });

  test('an author id missing from options.authors is an error, not a person named after the id', () => {
    expect(() =>
      blogPosting({ ...post, author: 'onbekend' }, { baseUrl: BASE_URL, authors: [editors] }),
    ).toThrow(
      '[@aira/jsonld] blogPosting "wat-kost-een-ai-workshop": author "onbekend" is not one of options.authors (redactie-aira)',
    );
  });

  test('without authors a post keeps its author as a name', () => {
    expect(plain(blogPosting(post, { baseUrl: BASE_URL })).author).toMatchObject({
      '@type': 'Person',
      name: 'Sanne de Vries',
    });
  });
});
