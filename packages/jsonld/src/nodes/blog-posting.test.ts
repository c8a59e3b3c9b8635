import { describe, expect, test } from 'vitest';
import { aira, BASE_URL, golden, plain, post } from '../__fixtures__/content.js';
import { blogPosting } from './blog-posting.js';

describe('blogPosting', () => {
  test('golden', async () => {
    await expect(
      golden(blogPosting(post, { baseUrl: BASE_URL, publisher: aira })),
    ).toMatchFileSnapshot('./__golden__/blog-posting.json');
  });

  test('links author and publisher by stable @ids and takes dates and language from the post', () => {
    const data = blogPosting(post, { baseUrl: BASE_URL, publisher: aira });
    expect(data['@id']).toBe('https://example.nl/blog/wat-kost-een-ai-workshop#article');
    expect(data.mainEntityOfPage).toBe('https://example.nl/blog/wat-kost-een-ai-workshop');
    expect(data.author).toMatchObject({
      '@type': 'Person',
      '@id': 'https://example.nl/#person-sanne-de-vries',
      name: 'Sanne de Vries',
    });
    expect(data.publisher).toMatchObject({
      '@type': 'Organization',
      '@id': 'https://example.nl/#organization',
    });
    expect(data.datePublished).toBe('2026-10-05');
    expect(data.dateModified).toBe('2026-11-02');
    expect(data.inLanguage).toBe('nl-NL');
    expect(data.articleBody).toBeUndefined();
  });

  test('articleBody is the plain text of the rendered body', () => {
    const data = blogPosting(post, { articleBody: true });
    expect(data.articleBody).toContain('Een AI-workshop hoeft niet duur te zijn.');
    expect(String(data.articleBody)).not.toMatch(/<[a-z]/);
  });

  test('the output does not share arrays with the input', () => {
    const data = blogPosting(post);
    plain<string[]>(data.keywords).push('extra');
    expect(post.tags).toEqual(['workshop', 'kosten', 'mkb']);
  });
});
