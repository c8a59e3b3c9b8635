import { IRR_SEARCH } from './bounds.js';
import { RoiError } from './errors.js';

// The search behind `irr`, without validation, so businessCase can use it without zod.
// It scans s = ln(1 + r). For s ≥ 0 it evaluates the NPV by Horner's rule in v = e^-s ≤ 1;
// for s < 0 it evaluates the NPV times (1 + r)^T by Horner's rule in w = e^s < 1. Both have
// the sign and the roots of the NPV and neither overflows, so every series is searched over
// the same range of rates, however long it is.

/**
 * At s: the NPV (s ≥ 0) or the NPV × (1 + r)^T (s < 0), which have the same sign and roots
 * and never overflow, and its derivative with respect to s, both in one Horner pass.
 */
function valueAndSlope(flows: readonly number[], s: number): [number, number] {
  let value = 0;
  let slope = 0;
  const last = flows.length - 1;
  if (s >= 0) {
    const v = Math.exp(-s);
    for (let t = last; t >= 0; t--) {
      const c = flows[t] ?? 0;
      value = value * v + c;
      slope = (slope + t * c) * v;
    }
    // slope now holds Σ t·c·v^(t+1); the derivative is −Σ t·c·v^t.
    return [value, -slope / v];
  }
  const w = Math.exp(s);
  for (let t = 0; t <= last; t++) {
    const c = flows[t] ?? 0;
    value = value * w + c;
    slope = slope * w + (last - t) * c;
  }
  return [value, slope];
}

const valueAt = (flows: readonly number[], s: number): number => valueAndSlope(flows, s)[0];

/** Bisection on s: the bracket [a, b] holds a sign change of `f`. */
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

const pct = (rate: number) =>
  `${(rate * 100).toLocaleString('en-US', { maximumFractionDigits: 10 })}%`;

/** Every s in [low, reach] where the NPV of `flows` is zero, ascending. */
function scan(flows: readonly number[], low: number, reach: number, points: number): number[] {
  const f = (s: number) => valueAt(flows, s);
  const slope = (s: number) => valueAndSlope(flows, s)[1];
  // An extremum whose value is zero up to rounding is a double root (the NPV touches zero
  // without crossing it), as in [-100, 200, -100] at 0%.
  const touching = 1e-12 * flows.reduce((sum, c) => sum + Math.abs(c), 0);
  const found: number[] = [];
  let prevS = low;
  let [prevF, prevSlope] = valueAndSlope(flows, low);
  if (prevF === 0) found.push(low);
  for (let i = 1; i <= points; i++) {
    const s = low + ((reach - low) * i) / points;
    const [fs, gs] = valueAndSlope(flows, s);
    if (fs === 0) found.push(s);
    else if (prevF !== 0 && Math.sign(fs) !== Math.sign(prevF)) {
      found.push(bisect(f, prevS, s, prevF));
    } else if (prevF !== 0 && prevSlope !== 0 && Math.sign(gs) !== Math.sign(prevSlope)) {
      // Two roots closer than the grid step hide between points of the same sign; the value
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
  return found;
}

/**
 * The IRR per period of `flows` (first flow at t = 0), searched from `IRR_SEARCH.minRate` to
 * `maxRate`; throws RoiError when there is none or more than one. Inputs are not validated.
 */
export function findIrr(
  flows: readonly number[],
  maxRate: number = IRR_SEARCH.maxRate,
  gridPoints = 1000,
  maxRateGiven = false,
): number {
  if (!flows.some((c) => c < 0) || !flows.some((c) => c > 0)) {
    throw new RoiError(
      'no-sign-change',
      'irr needs at least one negative and one positive cash flow; without a sign change no rate makes the NPV zero.',
    );
  }
  // Leading and trailing zeros only multiply the NPV by a power of 1 + r, which has no root in
  // the range; dropping them keeps the ends of the range from underflowing to a false zero.
  const first = flows.findIndex((c) => c !== 0);
  let last = flows.length - 1;
  while (flows[last] === 0) last--;
  const series = flows.slice(first, last + 1);
  const low = Math.log1p(IRR_SEARCH.minRate);
  const reach = Math.log1p(maxRate);
  const roots = scan(series, low, reach, gridPoints).map((s) => Math.expm1(s));
  if (roots.length === 0) {
    // As r grows without bound the NPV tends to the first flow: a sign change between
    // maxRate and there means a root above maxRate for certain.
    const above = Math.sign(valueAt(series, reach)) !== Math.sign(series[0] ?? 0);
    const hint = maxRateGiven
      ? above
        ? ` A root lies above maxRate (${pct(maxRate)}); raise maxRate to find it.`
        : ` A root may lie above maxRate (${pct(maxRate)}); raise maxRate to search further.`
      : '';
    throw new RoiError(
      'no-root',
      `irr searched rates from ${pct(IRR_SEARCH.minRate)} to ${pct(maxRate)} per period and found none at which the NPV is zero.${hint} Use npv() with a chosen discount rate instead.`,
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
