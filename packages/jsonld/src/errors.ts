/** What went wrong, for callers that branch on it. */
export type JsonLdErrorCode =
  | 'unserializable'
  | 'cycle'
  | 'graph-conflict'
  | 'invalid-option'
  | 'invalid-input'
  | 'dom';

/**
 * Thrown by every function of `@aira/jsonld`. The message says what was wrong, what was
 * received and how to fix it; `code` and `path` (a JSON path such as `$.offers[0].price`)
 * are there for code that wants to branch.
 */
export class JsonLdError extends Error {
  override readonly name = 'JsonLdError';
  readonly code: JsonLdErrorCode;
  readonly path: string | undefined;

  constructor(code: JsonLdErrorCode, message: string, path?: string) {
    super(`[@aira/jsonld] ${message}`);
    this.code = code;
    this.path = path;
  }
}

/** A short, single-line rendering of a received value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return 'an object';
}
