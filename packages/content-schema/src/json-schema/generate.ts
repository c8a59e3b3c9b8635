import * as z from 'zod/mini';
import { JSON_SCHEMA_TYPES, type JsonSchemaType, TYPES } from './descriptions';

export { JSON_SCHEMA_TYPES, type JsonSchemaType };

/** Where the published files live; also each schema's `$id`. */
export const JSON_SCHEMA_BASE_URL = 'https://unpkg.com/@aira/content-schema/schemas/';

type Meta = { title?: string; description?: string };

/**
 * The JSON Schema (draft 2020-12) of a content type, generated from its zod schema. It
 * checks shapes and formats; cross-field rules (unique ids, end after start) need the parsers.
 *
 * @example
 * ```ts
 * const schema = contentJsonSchema('faq-feed'); // same as schemas/faq-feed.schema.json
 * ```
 */
export function contentJsonSchema(type: JsonSchemaType): Record<string, unknown> {
  const entry = TYPES[type];
  if (!entry) {
    throw new TypeError(
      `[@aira/content-schema] unknown JSON Schema type "${String(type)}"; use one of: ${JSON_SCHEMA_TYPES.join(', ')}`,
    );
  }
  // A fresh registry per call keeps imports free of side effects.
  const registry = z.registry<Meta>();
  for (const described of Object.values(TYPES)) {
    // Every described schema is a z.object; its shape maps field names to field schemas.
    const shape = (described.schema as unknown as { shape: Record<string, z.ZodMiniType> }).shape;
    for (const [field, description] of Object.entries(described.fields)) {
      const fieldSchema = shape[field];
      if (fieldSchema && !registry.has(fieldSchema)) registry.add(fieldSchema, { description });
    }
  }
  registry.add(entry.schema, { title: entry.title, description: entry.description });
  const generated = z.toJSONSchema(entry.schema, {
    io: 'input',
    metadata: registry,
    target: 'draft-2020-12',
  });
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${JSON_SCHEMA_BASE_URL}${type}.schema.json`, ...rest };
}
