import type * as z from 'zod/mini';
import { describeValue } from './describe-value';
import { nearestName } from './nearest-name';

/** A key in the data that the schema does not know, where it is, and the nearest known key. */
export interface UnknownKey {
  /** Keys and indexes from the root down to the unknown key itself. */
  path: PropertyKey[];
  message: string;
}

/**
 * The keys in `data` that `schema` would silently drop, found by walking the schema's own
 * shape (objects, arrays, optional and default fields), so every content type is covered,
 * including types added later. Keys in `ignore` at the root (such as `$schema`) are skipped.
 */
export function findUnknownKeys(
  schema: z.ZodMiniType,
  data: unknown,
  ignore: readonly string[] = [],
): UnknownKey[] {
  const found: UnknownKey[] = [];
  walk(schema, data, [], found, ignore);
  return found;
}

function walk(
  schema: z.ZodMiniType,
  data: unknown,
  path: PropertyKey[],
  found: UnknownKey[],
  ignore: readonly string[],
): void {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.innerType && def.type !== 'array') {
    walk(def.innerType as z.ZodMiniType, data, path, found, ignore);
  } else if (def.type === 'array' && Array.isArray(data)) {
    data.forEach((element, index) => {
      walk(def.element as z.ZodMiniType, element, [...path, index], found, []);
    });
  } else if (def.type === 'object' && isRecord(data)) {
    const shape = def.shape as Record<string, z.ZodMiniType>;
    const known = Object.keys(shape);
    for (const key of Object.keys(data)) {
      if (Object.hasOwn(shape, key)) {
        walk(shape[key] as z.ZodMiniType, data[key], [...path, key], found, []);
      } else if (!ignore.includes(key)) {
        const nearest = nearestName(key, known);
        const hint = nearest ? `did you mean "${nearest}"?` : `known fields: ${known.join(', ')}`;
        found.push({
          path: [...path, key],
          message: `${describeValue(key)} is not a field here and is ignored; ${hint}`,
        });
      }
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
