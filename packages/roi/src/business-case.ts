import type { BusinessCaseAssumptions, BusinessCaseInput } from './business-case-input.js';
import {
  buildFlows,
  discountNets,
  type MonthlyFlow,
  monthlyRate,
  payback,
  rampFactor,
} from './cash-flows.js';
import { checkBusinessCaseInput } from './check.js';
import { RoiError } from './errors.js';
import { findIrr } from './irr-search.js';
import { centsOf, euros, roundHalfAway, toCents } from './money.js';
import { presentValue } from './present-value.js';
import { add, div, int, min, mul, type Rational, rational, sub, ZERO } from './rational.js';
import { percent, ratio } from './ratios.js';

/** Result of {@link businessCase}. Money in euros, exact to the cent; `cents` holds integers. */
export interface BusinessCaseResult {
  kind: 'business-case';
  assumptions: BusinessCaseAssumptions;
  /** Costs over the horizon after the subsidy (one-off + monthly + internal hours). */
  cost: number;
  /** Costs the subsidy applies to (external costs, plus internal hours if included). */
  eligibleCosts: number;
  /** Subsidy granted: share × eligible costs, at most the cap. Lowers `cost`. */
  subsidy: number;
  /** Benefits over the horizon after ramp-up and confidence. */
  benefit: number;
  /** benefit − cost. */
  netBenefit: number;
  /** (benefit − cost) / cost; `null` when the cost is 0. */
  roi: number | null;
  /** `roi` × 100 rounded half-up to 2 decimals. */
  roiPercent: number | null;
  /** benefit / cost; `null` when the cost is 0. */
  bcr: number | null;
  /** Simple payback in months; `null` when not paid back within the horizon. */
  paybackMonths: number | null;
  /** Payback on flows discounted at the monthly rate; `null` when not within the horizon. */
  discountedPaybackMonths: number | null;
  /** NPV of the monthly flows (month 0 undiscounted), rounded half-up to cents. */
  npv: number;
  /** Monthly IRR; `null` when undefined (see `irrUndefinedReason`). */
  irrMonthly: number | null;
  /** (1 + irrMonthly)^12 − 1; `null` when the IRR is undefined. */
  irrAnnual: number | null;
  /** Why there is no IRR, when there is none. */
  irrUndefinedReason: RoiError['reason'] | null;
  cashFlows: MonthlyFlow[];
  cents: { cost: number; subsidy: number; benefit: number; netBenefit: number; npv: number };
}

/**
 * The general business case for a pilot or trajectory over a horizon of months: costs
 * (one-off at month 0, monthly after), benefits from saved hours and other gains, ramp-up,
 * confidence share, subsidy, discounting. A subsidy lowers cost; it is never a benefit.
 *
 * @example
 * ```ts
 * const pilot = businessCase({
 *   oneOffCosts: 5_000, monthlyCosts: 300,
 *   hoursSavedPerWeek: 10, hourlyRate: 60, horizonMonths: 12,
 * });
 * pilot.paybackMonths; // ≈ 2.56: within a quarter
 * ```
 */
export function businessCase(input: BusinessCaseInput): BusinessCaseResult {
  const a: BusinessCaseAssumptions = checkBusinessCaseInput(input);
  const rate = centsOf(a.hourlyRate);
  const months = Array.from({ length: a.horizonMonths + 1 }, (_, m) => m);
  const external = months.map((m) => centsOf(m === 0 ? a.oneOffCosts : a.monthlyCosts));
  const internal = months.map((m) =>
    mul(rational(m === 0 ? a.internalHoursOneOff : a.internalHoursPerMonth), rate),
  );
  const eligible = months.map((m) =>
    a.subsidy?.includeInternalHours
      ? add(external[m] ?? ZERO, internal[m] ?? ZERO)
      : (external[m] ?? ZERO),
  );
  const eligibleTotal = add(...eligible);
  let subsidy = 0n;
  if (a.subsidy && eligibleTotal.n !== 0n) {
    const granted = mul(rational(a.subsidy.share), eligibleTotal);
    subsidy = toCents(a.subsidy.cap === undefined ? granted : min(granted, centsOf(a.subsidy.cap)));
  }
  // The subsidy lowers every eligible cost by the same share, so costs keep their timing
  // and the subsidy never shows up as income.
  const covered = subsidy === 0n ? ZERO : div(int(subsidy), eligibleTotal);
  const costs: Rational[] = months.map((m) =>
    sub(add(external[m] ?? ZERO, internal[m] ?? ZERO), mul(eligible[m] ?? ZERO, covered)),
  );
  const hoursPerMonth = add(
    rational(a.hoursSavedPerMonth),
    mul(rational(a.hoursSavedPerWeek), int(a.workingWeeksPerYear), { n: 1n, d: 12n }),
  );
  const fullMonth = mul(
    add(
      mul(hoursPerMonth, rate),
      centsOf(a.otherBenefitsPerMonth),
      div(centsOf(a.otherBenefitsPerYear), int(12)),
    ),
    rational(a.confidence),
  );
  const cashFlows = buildFlows(
    costs,
    months.map((m) => mul(fullMonth, rampFactor(m, a.rampUpMonths))),
  );
  const cost = cashFlows.reduce((sum, f) => sum + BigInt(f.costCents), 0n);
  const benefit = cashFlows.reduce((sum, f) => sum + BigInt(f.benefitCents), 0n);
  const net = benefit - cost;
  const nets = cashFlows.map((f) => f.netCents);
  const r = monthlyRate(a.discountRatePerYear);
  const npvCents = roundHalfAway(presentValue(r, nets, 0));
  let irrMonthly: number | null = null;
  let irrUndefinedReason: RoiError['reason'] | null = null;
  try {
    irrMonthly = findIrr(nets);
  } catch (error) {
    if (!(error instanceof RoiError)) throw error;
    irrUndefinedReason = error.reason;
  }
  return {
    kind: 'business-case',
    assumptions: a,
    cost: euros(cost),
    eligibleCosts: euros(toCents(eligibleTotal)),
    subsidy: euros(subsidy),
    benefit: euros(benefit),
    netBenefit: euros(net),
    roi: ratio(net, cost),
    roiPercent: percent(net, cost),
    bcr: ratio(benefit, cost),
    paybackMonths: payback(nets),
    discountedPaybackMonths: payback(discountNets(nets, r)),
    npv: npvCents / 100,
    irrMonthly,
    irrAnnual: irrMonthly === null ? null : Math.expm1(12 * Math.log1p(irrMonthly)),
    irrUndefinedReason,
    cashFlows,
    cents: {
      cost: Number(cost),
      subsidy: Number(subsidy),
      benefit: Number(benefit),
      netBenefit: Number(net),
      npv: npvCents,
    },
  };
}
