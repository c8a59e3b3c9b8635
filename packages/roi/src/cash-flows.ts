import { euros, splitCents } from './money.js';
import { int, type Rational, ZERO } from './rational.js';

/** One month of the cash-flow table; month 0 holds the one-off investment. */
export interface MonthlyFlow {
  /** 0 = the start (one-off costs), 1..horizon = the end of each month. */
  month: number;
  /** Costs in this month, euros (after any subsidy). */
  cost: number;
  /** Benefits in this month, euros (after ramp-up and confidence). */
  benefit: number;
  /** benefit − cost, euros. */
  net: number;
  /** Running total of `net` up to and including this month, euros. */
  cumulative: number;
  /** `cost` in whole cents. */
  costCents: number;
  /** `benefit` in whole cents. */
  benefitCents: number;
  /** `net` in whole cents. */
  netCents: number;
  /** `cumulative` in whole cents. */
  cumulativeCents: number;
}

/** Month m's share of the full benefit: linear from 1/N in month 1 to 1 from month N on. */
export const rampFactor = (month: number, rampUpMonths: number): Rational =>
  month === 0
    ? ZERO
    : rampUpMonths === 0 || month >= rampUpMonths
      ? int(1)
      : { n: BigInt(month), d: BigInt(rampUpMonths) };

/** Rounds exact per-month costs and benefits to cents and builds the table. */
export function buildFlows(
  costs: readonly Rational[],
  benefits: readonly Rational[],
): MonthlyFlow[] {
  const costCents = splitCents(costs);
  const benefitCents = splitCents(benefits);
  let cumulative = 0n;
  return costCents.map((cost, month) => {
    const benefit = benefitCents[month] ?? 0n;
    const net = benefit - cost;
    cumulative += net;
    return {
      month,
      cost: euros(cost),
      benefit: euros(benefit),
      net: euros(net),
      cumulative: euros(cumulative),
      costCents: Number(cost),
      benefitCents: Number(benefit),
      netCents: Number(net),
      cumulativeCents: Number(cumulative),
    };
  });
}

/**
 * Months until the cumulative cash flow turns non-negative for good, interpolating linearly
 * within the month it does (benefits and costs accrue evenly over a month, the month-0
 * investment falls at t = 0). `null` when the cumulative flow is still negative at the end.
 */
export function payback(nets: readonly number[]): number | null {
  const cumulative: number[] = [];
  let sum = 0;
  for (const net of nets) {
    sum += net;
    cumulative.push(sum);
  }
  if ((cumulative.at(-1) ?? -1) < 0) return null;
  // The last month that ends below zero; payback falls inside the month after it.
  let last = -1;
  cumulative.forEach((c, m) => {
    if (c < 0) last = m;
  });
  if (last === -1) return 0;
  const before = cumulative[last] ?? 0;
  const net = nets[last + 1] ?? 0;
  return last + -before / net;
}

/** Discounts monthly nets (month m by (1 + rate)^m) for the discounted payback. */
export const discountNets = (nets: readonly number[], monthlyRate: number): number[] =>
  nets.map((net, m) => net / (1 + monthlyRate) ** m);

/** Yearly rate → equivalent monthly rate: (1 + y)^(1/12) − 1. */
export const monthlyRate = (yearly: number): number => Math.expm1(Math.log1p(yearly) / 12);
