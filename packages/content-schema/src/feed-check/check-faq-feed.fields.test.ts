// Differential test: the zod-free feed check (the widget's) and FaqFeedSchema (the CLI's and
// parseFaqFeed's) must give the same verdict and keep the same data for every URL, id, date
// and locale, not only for the handful of examples in check-faq-feed.test.ts.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { safeParseFaqFeed } from '../schemas/faq-feed';
import { checkFaqFeed } from './check-faq-feed';

/** Strings glued from pieces that sit near the edge of each rule, plus fully random ones. */
const glued = (pieces: string[], maxLength = 8) =>
  fc.oneof(
    {
      arbitrary: fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join('')),
      weight: 6,
    },
    { arbitrary: fc.string({ maxLength: 12, unit: 'binary' }), weight: 1 },
  );

const hosts = fc.oneof(
  fc.domain(),
  fc.ipV4(),
  fc.ipV4Extended(),
  fc.ipV6().map((ip) => `[${ip}]`),
  glued([
    'aira',
    '.',
    'nl',
    '1',
    '255',
    '256',
    '0x7f',
    '%',
    '%41',
    '-',
    'xn--',
    'ä',
    ' ',
    '_',
    '@',
    '[',
    ']',
    ':',
  ]),
);
const schemes = fc.constantFrom(
  'http',
  'https',
  'HTTP',
  'Https',
  'ftp',
  'javascript',
  'http:',
  'https:/',
  '',
);
const ports = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 70_000 }).map((p) => `:${p}`),
  fc.constantFrom(':', ':65535', ':65536', ':099999', ':-1', ':8o'),
);
const rests = glued(
  ['/', 'faq', '?q=1', '#top', ' ', '\t', '\n', '%zz', '%20', '\\', '..', 'é', '<', '"'],
  5,
);
const edges = fc.constantFrom('', ' ', '\t', '\n', '\u00a0', '\ufeff', '\u0000');
const urls = fc.oneof(
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 2 },
  {
    arbitrary: fc
      .tuple(
        edges,
        schemes,
        fc.constantFrom('://', ':/', ':', '://user:pw@', ':\\\\'),
        hosts,
        ports,
        rests,
        edges,
      )
      .map((parts) => parts.join('')),
    weight: 8,
  },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
);

const ids = glued(['a', 'z', '0', '9', '-', '--', 'A', '_', ' ', 'é', '\n']);
const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const dates = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.oneof(
          fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
          fc.constant('2024'),
        ),
        fc.oneof(two, fc.constantFrom('02', '1')),
        fc.oneof(two, fc.constantFrom('28', '29', '30', '31')),
        fc.constantFrom(
          '',
          'T10:00',
          'T10:00:00',
          'T10:00:00.123Z',
          'T10:00+01:00',
          'T10:00:00-05:30',
          'T1:00',
          'Z',
          ' ',
        ),
      )
      .map(([y, m, d, time]) => `${y}-${m}-${d}${time}`),
    weight: 8,
  },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);
const locales = glued(['nl', 'NL', 'en', '-', 'nld', 'x', '_', 'latn', '123456789', 'ä']);

/** Any of the generated strings, or a value of the wrong type. */
const value = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: arb, weight: 20 },
    { arbitrary: fc.constantFrom(42, null, [], {}), weight: 1 },
  );

/** In a whole feed, each field mostly holds a good value, so that some feeds pass. */
const usually = <T>(good: T, arb: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: fc.constant(good), weight: 3 }, { arbitrary: value(arb), weight: 1 });

const feeds = fc.record({
  version: fc.constant(1),
  locale: usually('nl-NL', locales),
  url: usually('https://aira.example/faq', urls),
  updated: usually('2026-11-30', dates),
  categories: fc.array(fc.record({ id: value(ids), label: fc.constant('Label') }), {
    maxLength: 2,
  }),
  items: fc.array(
    fc.record(
      {
        id: value(ids),
        question: fc.constant('Hoe snel?'),
        answer: fc.constant('Binnen twee weken.'),
        category: fc.option(value(ids), { nil: undefined }),
        locale: fc.option(value(locales), { nil: undefined }),
        updated: fc.option(value(dates), { nil: undefined }),
        related: fc.option(fc.array(value(ids), { maxLength: 2 }), { nil: undefined }),
      },
      { requiredKeys: ['id', 'question', 'answer'] },
    ),
    { maxLength: 3 },
  ),
});

function compare(input: unknown) {
  const widget = checkFaqFeed(input);
  const schema = safeParseFaqFeed(input);
  expect(widget.issues.length === 0, JSON.stringify(widget.issues)).toBe(schema.success);
  if (schema.success) expect(widget.feed).toEqual(schema.data);
}

// Thousands of generated cases: a loaded CI machine needs more than the default 5 s.
describe('checkFaqFeed and FaqFeedSchema agree field by field', { timeout: 60_000 }, () => {
  test('on the URLs the issue named: upper-case scheme, big port, five numeric labels, % in the host', () => {
    const base = { version: 1, locale: 'nl-NL', items: [] };
    const verdict = (url: string) => [
      checkFaqFeed({ ...base, url }).issues.length === 0,
      safeParseFaqFeed({ ...base, url }).success,
    ];
    expect(verdict('HTTPS://aira.example/faq')).toEqual([true, true]);
    expect(verdict('https://aira.example:65536/')).toEqual([false, false]);
    expect(verdict('https://1.2.3.4.5/')).toEqual([false, false]);
    expect(verdict('https://ai%ra.example/')).toEqual([false, false]);
    expect(verdict('https:aira.example')).toEqual([false, false]);
  });

  test('property: generated URLs, ids, dates and locales get the same verdict and the same data', () => {
    let valid = 0;
    fc.assert(
      fc.property(feeds, (input) => {
        compare(input);
        if (safeParseFaqFeed(input).success) valid++;
      }),
      { numRuns: 1000 },
    );
    expect(valid).toBeGreaterThan(20);
  });

  test('property: each generator on its own, one field at a time', () => {
    const base = { version: 1, locale: 'nl-NL', items: [{ id: 'a', question: 'q', answer: 'a' }] };
    const accepted = { url: 0, id: 0, date: 0, locale: 0 };
    fc.assert(
      fc.property(urls, ids, dates, locales, (url, id, date, locale) => {
        for (const [field, input] of [
          ['url', { ...base, url }],
          ['id', { ...base, items: [{ ...base.items[0], id }] }],
          ['date', { ...base, updated: date }],
          ['locale', { ...base, locale }],
        ] as const) {
          compare(input);
          if (safeParseFaqFeed(input).success) accepted[field]++;
        }
      }),
      { numRuns: 2000 },
    );
    // Each generator must give both verdicts often, or agreement would prove little.
    for (const count of Object.values(accepted)) {
      expect(count).toBeGreaterThan(40);
      expect(count).toBeLessThan(1900);
    }
  });
});
