/** Why `irr` could not give one rate. */
export type IrrFailureReason = 'no-sign-change' | 'no-root' | 'multiple-roots';

/**
 * Thrown when an input is out of range or of the wrong type. `field` is the input's path
 * (e.g. `participants` or `subsidy.share`), so a form can put the message next to it.
 */
export class RoiInputError extends Error {
  override readonly name = 'RoiInputError';
  /** Path of the offending input, dot-separated (`subsidy.share`, `useCases.0.impact`). */
  readonly field: string;
  /** The value that was received. */
  readonly received: unknown;

  constructor(field: string, message: string, received?: unknown) {
    super(`[@aira/roi] ${message}`);
    this.field = field;
    this.received = received;
  }
}

/**
 * Thrown when a figure is mathematically undefined for valid input, so that callers get a
 * reason to show instead of NaN or a made-up number (today only by `irr`).
 */
export class RoiError extends Error {
  override readonly name = 'RoiError';
  /** Machine-readable reason; branch on this, not on the message. */
  readonly reason: IrrFailureReason;
  /** For `multiple-roots`: every rate found, ascending (per period, as fractions). */
  readonly roots: readonly number[];

  constructor(reason: IrrFailureReason, message: string, roots: readonly number[] = []) {
    super(`[@aira/roi] ${message}`);
    this.reason = reason;
    this.roots = roots;
  }
}
