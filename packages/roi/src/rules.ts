import type { FieldBounds } from './bounds.js';

// The words both validators (zod in validate.ts, zod-free in check.ts) use, so their messages
// are the same text for the same input.

const SHOWN = 80;

/** A received value as it appears in a message, at most 80 characters; never throws. */
export function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Cyclic objects and other values JSON cannot hold.
    text = Object.prototype.toString.call(value);
  }
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
}

const amount = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 20 });

/** What a field allows, in the words of an error message (`a whole number from 0 to 100,000`). */
export function allowed(b: FieldBounds): string {
  const range = `from ${amount(b.min)} to ${amount(b.max)}`;
  if (b.unit === 'share') return `a share ${range} (e.g. 0.7 for 70%)`;
  if (b.unit === 'rate') return `a yearly rate ${range} (0.08 = 8%)`;
  if (b.whole) return `a whole number ${range}`;
  if (b.unit === 'euro') return `an amount in euros ${range}`;
  return `a number of hours ${range}`;
}

/** The message tail for an unknown key, with the suggestion when there is one. */
export const unknownKey = (suggestion: string | undefined): string =>
  `is not a known input; check the spelling${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
