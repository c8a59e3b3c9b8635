import { TYPES } from '../json-schema/descriptions';
import type { JsonSchemaType } from '../json-schema/generate';
import type { SafeParseResult } from '../source/define-parsers';
import { safeRun } from '../source/define-parsers';

const SUBJECTS: Record<JsonSchemaType, string> = {
  'faq-feed': 'FAQ feed',
  'faq-item': 'FAQ item',
  'faq-category': 'FAQ category',
  'blog-post-frontmatter': 'blog post frontmatter',
  'blog-post': 'blog post',
  price: 'price',
  'postal-address': 'postal address',
  'training-offer': 'training offer',
  workshop: 'workshop',
  organization: 'organization',
  'case-study': 'case study',
  persona: 'persona',
  'keyword-cluster': 'keyword cluster',
  'content-calendar': 'content calendar',
};

/** The zod schema of the named content type. */
export function schemaOf(type: JsonSchemaType) {
  return TYPES[type].schema;
}

/** Validates `data` as the named content type. */
export function validateAs(type: JsonSchemaType, data: unknown): SafeParseResult<unknown> {
  return safeRun(TYPES[type].schema, data, SUBJECTS[type]);
}

/**
 * Which content type a JSON file holds: the one its `$schema` names
 * (`.../training-offer.schema.json`), else a FAQ feed when it has `items`.
 */
export function detectType(data: unknown): JsonSchemaType | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const named =
    typeof record.$schema === 'string'
      ? /([a-z-]+)\.schema\.json$/.exec(record.$schema)?.[1]
      : undefined;
  if (named !== undefined && Object.hasOwn(TYPES, named)) return named as JsonSchemaType;
  return 'items' in record ? 'faq-feed' : undefined;
}
