import { describe, JsonLdError } from '../errors.js';

/** A schema.org price: a plain decimal string and an ISO 4217 currency. */
export interface SchemaPrice {
  price: string;
  priceCurrency: 'EUR';
}

// "€ 1.234,50", "€1234,50", "1.234,50 EUR", "€ 750,-", "EUR 495", with normal or no-break spaces.
const DUTCH_AMOUNT = /^(?:€|EUR)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?\s*(?:€|EUR)?$/i;

/**
 * Reads a euro amount in Dutch notation (`.` groups thousands, `,` separates cents) into a
 * schema.org price: `'€ 1.234,50'` → `{ price: '1234.50', priceCurrency: 'EUR' }`.
 * Whole amounts stay whole (`'€ 750,-'` → `'750'`); one decimal is padded (`'2,5'` → `'2.50'`).
 *
 * @example
 * ```ts
 * parseDutchPrice('€ 1.234,50'); // { price: '1234.50', priceCurrency: 'EUR' }
 * ```
 */
export function parseDutchPrice(input: string): SchemaPrice {
  const text = typeof input === 'string' ? input.replace(/[\u00a0\u202f]/g, ' ').trim() : '';
  const match = DUTCH_AMOUNT.exec(text);
  if (!match) {
    throw new JsonLdError(
      'invalid-input',
      `parseDutchPrice could not read ${describe(input)} as a euro amount in Dutch notation; expected e.g. "€ 1.234,50", "€ 750,-" or "495"${
        typeof input === 'string' && /^\D*\d+\.\d{1,2}\D*$/.test(input)
          ? ' (a "." with one or two digits after it looks like English notation: write "1,50" for one euro fifty)'
          : ''
      }`,
    );
  }
  const whole = (match[1] ?? '').replace(/\./g, '').replace(/^0+(?=\d)/, '');
  const cents = match[2];
  const price =
    cents === undefined || cents.startsWith('-') ? whole : `${whole}.${cents.padEnd(2, '0')}`;
  return { price, priceCurrency: 'EUR' };
}
