import { add, type Rational, rational, roundHalfUp } from './rational.js';

/** Whole euro cents, exact. */
export type Cents = bigint;

/** Euros (as typed by the user) → exact amount in cents, not yet rounded. */
export const centsOf = (euros: number): Rational => {
  const r = rational(euros);
  return { n: r.n * 100n, d: r.d };
};

/** Rounds an exact cent amount half-up to whole cents. */
export const toCents = (amount: Rational): Cents => roundHalfUp(amount);

/**
 * Cents → euros as a number. Exact to the cent: the double nearest to n/100 prints as n/100,
 * so `euros(30n)` is `0.3`, never `0.30000000000000004`.
 */
export const euros = (cents: Cents): number => Number(cents) / 100;

/**
 * Splits an exact total over periods so that the rounded parts add up to the rounded total:
 * each part is the difference of the rounded running totals (no cent is lost or invented).
 */
export function splitCents(parts: readonly Rational[]): Cents[] {
  let running: Rational = { n: 0n, d: 1n };
  let previous = 0n;
  return parts.map((part) => {
    running = add(running, part);
    const rounded = roundHalfUp(running);
    const cents = rounded - previous;
    previous = rounded;
    return cents;
  });
}

/** Half away from zero for a float (NPV in cents); never returns -0. */
export const roundHalfAway = (value: number): number => {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
};
