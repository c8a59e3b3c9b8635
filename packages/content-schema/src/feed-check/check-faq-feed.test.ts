import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type FaqFeed, parseFaqFeed, safeParseFaqFeed } from '../schemas/faq-feed';
import { validFeed } from '../test/fixtures';
import { checkFaqFeed } from './check-faq-feed';

const feed: FaqFeed = parseFaqFeed(validFeed());

// The zod-free feed check must give the same verdict as the real schema of
// @aira/content-schema on every input, valid or broken.
const verdicts = (input: unknown) => ({
  widget: checkFaqFeed(input).issues.length === 0,
  schema: safeParseFaqFeed(input).success,
});

const oneOf = <T>(...values: T[]) => fc.constantFrom(...values);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** Mostly good values, sometimes a broken one: every feed has several fields to get wrong. */
const mostly = <T, U>(good: T[], bad: U[]) =>
  fc.oneof(
    { arbitrary: oneOf(...good), weight: 30 },
    { arbitrary: oneOf<T | U>(...bad), weight: 1 },
  );
const slugish = mostly(
  ['intake', 'wat-kost-het', 'a1', 'ok-2'],
  ['Intake', 'twee--streepjes', '', 42],
);
const textish = mostly(['Hoe snel?', 'Ja.'], ['   ', '', 7, null]);
const dateish = mostly(
  ['2025-01-15', '2025-01-15T10:00:00+01:00'],
  ['2025-02-30', '2025-1-5', '0050-01-01', 'gisteren'],
);
const localeish = mostly(['nl-NL', 'en'], ['nl_NL', 'x', 'nederlands']);

const item = fc.record(
  {
    id: slugish,
    question: textish,
    answer: textish,
    category: maybe(mostly(['kosten', 'starten'], ['onbekend', 'Kosten'])),
    tags: maybe(fc.array(textish, { maxLength: 2 })),
    locale: maybe(localeish),
    updated: maybe(dateish),
    related: maybe(fc.array(slugish, { maxLength: 2 })),
  },
  { requiredKeys: [] },
);

const feeds = fc.record(
  {
    version: mostly([1], [2, '1']),
    locale: localeish,
    title: maybe(textish),
    url: maybe(
      mostly(
        ['https://aira.example/faq', 'http://aira.example'],
        ['ftp://aira.example', '/faq', 'geen url'],
      ),
    ),
    updated: maybe(dateish),
    categories: maybe(
      fc.uniqueArray(fc.record({ id: mostly(['kosten', 'starten'], ['Fout']), label: textish }), {
        maxLength: 3,
        selector: (c) => c.id,
      }),
    ),
    items: fc.oneof(
      { arbitrary: fc.uniqueArray(item, { maxLength: 3, selector: (i) => i.id }), weight: 30 },
      { arbitrary: oneOf('geen lijst'), weight: 1 },
    ),
  },
  { requiredKeys: ['version', 'items'] },
);

describe('checkFaqFeed agrees with FaqFeedSchema', () => {
  test('on the example feed and on obviously broken input', () => {
    const twice = { ...feed, items: [feed.items[0], feed.items[0]] };
    for (const input of [feed, twice, null, [], 'feed', { version: 1 }, { ...feed, items: 'x' }]) {
      const { widget, schema } = verdicts(input);
      expect(widget, JSON.stringify(input)?.slice(0, 80)).toBe(schema);
    }
    expect(verdicts(feed).widget).toBe(true);
  });

  test('on generated feeds, valid and broken', () => {
    let valid = 0;
    fc.assert(
      fc.property(feeds, (input) => {
        const { widget, schema } = verdicts(input);
        expect(widget).toBe(schema);
        if (schema) valid++;
      }),
      { numRuns: 2000 },
    );
    // The generator must produce both kinds, or agreement would prove little.
    expect(valid).toBeGreaterThan(50);
    expect(valid).toBeLessThan(1950);
  });

  test('reports where the problem is', () => {
    const { issues } = checkFaqFeed({
      ...feed,
      items: [{ id: 'Fout', question: '', answer: 'x' }],
    });
    expect(issues.map((i) => i.path)).toEqual(['items.0.id', 'items.0.question']);
  });

  test('drops fields the feed format does not know', () => {
    const { feed: clean } = checkFaqFeed({
      ...feed,
      extra: '<script>',
      items: [{ ...feed.items[0], onclick: 'x' }],
    });
    expect(clean).not.toHaveProperty('extra');
    expect(clean.items[0]).not.toHaveProperty('onclick');
  });
});
