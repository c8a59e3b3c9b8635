import { describe, JsonLdError } from '../errors.js';

/**
 * The decimal digits of a finite number ≥ 0 as JavaScript prints it (the shortest form that
 * reads back as the same number), without an exponent: `1e21` → `1000000000000000000000`,
 * `1.5e-7` → `0.00000015`.
 */
function plainDecimal(value: number): { whole: string; fraction: string } {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  const [head = '0', tail = ''] = mantissa.split('.');
  const digits = head + tail;
  const point = head.length + Number(exponent);
  if (point <= 0) return { whole: '0', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length) {
    return { whole: digits + '0'.repeat(point - digits.length), fraction: '' };
  }
  return { whole: digits.slice(0, point).replace(/^0+(?=\d)/, ''), fraction: digits.slice(point) };
}

/**
 * Writes a euro amount from the content model (a number with at most two decimals) as the
 * plain decimal string Google asks for: `495` → `'495.00'`, `1234.5` → `'1234.50'`. Every
 * amount the content schema accepts is written exactly, however large (`1e21` →
 * `'1000000000000000000000.00'`); binary noise such as `0.1 + 0.2` is written as `'0.30'`.
 */
export function decimalPrice(amount: number, field = 'price.amount'): string {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new JsonLdError(
      'invalid-input',
      `${field} must be a finite amount ≥ 0 in euros, received ${describe(amount)}`,
    );
  }
  // The same whole-cent test as the content schema, so both accept exactly the same amounts.
  if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) {
    throw new JsonLdError(
      'invalid-input',
      `${field} must have at most two decimals (whole cents), received ${amount}`,
    );
  }
  const { whole, fraction } = plainDecimal(amount);
  if (fraction.length <= 2) return `${whole}.${fraction.padEnd(2, '0')}`;
  // More decimals passed the cent test only as binary noise (0.30000000000000004): round the
  // decimal digits half up to cents, in integers, so no float arithmetic touches the amount.
  const cents = BigInt(whole + fraction.slice(0, 2)) + ((fraction[2] ?? '0') >= '5' ? 1n : 0n);
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/**
 * Hours as an exact ISO 8601 duration: `3` → `'PT3H'`, `1.5` → `'PT1H30M'`, `0.01` →
 * `'PT36S'`, `0.333` → `'PT19M58.8S'`, `1e21` → `'PT1000000000000000000000H'`. Seconds carry
 * a decimal fraction when the hours do not come to whole seconds, so nothing is rounded.
 */
export function isoDuration(hours: number): string {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new JsonLdError(
      'invalid-input',
      `a duration must be a finite number of hours ≥ 0, received ${describe(hours)}`,
    );
  }
  const { whole, fraction } = plainDecimal(hours);
  const scale = 10n ** BigInt(fraction.length);
  const scaledSeconds = BigInt(whole + fraction) * 3600n;
  const seconds = scaledSeconds / scale;
  const rest = scaledSeconds % scale;
  const h = seconds / 3600n;
  const m = (seconds % 3600n) / 60n;
  const s = seconds % 60n;
  const secondsText = rest
    ? `${s}.${rest.toString().padStart(fraction.length, '0').replace(/0+$/, '')}`
    : s
      ? `${s}`
      : '';
  const minutesText = m || (!h && !secondsText) ? `${m}M` : '';
  return `PT${h ? `${h}H` : ''}${minutesText}${secondsText && `${secondsText}S`}`;
}
