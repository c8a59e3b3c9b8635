import { describe } from '../errors.js';
import { childPath } from '../json-path.js';
import type { Collected } from './collect.js';
import { DOCS } from './documentation.js';
import type { ValidationResult } from './types.js';

/** Properties where Google expects an ISO 8601 DateTime (a Date alone is allowed too). */
const DATE_TIME_PROPERTIES = [
  'startDate',
  'endDate',
  'doorTime',
  'validFrom',
  'validThrough',
  'datePublished',
  'dateModified',
  'availabilityStarts',
  'availabilityEnds',
] as const;

const PRICE_PROPERTIES = ['price', 'lowPrice', 'highPrice', 'minPrice', 'maxPrice'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;

/** Checks dates (format, time zone) and prices (plain decimal strings, ISO 4217 currency). */
export function checkValues(collected: Collected, out: ValidationResult): void {
  for (const { node, path } of collected.nodes) {
    for (const property of DATE_TIME_PROPERTIES) {
      const value = node[property];
      if (value === undefined) continue;
      const at = childPath(path, property);
      const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
      if (typeof value === 'string' && ISO_DATE.test(value)) continue;
      if (!match || Number.isNaN(Date.parse(match[1] ?? ''))) {
        out.errors.push({
          path: at,
          message: `${property} must be an ISO 8601 date or date-time like "2026-03-28T10:00:00+01:00", received ${describe(value)}`,
          rule: 'date/format',
          documentation: DOCS.dates,
        });
      } else if (!match[2]) {
        out.warnings.push({
          path: at,
          message: `${property} ${describe(value)} has a time but no time zone, so Google assumes one; add the offset (amsterdamDateTime gives +01:00 or +02:00)`,
          rule: 'date/time-zone',
          documentation: DOCS.dates,
        });
      }
    }
    for (const property of PRICE_PROPERTIES) {
      const value = node[property];
      if (value === undefined) continue;
      const at = childPath(path, property);
      if (typeof value === 'string' && DECIMAL.test(value)) continue;
      // Google types price as Number or Text: a number is fine, a formatted string is not.
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) continue;
      out.errors.push({
        path: at,
        message: `${property} must be a plain decimal string with "." for cents and no currency sign, like "1234.50", received ${describe(value)} (parseDutchPrice converts "€ 1.234,50")`,
        rule: 'price/format',
        documentation: DOCS.price,
      });
    }
    const currency = node.priceCurrency;
    if (currency !== undefined && !(typeof currency === 'string' && CURRENCY.test(currency))) {
      out.errors.push({
        path: childPath(path, 'priceCurrency'),
        message: `priceCurrency must be an ISO 4217 code like "EUR", received ${describe(currency)}`,
        rule: 'price/currency',
        documentation: DOCS.currency,
      });
    }
  }
}
