import type { RoiField } from './fields.js';

// The `share` attribute keeps the inputs in the page's query string as `roi-<field>=<number>`
// (plain decimals with a dot, whatever the reader's language), so that a link restores the
// exact case. Fields the page fixed are never read from or written to the URL.

const PREFIX = 'roi-';
/** A number written the machine way (`1250.5`), as in attributes and URLs. */
export const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** A number as a plain decimal, never in exponent form (`0.0000001`, not `1e-7`). */
export const plain = (value: number): string =>
  value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/** The shared numbers in `href` for `fields`, except the fixed ones. */
export function readShared(
  href: string,
  fields: readonly RoiField[],
  fixed: ReadonlySet<string>,
): Record<string, number> {
  const params = new URL(href).searchParams;
  const out: Record<string, number> = {};
  for (const field of fields) {
    const value = params.get(PREFIX + field.name);
    if (value !== null && PLAIN.test(value) && !fixed.has(field.name))
      out[field.name] = Number(value);
  }
  return out;
}

/** The URL with `values` in its query (other parameters and the hash kept). */
export function sharedUrl(
  href: string,
  values: Readonly<Record<string, number>>,
  fields: readonly RoiField[],
  fixed: ReadonlySet<string>,
): string {
  const url = new URL(href);
  for (const field of fields) {
    const value = values[field.name];
    if (fixed.has(field.name) || value === undefined) url.searchParams.delete(PREFIX + field.name);
    else url.searchParams.set(PREFIX + field.name, plain(value));
  }
  return url.href;
}

/** Replaces the current history entry's URL with the shared one (no new entry, no reload). */
export function writeShared(
  values: Readonly<Record<string, number>>,
  fields: readonly RoiField[],
  fixed: ReadonlySet<string>,
): void {
  const next = sharedUrl(location.href, values, fields, fixed);
  if (next !== location.href) history.replaceState(history.state, '', next);
}
