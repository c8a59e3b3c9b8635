// Exact rational arithmetic on bigint, used for every money amount before it is rounded to
// cents. Binary floating point cannot hold 0.1, so inputs are read from their shortest decimal
// representation (what the user typed) and never multiplied as doubles.

/** An exact fraction n/d with d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

// Inputs are read to this many decimal places: more than anyone types, and it keeps every
// denominator small, so a subnormal such as 5e-324 cannot make the sums crawl.
const PLACES = 20;

/**
 * The exact decimal value a finite number prints as (`0.1` → 1/10, `1e-7` → 1/10^7), rounded
 * half-up to 20 decimal places.
 */
export function rational(value: number): Rational {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new TypeError(`Not a finite number: ${value}`);
  const [, sign = '', int = '0', frac = '', exp = '0'] = match;
  let n = BigInt(`${sign}${int}${frac}`);
  const scale = Number(exp) - frac.length;
  if (scale >= 0) return { n: n * 10n ** BigInt(scale), d: 1n };
  if (-scale <= PLACES) return reduce(n, 10n ** BigInt(-scale));
  n = roundHalfUp({ n, d: 10n ** BigInt(-scale - PLACES) });
  return reduce(n, 10n ** BigInt(PLACES));
}

export const int = (value: number | bigint): Rational => ({ n: BigInt(value), d: 1n });

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Keeps denominators small: long horizons would otherwise multiply them up. */
export function reduce(n: bigint, d: bigint): Rational {
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export function mul(...factors: Rational[]): Rational {
  let n = 1n;
  let d = 1n;
  for (const f of factors) {
    n *= f.n;
    d *= f.d;
  }
  return reduce(n, d);
}

export function add(...terms: Rational[]): Rational {
  let n = 0n;
  let d = 1n;
  for (const t of terms) {
    n = t.d === d ? n + t.n : n * t.d + t.n * d;
    d = t.d === d ? d : d * t.d;
  }
  return reduce(n, d);
}

export const sub = (a: Rational, b: Rational): Rational => add(a, { n: -b.n, d: b.d });

/** a / b; b must not be zero. */
export const div = (a: Rational, b: Rational): Rational =>
  b.n < 0n ? reduce(-a.n * b.d, a.d * -b.n) : reduce(a.n * b.d, a.d * b.n);

export const min = (a: Rational, b: Rational): Rational => (a.n * b.d <= b.n * a.d ? a : b);

/** Rounds half away from zero ("half-up" for amounts ≥ 0, the EU rule for euro amounts). */
export function roundHalfUp(r: Rational): bigint {
  const abs = r.n < 0n ? -r.n : r.n;
  const q = (2n * abs + r.d) / (2n * r.d);
  return r.n < 0n ? -q : q;
}

/** Smallest integer ≥ r. */
export function ceil(r: Rational): bigint {
  const q = r.n / r.d;
  return r.n > 0n && q * r.d !== r.n ? q + 1n : q;
}

const bits = (v: bigint): number => (v < 0n ? -v : v).toString(2).length;

/** Nearest double, for ratios (ROI, BCR) that are shown, not summed. */
export function toNumber(r: Rational): number {
  if (r.n === 0n) return 0;
  // Divide in bigint with 64 significant bits, then scale by a power of two: one rounding,
  // and no overflow when numerator and denominator are each beyond double range.
  const k = 64 - (bits(r.n) - bits(r.d));
  const abs = r.n < 0n ? -r.n : r.n;
  const q = k >= 0 ? (abs << BigInt(k)) / r.d : abs / (r.d << BigInt(-k));
  const value = Number(q) * 2 ** -k;
  return r.n < 0n ? -value : value;
}
