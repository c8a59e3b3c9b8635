import type * as z from 'zod/mini';
import * as zm from 'zod/mini';

type ZodIssue = z.core.$ZodIssue;

/** zod's result: the parsed data, or every issue found. */
export type RunResult = { success: true; data: unknown } | { success: false; issues: ZodIssue[] };

/**
 * Runs `schema` on `input`; where zod itself overflows the stack, runs it again one object
 * field and one array element at a time.
 *
 * Why: zod 4 passes a child's issues up with `push(...issues)`, one argument per issue, so an
 * object holding an array with more than about 100,000 issues (150,000 broken FAQ items)
 * throws "Maximum call stack size exceeded" and every real issue is lost. Splitting the run
 * along the schema's own shape keeps each push small; an object's cross-field checks then
 * run once on the whole value. Input that is itself too deep still throws, as before.
 */
export function runInParts(schema: z.ZodMiniType, input: unknown): RunResult {
  try {
    const result = schema.safeParse(input, { reportInput: true });
    return result.success
      ? { success: true, data: result.data }
      : { success: false, issues: result.error.issues };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const issues: ZodIssue[] = [];
    split(schema, input, [], issues, error);
    // Only issues overflow zod this way; a split run that finds none means the overflow
    // came from somewhere else (a cyclic or very deep value): report that as before.
    if (issues.length === 0) throw error;
    return { success: false, issues };
  }
}

/** Runs `schema` whole, and splits it only if that overflows too. */
function run(
  schema: z.ZodMiniType,
  input: unknown,
  path: PropertyKey[],
  out: ZodIssue[],
  overflow: RangeError,
): void {
  let result: ReturnType<typeof schema.safeParse> | undefined;
  try {
    result = schema.safeParse(input, { reportInput: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  if (!result) split(schema, input, path, out, overflow);
  else if (!result.success) {
    for (const issue of result.error.issues) out.push({ ...issue, path: [...path, ...issue.path] });
  }
}

/** Runs the parts of a schema that overflowed as a whole. */
function split(
  schema: z.ZodMiniType,
  input: unknown,
  path: PropertyKey[],
  out: ZodIssue[],
  overflow: RangeError,
): void {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if ((def.type === 'optional' || def.type === 'default') && input !== undefined) {
    split(def.innerType as z.ZodMiniType, input, path, out, overflow);
  } else if (def.type === 'array' && Array.isArray(input)) {
    input.forEach((element, index) => {
      run(def.element as z.ZodMiniType, element, [...path, index], out, overflow);
    });
  } else if (def.type === 'object' && isRecord(input)) {
    const shape = def.shape as Record<string, z.ZodMiniType>;
    for (const [key, field] of Object.entries(shape)) {
      run(field, input[key], [...path, key], out, overflow);
    }
    const checks = (def.checks ?? []) as z.core.$ZodCheck<unknown>[];
    if (checks.length > 0) run(zm.unknown().check(...checks), input, path, out, overflow);
  } else {
    throw overflow;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
