import { readFileSync } from 'node:fs';
import Ajv2020Import from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as api from '../index';
import { contentJsonSchema, JSON_SCHEMA_TYPES, type JsonSchemaType } from '../index';
import * as fixtures from '../test/fixtures';
import * as model from '../test/model-fixtures';

// ajv and ajv-formats are CommonJS; under ESM their constructor sits on `default`.
const Ajv2020 =
  (Ajv2020Import as unknown as { default?: typeof Ajv2020Import }).default ?? Ajv2020Import;
const addFormats =
  (addFormatsImport as unknown as { default?: typeof addFormatsImport }).default ??
  addFormatsImport;
function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const { body: _, ...frontmatter } = api.parseBlogPost(fixtures.validPostSource());
const examples: Record<
  JsonSchemaType,
  { valid: unknown; invalid: unknown; zod: (input: unknown) => { success: boolean } }
> = {
  'faq-feed': {
    valid: fixtures.validFeed(),
    invalid: { ...fixtures.validFeed(), version: 2 },
    zod: api.safeParseFaqFeed,
  },
  'faq-item': {
    valid: fixtures.validFeed().items[0],
    invalid: { id: 'Geen Slug', question: 'V?', answer: 'A' },
    zod: api.safeParseFaqItem,
  },
  'faq-category': {
    valid: { id: 'kosten', label: 'Kosten' },
    invalid: { id: 'kosten' },
    zod: api.safeParseFaqCategory,
  },
  'blog-post-frontmatter': {
    valid: frontmatter,
    invalid: { ...frontmatter, intent: 'commercieel' },
    zod: (input) => api.BlogPostFrontmatterSchema.safeParse(input),
  },
  'blog-post': {
    valid: { ...frontmatter, body: 'Tekst' },
    invalid: frontmatter,
    zod: api.safeParseBlogPost,
  },
  price: {
    valid: { amount: 495, per: 'person' },
    invalid: { amount: -1, per: 'person' },
    zod: api.safeParsePrice,
  },
  'postal-address': {
    valid: { locality: 'Amsterdam', country: 'NL' },
    invalid: { locality: 'Amsterdam', country: 'nl' },
    zod: api.safeParsePostalAddress,
  },
  'training-offer': {
    valid: fixtures.validOffer(),
    invalid: { ...fixtures.validOffer(), delivery: [] },
    zod: api.safeParseTrainingOffer,
  },
  workshop: {
    valid: fixtures.validWorkshop(),
    invalid: { ...fixtures.validWorkshop(), start: '2026-03-28 10:00' },
    zod: api.safeParseWorkshop,
  },
  organization: {
    valid: fixtures.validOrganization(),
    invalid: { ...fixtures.validOrganization(), url: 'aira' },
    zod: api.safeParseOrganization,
  },
  'case-study': {
    valid: fixtures.validCase(),
    invalid: { ...fixtures.validCase(), fictional: 'ja' },
    zod: api.safeParseCaseStudy,
  },
  persona: {
    valid: fixtures.validPersona(),
    invalid: { ...fixtures.validPersona(), painPoints: [] },
    zod: api.safeParsePersona,
  },
  'keyword-cluster': {
    valid: fixtures.validCluster(),
    invalid: { ...fixtures.validCluster(), keywords: 'ai' },
    zod: api.safeParseKeywordCluster,
  },
  'content-calendar': {
    valid: fixtures.validCalendar(),
    invalid: { weeks: fixtures.validCalendar().weeks.slice(0, 11) },
    zod: api.safeParseContentCalendar,
  },
  'step-plan': {
    valid: model.exampleStepPlan(),
    invalid: { ...model.exampleStepPlan(), steps: [] },
    zod: api.safeParseStepPlan,
  },
  roadmap: {
    valid: model.exampleRoadmap(),
    invalid: { ...model.exampleRoadmap(), totalWeeks: 0 },
    zod: api.safeParseRoadmap,
  },
  'competence-framework': {
    valid: model.exampleCompetences(),
    invalid: { ...model.exampleCompetences(), levels: [] },
    zod: api.safeParseCompetenceFramework,
  },
  'budget-split': {
    valid: model.exampleBudgetSplit(),
    invalid: { ...model.exampleBudgetSplit(), shares: [{ id: 'x', name: 'X', share: 120 }] },
    zod: api.safeParseBudgetSplit,
  },
  author: {
    valid: model.exampleAuthor(),
    invalid: { ...model.exampleAuthor(), sameAs: ['geen-url'] },
    zod: api.safeParseAuthor,
  },
};

describe('JSON Schema', () => {
  test.each(JSON_SCHEMA_TYPES)(
    '%s: zod and the JSON Schema agree on a valid and an invalid example',
    (type) => {
      const { valid, invalid, zod } = examples[type];
      const validate = compile(contentJsonSchema(type));
      expect([zod(valid).success, validate(valid)]).toEqual([true, true]);
      expect([zod(invalid).success, validate(invalid)]).toEqual([false, false]);
    },
  );

  test.each(JSON_SCHEMA_TYPES)(
    '%s: the shipped schemas/ file is what the zod schema generates',
    (type) => {
      const file = new URL(`../../schemas/${type}.schema.json`, import.meta.url);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(contentJsonSchema(type));
    },
  );

  test('every schema has an $id, a title and a description', () => {
    for (const type of JSON_SCHEMA_TYPES) {
      expect(contentJsonSchema(type)).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://unpkg.com/@aira/content-schema/schemas/${type}.schema.json`,
        title: expect.any(String),
        description: expect.any(String),
      });
    }
  });

  test('property: a feed the parser accepts, the JSON Schema accepts too (it only lacks cross-field rules)', () => {
    const validate = compile(contentJsonSchema('faq-feed'));
    const field = fc.constantFrom(
      'id',
      'question',
      'answer',
      'category',
      'tags',
      'locale',
      'updated',
      'related',
    );
    fc.assert(
      fc.property(fc.nat(1), field, fc.jsonValue(), (index, key, value) => {
        const feed = fixtures.validFeed();
        (feed.items[index] as Record<string, unknown>)[key] = value;
        if (api.safeParseFaqFeed(feed).success) expect(validate(feed)).toBe(true);
        if (!validate(feed)) expect(api.safeParseFaqFeed(feed).success).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  test('refuses an unknown type with the list of known ones', () => {
    expect(() => contentJsonSchema('faq' as JsonSchemaType)).toThrow(
      /unknown JSON Schema type "faq"; use one of: faq-feed/,
    );
  });
});
