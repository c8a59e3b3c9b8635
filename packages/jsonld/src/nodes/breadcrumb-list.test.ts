import { describe, expect, test } from 'vitest';
import { BASE_URL, golden } from '../__fixtures__/content.js';
import { breadcrumbList } from './breadcrumb-list.js';

const crumbs = [
  { name: 'Home', url: '/' },
  { name: 'Blog', url: '/blog' },
  { name: 'Wat kost een AI-workshop?', url: '/blog/wat-kost-een-ai-workshop' },
];

describe('breadcrumbList', () => {
  test('golden', async () => {
    await expect(golden(breadcrumbList(crumbs, { baseUrl: BASE_URL }))).toMatchFileSnapshot(
      './__golden__/breadcrumb-list.json',
    );
  });

  test('positions from 1 and absolute item URLs', () => {
    const data = breadcrumbList(crumbs, { baseUrl: BASE_URL });
    expect(data['@id']).toBe('https://example.nl/blog/wat-kost-een-ai-workshop#breadcrumb');
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.nl/' },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: 'https://example.nl/blog' },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'Wat kost een AI-workshop?',
        item: 'https://example.nl/blog/wat-kost-een-ai-workshop',
      },
    ]);
  });

  test('relative URLs need a baseUrl', () => {
    expect(() => breadcrumbList(crumbs)).toThrow(/pass options\.baseUrl or an absolute URL/);
    expect(() => breadcrumbList([])).toThrow(/at least one crumb/);
  });
});
