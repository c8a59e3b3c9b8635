import * as z from 'zod/mini';
import { flag, list, num, parse, shape } from './validate.js';

/** Options for {@link npv}. */
export interface NpvOptions {
  /**
   * Put the first cash flow at time 0 (undiscounted) instead of at the end of period 1.
   * Default `false`, which matches Excel's and formulajs's `NPV`.
   */
  firstFlowAtZero?: boolean;
}

const flows = list(
  num('a finite number (a cash flow in euros)'),
  'an array of cash flows (numbers)',
);
const rateSchema = num('a rate per period greater than -1 (0.05 = 5%)', { above: -1 });
const optionsSchema = z.optional(shape({ firstFlowAtZero: z.optional(flag()) }));

/** Present value of `cashFlows` without validation; `start` is the period of the first flow. */
export function presentValue(rate: number, cashFlows: readonly number[], start: 0 | 1): number {
  const factor = 1 / (1 + rate);
  let total = 0;
  let discount = start === 0 ? 1 : factor;
  for (const flow of cashFlows) {
    total += flow * discount;
    discount *= factor;
  }
  return total;
}

/**
 * Net present value of equally spaced cash flows at `rate` per period. Like Excel's `NPV`,
 * the first flow is discounted one period unless `firstFlowAtZero` is set. The result is
 * not rounded (it is a rate calculation, not a money total).
 *
 * @example
 * ```ts
 * npv(0.1, [-100, 60, 60]); // ≈ 3.76 (Excel: =NPV(10%, -100, 60, 60))
 * npv(0.1, [-100, 60, 60], { firstFlowAtZero: true }); // ≈ 4.13
 * ```
 */
export function npv(rate: number, cashFlows: readonly number[], options?: NpvOptions): number {
  parse(rateSchema, rate, 'rate');
  parse(flows, cashFlows, 'cashFlows');
  const opts = parse(optionsSchema, options, 'options');
  return presentValue(rate, cashFlows, opts?.firstFlowAtZero ? 0 : 1);
}
