import type * as z from 'zod/mini';
import { type ContentIssue, ContentValidationError } from '../errors';
import { runInParts } from './run-in-parts';
import { toContentIssues } from './zod-issues';

/** The result of a `safeParseX` function: never throws. */
export type SafeParseResult<T> =
  | { success: true; data: T }
  | { success: false; error: ContentValidationError };

/**
 * Runs a schema on any input and never lets a TypeError escape: inputs with throwing
 * getters, revoked proxies or other exotic objects become a ContentValidationError too.
 */
export function safeRun<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  subject: string,
): SafeParseResult<z.output<S>> {
  let issues: ContentIssue[];
  try {
    const result = runInParts(schema, input);
    if (result.success) return { success: true, data: result.data as z.output<S> };
    issues = toContentIssues(result.issues);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    issues = [{ path: '', message: `could not be read (${reason}); pass plain JSON data` }];
  }
  return { success: false, error: new ContentValidationError(issues, { subject }) };
}

/** Builds the `parseX` / `safeParseX` pair for a schema. */
export function defineParsers<S extends z.ZodMiniType>(schema: S, subject: string) {
  const safeParse = (input: unknown): SafeParseResult<z.output<S>> =>
    safeRun(schema, input, subject);
  const parse = (input: unknown): z.output<S> => {
    const result = safeParse(input);
    if (!result.success) throw result.error;
    return result.data;
  };
  return { parse, safeParse };
}
