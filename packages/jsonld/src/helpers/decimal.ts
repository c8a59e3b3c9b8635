import { describe, JsonLdError } from '../errors.js';

/**
 * Writes a euro amount from the content model (a number with at most two decimals) as the
 * plain decimal string Google asks for: `495` → `'495.00'`, `1234.5` → `'1234.50'`.
 */
export function decimalPrice(amount: number, field = 'price.amount'): string {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new JsonLdError(
      'invalid-input',
      `${field} must be a finite amount ≥ 0 in euros, received ${describe(amount)}`,
    );
  }
  // Working in whole cents avoids binary artefacts such as 0.29 * 100 = 28.999999999999996.
  const cents = Math.round(amount * 100);
  if (Math.abs(amount * 100 - cents) > 1e-6) {
    throw new JsonLdError(
      'invalid-input',
      `${field} must have at most two decimals (whole cents), received ${amount}`,
    );
  }
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Hours as an ISO 8601 duration: `3` → `'PT3H'`, `1.5` → `'PT1H30M'`. */
export function isoDuration(hours: number): string {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new JsonLdError(
      'invalid-input',
      `a duration must be ≥ 0 hours, received ${describe(hours)}`,
    );
  }
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}
