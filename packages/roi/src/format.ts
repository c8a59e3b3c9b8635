import type { FieldBounds } from './bounds.js';
import { checkFinite, checkOptions } from './check.js';

/** Options for {@link formatEuro} and {@link formatPercent}. */
export interface FormatOptions {
  /** BCP 47 locale; default `'nl-NL'`. */
  locale?: string;
  /** Decimals shown; default: 0 for whole euros, else 2 (euros); 0 (percent). */
  decimals?: number;
}

const DECIMALS: Record<string, FieldBounds> = {
  decimals: { min: 0, max: 20, whole: true, unit: 'count' },
};
const cache = new Map<string, Intl.NumberFormat>();
const formatter = (locale: string, options: Intl.NumberFormatOptions) => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
};

/**
 * Formats euros the Dutch way by default. Whole amounts drop the cents (`€ 24.750`), others
 * show two decimals (`€ 1.450,50`). The space after `€` is the no-break space (U+00A0)
 * that `Intl` emits.
 *
 * @example
 * ```ts
 * formatEuro(24750); // '€ 24.750' (with U+00A0)
 * formatEuro(24750, { locale: 'en' }); // '€24,750'
 * ```
 */
export function formatEuro(amount: number, options?: FormatOptions): string {
  checkFinite(amount, 'amount', 'a finite amount in euros');
  const o = checkOptions(options, DECIMALS);
  const decimals = (o.decimals as number | undefined) ?? (Number.isInteger(amount) ? 0 : 2);
  return formatter(o.locale ?? 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(amount);
}

/**
 * Formats a fraction as a percentage, Dutch by default, rounded to whole percents unless
 * `decimals` says otherwise.
 *
 * @example
 * ```ts
 * formatPercent(14.6566); // '1.466%'
 * formatPercent(0.1875, { decimals: 2 }); // '18,75%'
 * ```
 */
export function formatPercent(fraction: number, options?: FormatOptions): string {
  checkFinite(fraction, 'fraction', 'a finite fraction (0.25 = 25%)');
  const o = checkOptions(options, DECIMALS);
  const decimals = (o.decimals as number | undefined) ?? 0;
  return formatter(o.locale ?? 'nl-NL', {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(fraction);
}
