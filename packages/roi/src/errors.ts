/** Why `irr` could not give one rate. */
export type IrrFailureReason = 'no-sign-change' | 'no-root' | 'multiple-roots';

/**
 * What was wrong with an input, for a UI that shows its own message (see
 * `roiInputMessage`): `missing` (a required input left out), `not-a-number` (text, NaN,
 * ±Infinity where a number belongs), `not-whole`, `too-small`, `too-large` (see `limits`),
 * `unknown-key` (see `suggestion`), `wrong-type` (not an object, list, text or true/false where
 * one belongs), `not-supported` (a locale `Intl` or the texts do not know), `inconsistent`
 * (two inputs that contradict each other).
 */
export type RoiInputReason =
  | 'missing'
  | 'not-a-number'
  | 'not-whole'
  | 'too-small'
  | 'too-large'
  | 'unknown-key'
  | 'wrong-type'
  | 'not-supported'
  | 'inconsistent';

/** Details that come with a {@link RoiInputError}, besides its field and message. */
export interface RoiInputErrorDetails {
  /** The value that was received. */
  received?: unknown;
  /** Why the input was refused (default `wrong-type`). */
  reason?: RoiInputReason;
  /** The allowed range, for `too-small`, `too-large` and number errors. */
  limits?: { min?: number; max?: number };
  /** For `unknown-key`: the nearest known input name, when one is close. */
  suggestion?: string;
}

/**
 * Thrown when an input is out of range or of the wrong type. `field` is the input's path
 * (e.g. `participants` or `subsidy.share`), so a form can put the message next to it, and
 * `reason` says what was wrong, so it can say so in its reader's language.
 */
export class RoiInputError extends Error {
  override readonly name = 'RoiInputError';
  /** Path of the offending input, dot-separated (`subsidy.share`, `useCases.0.impact`). */
  readonly field: string;
  /** The value that was received. */
  readonly received: unknown;
  /** What was wrong; branch on this, not on the message. */
  readonly reason: RoiInputReason;
  /** The allowed range of the field, when it has one. */
  readonly limits: { readonly min?: number; readonly max?: number } | undefined;
  /** For `unknown-key`: the nearest known input name, if any is close. */
  readonly suggestion: string | undefined;

  constructor(field: string, message: string, d: RoiInputErrorDetails = {}) {
    super(`[@aira/roi] ${message}`);
    this.field = field;
    this.received = d.received;
    this.reason = d.reason ?? 'wrong-type';
    this.limits = d.limits;
    this.suggestion = d.suggestion;
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
