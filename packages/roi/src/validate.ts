import * as z from 'zod/mini';
import { RoiInputError } from './errors.js';

// zod/mini rather than zod: the same checks for a fraction of the bytes in a browser bundle.

const show = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'bigint'
    ? String(value)
    : value === undefined
      ? 'nothing'
      : (JSON.stringify(value) ?? String(value));

/** A zod error option that states the rule and the value received. */
const rule = (allowed: string) => ({
  error: (issue: { input?: unknown; code?: string }) =>
    issue.code === 'unrecognized_keys'
      ? 'is not a known input; check the spelling'
      : `must be ${allowed}, received ${show(issue.input)}`,
});

/** A finite number, optionally bounded; NaN and ±Infinity never pass. */
export function num(allowed: string, range: { min?: number; max?: number; above?: number } = {}) {
  const checks = [];
  if (range.min !== undefined) checks.push(z.gte(range.min, rule(allowed)));
  if (range.above !== undefined) checks.push(z.gt(range.above, rule(allowed)));
  if (range.max !== undefined) checks.push(z.lte(range.max, rule(allowed)));
  return z.number(rule(allowed)).check(...checks);
}

/** A whole number ≥ min (safe integers only). */
export const whole = (min = 0, max?: number) =>
  z
    .int(
      rule(max === undefined ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`),
    )
    .check(
      z.gte(min, rule(`a whole number ≥ ${min}`)),
      ...(max === undefined ? [] : [z.lte(max, rule(`a whole number ≤ ${max}`))]),
    );

/** An amount in euros ≥ 0. */
export const euro = () => num('an amount in euros ≥ 0 (a finite number)', { min: 0 });
/** Hours ≥ 0. */
export const hours = () => num('a number of hours ≥ 0', { min: 0 });
/** A share from 0 to 1 (0.7 = 70%). */
export const share = () => num('a share from 0 to 1 (e.g. 0.7 for 70%)', { min: 0, max: 1 });
/** A horizon in months: 1 to 600 (50 years). */
export const horizon = () => whole(1, 600);

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

/** Parses `input` or throws `RoiInputError` for the first problem, naming its path. */
export function parse<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  root?: string,
): z.infer<S> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [...(root ? [root] : []), ...(issue?.path ?? []).map(String)];
  if (issue?.code === 'unrecognized_keys') path.push(issue.keys[0] ?? '');
  const field = path.join('.') || 'input';
  const received = issue && 'input' in issue ? issue.input : undefined;
  throw new RoiInputError(field, `${field} ${issue?.message ?? 'is not valid'}`, received);
}
