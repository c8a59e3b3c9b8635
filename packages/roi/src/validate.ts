import * as z from 'zod/mini';
import type { FieldBounds } from './bounds.js';
import { RoiInputError, type RoiInputReason } from './errors.js';
import { nearestName } from './nearest-name.js';
import { allowed as allowedBy, show, unknownKey } from './rules.js';

// zod/mini rather than zod: the same checks for a fraction of the bytes in a browser bundle.
// trainingRoi and businessCase validate with the zod-free check.ts instead; these schemas are
// the reference it is property-tested against (check.test.ts).

/** A zod error option that states the rule and the value received. */
const rule = (allowed: string) => ({
  error: (issue: { input?: unknown; code?: string }) =>
    issue.code === 'unrecognized_keys'
      ? unknownKey(undefined)
      : `must be ${allowed}, received ${show(issue.input)}`,
});

// The bounds each bounded number schema was built from, to report them in RoiInputError.limits.
const boundsOf = new WeakMap<object, { min?: number; max?: number }>();

/** A finite number, optionally bounded; NaN and ±Infinity never pass. */
export function num(allowed: string, range: { min?: number; max?: number; above?: number } = {}) {
  const checks = [];
  if (range.min !== undefined) checks.push(z.gte(range.min, rule(allowed)));
  if (range.above !== undefined) checks.push(z.gt(range.above, rule(allowed)));
  if (range.max !== undefined) checks.push(z.lte(range.max, rule(allowed)));
  const schema = z.number(rule(allowed)).check(...checks);
  boundsOf.set(schema, { min: range.min ?? range.above, max: range.max });
  return schema;
}

/** A whole number from min to max (safe integers only). */
export function whole(min = 0, max?: number) {
  const allowed =
    max === undefined ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`;
  const schema = z
    .int(rule(allowed))
    .check(z.gte(min, rule(allowed)), ...(max === undefined ? [] : [z.lte(max, rule(allowed))]));
  boundsOf.set(schema, { min, max });
  return schema;
}

/** The number schema of one documented field (see `bounds.ts`). */
export function bounded(b: FieldBounds) {
  const allowed = allowedBy(b);
  const checks = [z.gte(b.min, rule(allowed)), z.lte(b.max, rule(allowed))];
  const schema = (b.whole ? z.int(rule(allowed)) : z.number(rule(allowed))).check(...checks);
  boundsOf.set(schema, { min: b.min, max: b.max });
  return schema;
}

/** Hours ≥ 0. */
export const hours = () => num('a number of hours ≥ 0', { min: 0 });

/** A non-empty text. */
export const text = (allowed = 'a non-empty text') =>
  z.string(rule(allowed)).check(z.minLength(1, rule(allowed)));
/** true or false. */
export const flag = () => z.boolean(rule('true or false'));
/** An array of `item`. */
export const list = <T extends z.core.$ZodType>(item: T, allowed: string) =>
  z.array(item, rule(allowed));

/** A strict object whose unknown keys are reported by name. */
export const shape = <T extends z.core.$ZodLooseShape>(fields: T) =>
  z.strictObject(fields, rule('an object'));

/** An object that keeps unknown keys (for caller data passed through, such as use cases). */
export const openShape = <T extends z.core.$ZodLooseShape>(fields: T) =>
  z.looseObject(fields, rule('an object'));

interface Def {
  type?: string;
  innerType?: { _zod: { def: Def } };
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
}

/** The schema at `path` inside `schema`, through optional/default wrappers, objects, arrays. */
function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): object | undefined {
  let node = schema as unknown as { _zod: { def: Def } } | undefined;
  const unwrap = () => {
    while (node?._zod.def.innerType) node = node._zod.def.innerType;
  };
  unwrap();
  for (const key of path) {
    const def: Def | undefined = node?._zod.def;
    node = def?.shape ? def.shape[String(key)] : def?.element;
    unwrap();
  }
  return node;
}

function reasonOf(issue: z.core.$ZodIssue): RoiInputReason {
  const received = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'unrecognized_keys') return 'unknown-key';
  if (issue.code === 'too_small') return 'too-small';
  if (issue.code === 'too_big') return 'too-large';
  if (issue.code !== 'invalid_type') return 'wrong-type';
  if (received === undefined) return 'missing';
  if (issue.expected === 'int' && typeof received === 'number' && Number.isFinite(received))
    return 'not-whole';
  return issue.expected === 'int' || issue.expected === 'number' ? 'not-a-number' : 'wrong-type';
}

/** Parses `input` or throws `RoiInputError` for the first problem, naming its path. */
export function parse<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  root?: string,
): z.infer<S> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const path = [...(root ? [root] : []), ...issue.path.map(String)];
  const reason = reasonOf(issue);
  let message = issue.message;
  let suggestion: string | undefined;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const known = (schemaAt(schema, issue.path) as { _zod: { def: Def } } | undefined)?._zod.def
      .shape;
    suggestion = nearestName(key, Object.keys(known ?? {}));
    message = unknownKey(suggestion);
    path.push(key);
  }
  const field = path.join('.') || 'input';
  const value = 'input' in issue ? issue.input : undefined;
  const received =
    issue.code === 'unrecognized_keys'
      ? (value as Record<string, unknown>)[path.at(-1) ?? '']
      : value;
  const leaf = reason === 'unknown-key' ? undefined : schemaAt(schema, issue.path);
  const limits = leaf ? boundsOf.get(leaf) : undefined;
  throw new RoiInputError(field, `${field} ${message}`, { received, reason, limits, suggestion });
}
