import { describe, expect, test } from 'vitest';
import { post } from '../__fixtures__/content.js';
import { blogPosting } from '../nodes/blog-posting.js';
import { validateJsonLd } from './validate.js';

const rulesOf = (data: unknown) => validateJsonLd(data).errors.map((error) => error.rule);
const address = {
  '@type': 'PostalAddress',
  streetAddress: 'Voorbeeldgracht 1',
  addressLocality: 'Amsterdam',
};
const place = { '@type': 'Place', name: 'Zaal', address };

describe('profiles apply to subtypes, whatever the form of @type', () => {
  test.each([
    [
      'Restaurant without address',
      { '@type': 'Restaurant', name: 'Eetcafé' },
      'local-business/required',
    ],
    ['Store without name', { '@type': 'Store', address }, 'local-business/required'],
    [
      'MusicEvent without location',
      { '@type': 'MusicEvent', name: 'Concert', startDate: '2026-03-28' },
      'event/required',
    ],
    [
      'full IRI @type',
      { '@type': 'https://schema.org/Restaurant', name: 'E' },
      'local-business/required',
    ],
    [
      'http IRI @type',
      { '@type': 'http://schema.org/Restaurant', name: 'E' },
      'local-business/required',
    ],
    ['@type array', { '@type': ['Thing', 'Dentist'], name: 'Tandarts' }, 'local-business/required'],
  ])('%s is an error', (_label, data, rule) => {
    expect(rulesOf({ '@context': 'https://schema.org', ...data })).toContain(rule);
  });
});

describe('expected types', () => {
  test.each([
    [
      'acceptedAnswer as a string',
      { '@type': 'Question', name: 'V', acceptedAnswer: 'Ja' },
      'faq/type',
    ],
    ['mainEntity as a string', { '@type': 'FAQPage', mainEntity: 'Vragen' }, 'faq/type'],
    ['author as a number', { '@type': 'BlogPosting', headline: 'T', author: 7 }, 'article/type'],
    [
      'address as a number',
      { '@type': 'LocalBusiness', name: 'AIRA', address: 12 },
      'local-business/type',
    ],
    [
      'Event location as a plain string',
      { '@type': 'Event', name: 'W', startDate: '2026-03-28', location: 'Amsterdam' },
      'event/type',
    ],
    [
      'position as "first"',
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 'first', name: 'Home', item: 'https://example.nl/' },
        ],
      },
      'breadcrumb/type',
    ],
  ])('%s is an error', (_label, data, rule) => {
    expect(rulesOf(data)).toContain(rule);
  });

  test('Text where schema.org allows it, numbers for price and URLs for images are fine', () => {
    expect(
      rulesOf({
        '@type': 'Event',
        name: 'W',
        startDate: '2026-03-28',
        location: place,
        image: 'https://example.nl/a.png',
        offers: { '@type': 'Offer', price: 30, priceCurrency: 'EUR' },
      }),
    ).toEqual([]);
  });
});

describe('breadcrumbs and lists', () => {
  test('a non-last ListItem without item is an error; the last may leave it out', () => {
    const crumbs = (first: Record<string, unknown>) => ({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', ...first },
        { '@type': 'ListItem', position: 2, name: 'Blog' },
      ],
    });
    expect(validateJsonLd(crumbs({})).errors).toContainEqual(
      expect.objectContaining({ rule: 'breadcrumb/required', path: '$.itemListElement[0].item' }),
    );
    expect(rulesOf(crumbs({ item: 'https://example.nl/' }))).toEqual([]);
  });

  test('the breadcrumb name rule does not reach ListItems of other lists', () => {
    const list = {
      '@type': 'ItemList',
      itemListElement: [{ '@type': 'ListItem', position: 1, url: 'https://example.nl/cursus' }],
    };
    expect(rulesOf(list)).toEqual([]);
  });
});

describe('every finding says where, which rule and where the rule is written', () => {
  test('rule id, JSON path and documentation link', () => {
    const { errors } = validateJsonLd({ '@type': 'Event', name: 'W', location: place });
    expect(errors).toEqual([
      {
        path: '$.startDate',
        rule: 'event/required',
        profile: 'event',
        message: expect.stringContaining('startDate'),
        documentation: 'https://developers.google.com/search/docs/appearance/structured-data/event',
      },
    ]);
  });
});

describe('nodes that cannot be linked', () => {
  test('a top-level BlogPosting with neither @id nor url is a warning', () => {
    const unlinked = {
      '@type': 'BlogPosting',
      headline: 'T',
      author: { '@type': 'Person', name: 'S' },
    };
    expect(validateJsonLd(unlinked).warnings).toContainEqual(
      expect.objectContaining({ rule: 'graph/unlinkable', path: '$' }),
    );
    const linked = blogPosting(post, { baseUrl: 'https://example.nl' });
    expect(validateJsonLd(linked).warnings.map((w) => w.rule)).not.toContain('graph/unlinkable');
  });
});
