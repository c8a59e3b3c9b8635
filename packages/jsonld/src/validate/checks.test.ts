import { describe, expect, test } from 'vitest';
import { BASE_URL, feed, post } from '../__fixtures__/content.js';
import { faqPage } from '../nodes/faq-page.js';
import { validateJsonLd } from './validate.js';

const rules = (findings: { rule: string }[]) => findings.map((finding) => finding.rule);
const options = { baseUrl: BASE_URL };

describe('validateJsonLd on hand-written data', () => {
  test('missing required properties are errors with the path where they belong', () => {
    const { errors } = validateJsonLd({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Wat kost het?' }],
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: '$.mainEntity[0].acceptedAnswer',
        rule: 'faq/required',
        profile: 'faq',
      }),
    ]);
  });

  test('recommended properties of active features are warnings, with dotted paths', () => {
    const { errors, warnings } = validateJsonLd({
      '@type': 'BlogPosting',
      headline: 'Titel',
      author: { '@type': 'Person' },
    });
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(['$.datePublished', '$.image', '$.author.name']),
    );
  });

  test('Event: name, startDate and location are required; a Place needs an address', () => {
    const { errors } = validateJsonLd({
      '@type': 'Event',
      name: 'Workshop',
      location: { '@type': 'Place', name: 'Zaal' },
    });
    expect(errors).toEqual([
      expect.objectContaining({ path: '$.startDate', rule: 'event/required' }),
      expect.objectContaining({ path: '$.location.address', rule: 'event/required' }),
    ]);
  });

  test('dangling @id references are errors', () => {
    const { errors } = validateJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'BlogPosting',
          '@id': 'https://example.nl/blog/a#article',
          headline: 'A',
          publisher: { '@id': 'https://example.nl/#organization' },
        },
      ],
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: '$["@graph"][0].publisher',
        rule: 'graph/dangling-reference',
      }),
    ]);
  });

  test('references resolve through the graph for required properties', () => {
    const data = {
      '@graph': [
        {
          '@type': 'Event',
          name: 'W',
          startDate: '2026-03-28T10:00:00+01:00',
          location: { '@id': 'https://example.nl/#zaal' },
        },
        {
          '@type': 'Place',
          '@id': 'https://example.nl/#zaal',
          name: 'Zaal',
          address: 'Voorbeeldgracht 1, Amsterdam',
        },
      ],
    };
    const { errors, warnings } = validateJsonLd(data);
    expect(errors).toEqual([]);
    expect(rules(warnings)).not.toContain('event/physical-venue');
  });

  test('two nodes with one @id that disagree are an error', () => {
    const { errors } = validateJsonLd([
      { '@type': 'Organization', '@id': 'https://example.nl/#organization', name: 'AIRA' },
      { '@type': 'Organization', '@id': 'https://example.nl/#organization', name: 'Aira BV' },
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ path: '$[1].name', rule: 'graph/conflicting-id' }),
    ]);
  });

  test('more than one FAQPage on a page is an error', () => {
    const { errors } = validateJsonLd([faqPage(feed, options), faqPage(post, options)]);
    expect(errors).toEqual([
      expect.objectContaining({ path: '$[1]', rule: 'graph/multiple-faq-pages' }),
    ]);
  });

  test('date-times without a time zone are warnings; malformed dates are errors', () => {
    const { errors, warnings } = validateJsonLd({
      '@type': 'Event',
      name: 'W',
      startDate: '2026-03-28T10:00',
      endDate: '28 maart 2026',
      location: { '@type': 'Place', name: 'Zaal', address: 'Amsterdam' },
    });
    expect(warnings).toContainEqual(
      expect.objectContaining({ path: '$.startDate', rule: 'date/time-zone' }),
    );
    expect(errors).toEqual([expect.objectContaining({ path: '$.endDate', rule: 'date/format' })]);
  });

  test('prices must be plain decimal strings, currencies ISO 4217 codes', () => {
    const { errors, warnings } = validateJsonLd({
      '@type': 'Product',
      offers: [
        { '@type': 'Offer', price: '€ 1.234,50', priceCurrency: 'euro' },
        { '@type': 'Offer', price: 495, priceCurrency: 'EUR' },
        { '@type': 'Offer', price: '495.00', priceCurrency: 'EUR' },
      ],
    });
    expect(errors).toEqual([
      expect.objectContaining({ path: '$.offers[0].price', rule: 'price/format' }),
      expect.objectContaining({ path: '$.offers[0].priceCurrency', rule: 'price/currency' }),
    ]);
    // Google types price as Number or Text: 495 is fine.
    expect(warnings.filter((warning) => warning.rule.startsWith('price/'))).toEqual([]);
  });

  test('answer HTML that Google ignores is a warning', () => {
    const { warnings } = validateJsonLd({
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'V',
          acceptedAnswer: { '@type': 'Answer', text: '<p>Zie <code>x</code></p>' },
        },
      ],
    });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        path: '$.mainEntity[0].acceptedAnswer.text',
        rule: 'faq/answer-html',
      }),
    );
  });

  test('never throws on odd input', () => {
    for (const input of [null, 42, 'x', [], [[{}]], { '@type': 7 }, { '@id': 5 }]) {
      expect(validateJsonLd(input)).toEqual(expect.objectContaining({ errors: expect.any(Array) }));
    }
  });
});
