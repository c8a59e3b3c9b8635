import * as z from 'zod/mini';
import { BUSINESS_CASE_BOUNDS as B, SUBSIDY_BOUNDS as S } from './bounds.js';
import { bounded, flag, shape } from './validate.js';

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
  share: bounded(S.share),
  cap: z.optional(bounded(S.cap)),
  includeInternalHours: z._default(flag(), false),
});

/** The zod schema behind {@link BusinessCaseInput} (internal; checked against it in the type tests). */
export const businessCaseSchema = shape({
  oneOffCosts: z._default(bounded(B.oneOffCosts), 0),
  monthlyCosts: z._default(bounded(B.monthlyCosts), 0),
  internalHoursOneOff: z._default(bounded(B.internalHoursOneOff), 0),
  internalHoursPerMonth: z._default(bounded(B.internalHoursPerMonth), 0),
  hourlyRate: z._default(bounded(B.hourlyRate), 0),
  hoursSavedPerWeek: z._default(bounded(B.hoursSavedPerWeek), 0),
  hoursSavedPerMonth: z._default(bounded(B.hoursSavedPerMonth), 0),
  workingWeeksPerYear: z._default(bounded(B.workingWeeksPerYear), 45),
  otherBenefitsPerMonth: z._default(bounded(B.otherBenefitsPerMonth), 0),
  otherBenefitsPerYear: z._default(bounded(B.otherBenefitsPerYear), 0),
  rampUpMonths: z._default(bounded(B.rampUpMonths), 0),
  confidence: z._default(bounded(B.confidence), 1),
  horizonMonths: z._default(bounded(B.horizonMonths), 12),
  discountRatePerYear: z._default(bounded(B.discountRatePerYear), 0),
  subsidy: z.optional(subsidySchema),
});
