import * as z from 'zod/mini';
import { euro, flag, horizon, hours, num, shape, share, whole } from './validate.js';

/** A subsidy on the eligible costs of a business case. */
export interface SubsidyInput {
  /** Share of the eligible costs covered, 0–1 (0.7 = 70%). */
  share: number;
  /** Most the subsidy pays, euros (default: no cap). */
  cap?: number;
  /** Count internal hours as eligible costs too (default false: external costs only). */
  includeInternalHours?: boolean;
}

/** Input of `businessCase`: euros excl. VAT, hours for the whole team. Everything defaults to 0. */
export interface BusinessCaseInput {
  /** One-off costs at the start (month 0): setup, training, licences paid up front. */
  oneOffCosts?: number;
  /** Costs every month (tools, subscriptions). */
  monthlyCosts?: number;
  /** Internal hours spent once at the start, costed at `hourlyRate`. */
  internalHoursOneOff?: number;
  /** Internal hours spent every month (a pilot team reserves ≥ 20% of its time). */
  internalHoursPerMonth?: number;
  /** Loaded cost of an hour, for internal hours and hours saved. */
  hourlyRate?: number;
  /** Hours the team saves per week at full speed (× weeks per year / 12 per month). */
  hoursSavedPerWeek?: number;
  /** Hours the team saves per month at full speed (added to the weekly figure). */
  hoursSavedPerMonth?: number;
  /** Working weeks per year for `hoursSavedPerWeek` (default 45). */
  workingWeeksPerYear?: number;
  /** Other benefits per month at full speed. */
  otherBenefitsPerMonth?: number;
  /** Other benefits per year at full speed (spread evenly over the months). */
  otherBenefitsPerYear?: number;
  /** Months until benefits reach full speed, growing linearly (default 0). */
  rampUpMonths?: number;
  /** Share of the benefits attributed to this case, 0–1 (default 1; Phillips' confidence). */
  confidence?: number;
  /** A subsidy; it lowers costs, it is never a benefit. */
  subsidy?: SubsidyInput;
  /** Months looked at, 1–600 (default 12). */
  horizonMonths?: number;
  /** Yearly discount rate for NPV and discounted payback, 0–10 (default 0). */
  discountRatePerYear?: number;
}

/** {@link SubsidyInput} with its default filled in. */
export interface SubsidyAssumptions {
  share: number;
  cap?: number;
  includeInternalHours: boolean;
}

/** {@link BusinessCaseInput} with every default filled in. */
export interface BusinessCaseAssumptions extends Required<Omit<BusinessCaseInput, 'subsidy'>> {
  subsidy?: SubsidyAssumptions;
}

const subsidySchema = shape({
  share: share(),
  cap: z.optional(euro()),
  includeInternalHours: z._default(flag(), false),
});

/** The zod schema behind {@link BusinessCaseInput} (internal; checked against it in the type tests). */
export const businessCaseSchema = shape({
  oneOffCosts: z._default(euro(), 0),
  monthlyCosts: z._default(euro(), 0),
  internalHoursOneOff: z._default(hours(), 0),
  internalHoursPerMonth: z._default(hours(), 0),
  hourlyRate: z._default(euro(), 0),
  hoursSavedPerWeek: z._default(hours(), 0),
  hoursSavedPerMonth: z._default(hours(), 0),
  workingWeeksPerYear: z._default(whole(0, 53), 45),
  otherBenefitsPerMonth: z._default(euro(), 0),
  otherBenefitsPerYear: z._default(euro(), 0),
  rampUpMonths: z._default(whole(0, 600), 0),
  confidence: z._default(share(), 1),
  subsidy: z.optional(subsidySchema),
  horizonMonths: z._default(horizon(), 12),
  discountRatePerYear: z._default(
    num('a yearly rate from 0 to 10 (0.08 = 8%)', { min: 0, max: 10 }),
    0,
  ),
});
