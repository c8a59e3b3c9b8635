import * as z from 'zod/mini';
import { RoiError } from './errors.js';
import { list, num, parse, shape, whole } from './validate.js';

/** Options for {@link irr}. */
export interface IrrOptions {
  /** Largest rate per period searched (default 1,000,000 = 100,000,000%). */
  maxRate?: number;
  /** Number of grid points scanned for sign changes (default 1,000). */
  gridPoints?: number;
}

const flowsSchema = list(
  num('a finite number (a cash flow in euros)'),
  'an array of cash flows (numbers)',
);
const optionsSchema = z.optional(
  shape({
    maxRate: z.optional(num('a rate > 0', { above: 0 })),
    gridPoints: z.optional(whole(10, 1_000_000)),
  }),
);

/** NPV with the first flow at t = 0, as a polynomial in v = 1/(1+r), by Horner. */
function npvAt(flows: readonly number[], v: number): number {
  let total = 0;
  for (let t = flows.length - 1; t >= 0; t--) total = total * v + (flows[t] ?? 0);
  return total;
}

/** Sign of d(NPV)/ds at s = ln(1+r): minus the sign of Σ t·c_t·v^t. */
function slopeAt(flows: readonly number[], v: number): number {
  let total = 0;
  for (let t = flows.length - 1; t >= 1; t--) total = (total + t * (flows[t] ?? 0)) * v;
  return -total;
}

/** Bisection on log(1+r): the bracket [a, b] holds a sign change of `f`. */
function bisect(f: (s: number) => number, a: number, b: number, fa: number): number {
  let lo = a;
  let hi = b;
  let flo = fa;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(flo)) {
      lo = mid;
      flo = fm;
    } else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Internal rate of return per period: the rate at which the NPV of `cashFlows` (first flow
 * at t = 0) is zero. Scans a grid of rates in (-1, maxRate] for sign changes of the NPV (and
 * of its slope, to catch two roots within one step) and bisects each bracket, so it finds
 * every root instead of the one Newton happens to converge to, including a double root where
 * the NPV only touches zero (`[-100, 200, -100]` at 0%).
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
  if (!flows.some((c) => c < 0) || !flows.some((c) => c > 0)) {
    throw new RoiError(
      'no-sign-change',
      'irr needs at least one negative and one positive cash flow; without a sign change no rate makes the NPV zero.',
    );
  }
  // Scan s = ln(1 + r); keep (1+r)^t within double range so no point overflows.
  const periods = Math.max(1, flows.length - 1);
  const reach = Math.min(Math.log1p(opts.maxRate ?? 1e6), 700 / periods);
  const low = -Math.min(Math.log(1e6), 700 / periods);
  const points = opts.gridPoints ?? 1000;
  const f = (s: number) => npvAt(flows, Math.exp(-s));
  const slope = (s: number) => slopeAt(flows, Math.exp(-s));
  // An extremum whose NPV is zero up to rounding is a double root (the NPV touches zero
  // without crossing it), as in [-100, 200, -100] at 0%.
  const touching = 1e-12 * flows.reduce((sum, c) => sum + Math.abs(c), 0);
  const found: number[] = [];
  let prevS = low;
  let prevF = f(low);
  let prevSlope = slope(low);
  if (prevF === 0) found.push(low);
  for (let i = 1; i <= points; i++) {
    const s = low + ((reach - low) * i) / points;
    const fs = f(s);
    const gs = slope(s);
    if (fs === 0) found.push(s);
    else if (prevF !== 0 && Math.sign(fs) !== Math.sign(prevF)) {
      found.push(bisect(f, prevS, s, prevF));
    } else if (prevF !== 0 && prevSlope !== 0 && Math.sign(gs) !== Math.sign(prevSlope)) {
      // Two roots closer than the grid step hide between points of the same sign; the NPV
      // then turns around in between, so look at its extremum.
      const turn = bisect(slope, prevS, s, prevSlope);
      const ft = f(turn);
      if (Math.abs(ft) <= touching) found.push(turn);
      else if (Math.sign(ft) !== Math.sign(prevF)) {
        found.push(bisect(f, prevS, turn, prevF), bisect(f, turn, s, ft));
      }
    }
    prevS = s;
    prevF = fs;
    prevSlope = gs;
  }
  const roots = found.map((s) => Math.expm1(s));
  if (roots.length === 0) {
    throw new RoiError(
      'no-root',
      `irr found no rate between -100% and ${Math.round(Math.expm1(reach) * 100)}% per period at which the NPV is zero; the series has no IRR. Use npv() with a chosen discount rate instead.`,
    );
  }
  if (roots.length > 1) {
    throw new RoiError(
      'multiple-roots',
      `irr found ${roots.length} rates with NPV zero (${roots.map((r) => `${+(r * 100).toFixed(4)}%`).join(', ')}); the IRR is ambiguous. Use npv() with a chosen discount rate instead.`,
      roots,
    );
  }
  return roots[0] as number;
}
