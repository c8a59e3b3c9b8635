/** Why the widget has no questions to show. */
export type FaqLoadErrorKind = 'network' | 'http' | 'json' | 'invalid' | 'timeout';

/** A feed that could not be fetched, parsed or validated. */
export class FaqLoadError extends Error {
  override readonly name = 'FaqLoadError';
  constructor(
    message: string,
    readonly kind: FaqLoadErrorKind,
    readonly extra: {
      src?: string;
      status?: number;
      issues?: Array<{ path: string; message: string }>;
      cause?: unknown;
    } = {},
  ) {
    super(`[@aira/faq-widget] ${message}`, { cause: extra.cause });
  }
}
