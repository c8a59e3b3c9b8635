import * as z from 'zod/mini';
import { findIrr } from './irr-search.js';
import { flowsSchema } from './npv.js';
import { num, parse, shape, whole } from './validate.js';

/** Options for {@link irr}. */
export interface IrrOptions {
  /**
   * Largest rate per period searched (default 1,000,000 = 100,000,000%). The smallest is
   * always `IRR_SEARCH.minRate` (−99.9999999999%), whatever the length of the series.
   */
  maxRate?: number;
  /** Number of grid points scanned for sign changes (default 1,000). */
  gridPoints?: number;
}

const optionsSchema = z.optional(
  shape({
    maxRate: z.optional(num('a rate > 0 and ≤ 1e15', { above: 0, max: 1e15 })),
    gridPoints: z.optional(whole(10, 1_000_000)),
  }),
);

/**
 * Internal rate of return per period: the rate at which the NPV of `cashFlows` (first flow
 * at t = 0) is zero. Scans a grid of rates in (-1, maxRate] for sign changes of the NPV (and
 * of its slope, to catch two roots within one step) and bisects each bracket, so it finds
 * every root instead of the one Newton happens to converge to, including a double root where
 * the NPV only touches zero (`[-100, 200, -100]` at 0%). The range searched is the same for
 * every series: from −99.9999999999% (`IRR_SEARCH.minRate`) to `maxRate`.
 *
 * @throws {RoiError} `no-sign-change` when the flows are not both negative and positive,
 * `no-root` when no rate gives NPV 0 (e.g. `[-100, 50, -100]`), `multiple-roots` (with
 * `roots`) when several do (e.g. `[-100, 230, -132]`: 10% and 20%).
 *
 * @example
 * ```ts
 * irr([-1000, 300, 400, 500]); // ≈ 0.0889 (8.89% per period)
 * ```
 */
export function irr(cashFlows: readonly number[], options?: IrrOptions): number {
  const flows = parse(flowsSchema, cashFlows, 'cashFlows');
  const opts = parse(optionsSchema, options, 'options') ?? {};
  return findIrr(flows, opts.maxRate, opts.gridPoints, opts.maxRate !== undefined);
}
