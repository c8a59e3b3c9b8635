import * as z from 'zod/mini';
import { CASH_FLOW_BOUNDS } from './bounds.js';
import { RoiInputError } from './errors.js';
import { presentValue } from './present-value.js';
import { flag, list, num, parse, shape } from './validate.js';

/** Options for {@link npv}. */
export interface NpvOptions {
  /**
   * Put the first cash flow at time 0 (undiscounted) instead of at the end of period 1.
   * Default `false`, which matches Excel's and formulajs's `NPV`.
   */
  firstFlowAtZero?: boolean;
}

const { amount, count } = CASH_FLOW_BOUNDS;
/** Cash flows within the documented bounds (shared with `irr`). */
export const flowsSchema = list(
  num('a cash flow from -1e15 to 1e15 euros (a finite number)', { min: -amount, max: amount }),
  `an array of at most ${count.toLocaleString('en-US')} cash flows (numbers)`,
).check(
  z.maxLength(count, {
    error: (issue) =>
      `must hold at most ${count.toLocaleString('en-US')} cash flows, received ${(issue.input as unknown[]).length}`,
  }),
);
const rateSchema = num('a rate per period greater than -1 (0.05 = 5%)', { above: -1 });
const optionsSchema = z.optional(shape({ firstFlowAtZero: z.optional(flag()) }));

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
  parse(flowsSchema, cashFlows, 'cashFlows');
  const opts = parse(optionsSchema, options, 'options');
  const value = presentValue(rate, cashFlows, opts?.firstFlowAtZero ? 0 : 1);
  if (Number.isFinite(value)) return value === 0 ? 0 : value;
  // Only a rate near −100% over a long series gets here: (1 + rate)^-t is beyond double range.
  const n = cashFlows.length;
  const largest = Math.max(...cashFlows.map(Math.abs));
  const lowest = Math.expm1((Math.log(n * largest) - Math.log(1e300)) / n);
  const min = Math.ceil(lowest * 1e6) / 1e6;
  throw new RoiInputError(
    'rate',
    `rate ${rate} is too close to -1 for ${n} cash flows: their present value is beyond the largest number a double holds. Use a rate ≥ ${min}.`,
    { received: rate, reason: 'too-small', limits: { min } },
  );
}
