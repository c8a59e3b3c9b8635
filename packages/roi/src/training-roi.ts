import { buildFlows, type MonthlyFlow, payback, rampFactor } from './cash-flows.js';
import { checkTrainingRoiInput } from './check.js';
import { centsOf, euros, toCents } from './money.js';
import { add, ceil, div, int, mul, type Rational, rational, ZERO } from './rational.js';
import { percent, ratio } from './ratios.js';
import type { TrainingRoiAssumptions, TrainingRoiInput } from './training-roi-input.js';

/** Result of {@link trainingRoi}. Money in euros, exact to the cent; `cents` holds the same as integers. */
export interface TrainingRoiResult {
  kind: 'training';
  /** The input with defaults filled in, for explaining the figures. */
  assumptions: TrainingRoiAssumptions;
  /** Course fees: participants × price. */
  fees: number;
  /** The participants' own training hours at the hourly rate (0 unless given). */
  trainingTimeCost: number;
  /** fees + trainingTimeCost, each rounded to cents first. */
  investment: number;
  /** Time savings per year at full speed: hours × participants × rate × weeks. */
  timeBenefitPerYear: number;
  /** Benefits over the horizon (time savings + other benefits, after ramp-up). */
  benefit: number;
  /** benefit − investment. */
  netBenefit: number;
  /** (benefit − investment) / investment as a fraction; `null` when the investment is 0. */
  roi: number | null;
  /** `roi` × 100, rounded half-up to 2 decimals (1465.66). */
  roiPercent: number | null;
  /** Benefit–cost ratio benefit / investment; `null` when the investment is 0. */
  bcr: number | null;
  /** Months until paid back (see docs for the definition); `null` if not within the horizon. */
  paybackMonths: number | null;
  /**
   * Hours each participant must save per week for the time savings alone to repay the
   * investment within the horizon, rounded up to 0.01 h; `null` when no week can hold them
   * (more than 168 hours, or a rate of 0).
   */
  breakEvenHoursPerWeek: number | null;
  /** Month 0 (investment) to month `horizonMonths`. */
  cashFlows: MonthlyFlow[];
  /** The money figures in whole cents, for further exact sums. */
  cents: { investment: number; benefit: number; netBenefit: number; timeBenefitPerYear: number };
}

/** Hours per week to break even, rounded up to 0.01 h; `null` beyond the 168 hours of a week. */
function breakEven(investment: bigint, perHour: Rational): number | null {
  if (perHour.n === 0n) return null;
  const hundredths = ceil(div(mul(int(investment), int(100)), perHour));
  return hundredths > 16_800n ? null : Number(hundredths) / 100;
}

/**
 * The per-participant training case: what a training costs, what the time it saves returns,
 * when it pays back. Inputs are validated; bad input throws `RoiInputError`.
 *
 * @example
 * ```ts
 * const r = trainingRoi({
 *   participants: 50, pricePerParticipant: 495, hoursSavedPerWeek: 3,
 *   hourlyRate: 50, otherBenefitsPerYear: 50_000,
 * });
 * r.investment; // 24750
 * r.benefit; // 387500
 * r.roiPercent; // 1465.66
 * r.paybackMonths; // ≈ 0.77
 * ```
 */
export function trainingRoi(input: TrainingRoiInput): TrainingRoiResult {
  const a: TrainingRoiAssumptions = checkTrainingRoiInput(input);
  const people = int(a.participants);
  const rate = centsOf(a.hourlyRate);
  const fees = toCents(mul(people, centsOf(a.pricePerParticipant)));
  const trainingTime = toCents(mul(people, rational(a.trainingHoursPerParticipant), rate));
  const investment = fees + trainingTime;
  const timePerYear = mul(rational(a.hoursSavedPerWeek), people, rate, int(a.workingWeeksPerYear));
  const fullMonth = div(add(timePerYear, centsOf(a.otherBenefitsPerYear)), int(12));
  const months = Array.from({ length: a.horizonMonths + 1 }, (_, m) => m);
  const ramp = months.map((m) => rampFactor(m, a.rampUpMonths));
  const costs: Rational[] = months.map((m) => (m === 0 ? int(investment) : ZERO));
  const cashFlows = buildFlows(
    costs,
    ramp.map((f) => mul(fullMonth, f)),
  );
  const benefit = cashFlows.reduce((sum, f) => sum + BigInt(f.benefitCents), 0n);
  const net = benefit - investment;
  // Hours per week h with h × people × rate × weeks/12 × Σ ramp = investment.
  const perHour = mul(people, rate, int(a.workingWeeksPerYear), add(...ramp), { n: 1n, d: 12n });
  const timeCents = toCents(timePerYear);
  return {
    kind: 'training',
    assumptions: a,
    fees: euros(fees),
    trainingTimeCost: euros(trainingTime),
    investment: euros(investment),
    timeBenefitPerYear: euros(timeCents),
    benefit: euros(benefit),
    netBenefit: euros(net),
    roi: ratio(net, investment),
    roiPercent: percent(net, investment),
    bcr: ratio(benefit, investment),
    paybackMonths: payback(cashFlows.map((f) => f.netCents)),
    breakEvenHoursPerWeek: breakEven(investment, perHour),
    cashFlows,
    cents: {
      investment: Number(investment),
      benefit: Number(benefit),
      netBenefit: Number(net),
      timeBenefitPerYear: Number(timeCents),
    },
  };
}
