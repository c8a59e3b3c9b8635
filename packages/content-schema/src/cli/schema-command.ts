import { contentJsonSchema, JSON_SCHEMA_TYPES, type JsonSchemaType } from '../json-schema/generate';
import { nearestName } from '../source/nearest-name';
import type { CliIo } from './main';

/** `aira-content schema <type>`: prints the JSON Schema of a content type. */
export function schema(args: readonly string[], io: CliIo): number {
  const type = args[0];
  if (type === undefined || !(JSON_SCHEMA_TYPES as readonly string[]).includes(type)) {
    const nearest = type === undefined ? undefined : nearestName(type, JSON_SCHEMA_TYPES);
    io.stderr(
      `[@aira/content-schema] schema: unknown type ${JSON.stringify(type ?? '')}${nearest ? ` (did you mean "${nearest}"?)` : ''}; use one of: ${JSON_SCHEMA_TYPES.join(', ')}\n`,
    );
    return 2;
  }
  io.stdout(`${JSON.stringify(contentJsonSchema(type as JsonSchemaType), null, 2)}\n`);
  return 0;
}
