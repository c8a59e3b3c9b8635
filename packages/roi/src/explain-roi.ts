import type { BusinessCaseResult } from './business-case.js';
import { checkOptions } from './check.js';
import { RoiInputError } from './errors.js';
import { TEXT, type Text } from './explain-text.js';
import { formatEuro, formatPercent } from './format.js';
import type { TrainingRoiResult } from './training-roi.js';

/** Options for {@link explainRoi}. */
export interface ExplainOptions {
  /** `'nl-NL'` (default) or any `nl-*`/`en-*` locale; the texts are Dutch or English. */
  locale?: string;
}

/**
 * The derivation behind a result, as lines a person can check, in Dutch (default) or
 * English, so a page can show its work next to the figures.
 *
 * @example
 * ```ts
 * explainRoi(trainingRoi(input))[1];
 * // 'Tijdwinst per jaar: 3 uur × 50 medewerkers × € 50 × 45 weken = € 337.500'
 * ```
 */
export function explainRoi(
  result: TrainingRoiResult | BusinessCaseResult,
  options?: ExplainOptions,
): string[] {
  const o = checkOptions(options);
  const locale = o.locale ?? 'nl-NL';
  const lang = locale.toLowerCase().startsWith('nl')
    ? 'nl'
    : locale.toLowerCase().startsWith('en')
      ? 'en'
      : null;
  if (!lang) {
    throw new RoiInputError(
      'options.locale',
      `options.locale must be a Dutch or English locale (e.g. 'nl-NL', 'en-GB'), received "${locale}"`,
      { received: locale, reason: 'not-supported' },
    );
  }
  const writer = lineWriter(TEXT[lang], locale);
  return result.kind === 'training' ? training(result, writer) : business(result, writer);
}

/** The texts and number formats of one locale, shared by both kinds of derivation. */
interface LineWriter {
  t: Text;
  eur: (v: number) => string;
  n: (v: number, max?: number) => string;
  pct: (v: number | null) => string;
  /** A payback period, or "not within the horizon" when it is `null`. */
  months: (v: number | null, horizon: number) => string;
}

function lineWriter(t: Text, locale: string): LineWriter {
  const n = (v: number, max = 2) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: max }).format(v);
  return {
    t,
    n,
    eur: (v) => formatEuro(v, { locale }),
    pct: (v) => (v === null ? '—' : formatPercent(v, { locale })),
    months: (v, horizon) =>
      v === null ? `${t.never} ${horizon} ${t.months}` : `${n(v)} ${t.months}`,
  };
}

function training(r: TrainingRoiResult, { t, eur, n, pct, months }: LineWriter): string[] {
  const a = r.assumptions;
  const fees = `${n(a.participants)} ${t.people} × ${eur(a.pricePerParticipant)}`;
  const lines =
    a.trainingHoursPerParticipant > 0
      ? [
          `${t.investment}: ${fees} = ${eur(r.fees)}`,
          `${t.trainingTime}: ${n(a.participants)} × ${n(a.trainingHoursPerParticipant)} ${t.hours} × ${eur(a.hourlyRate)} = ${eur(r.trainingTimeCost)}; ${t.investment.toLowerCase()} ${eur(r.investment)}`,
        ]
      : [`${t.investment}: ${fees} = ${eur(r.investment)}`];
  lines.push(
    `${t.timeBenefit}: ${n(a.hoursSavedPerWeek)} ${t.hours} × ${n(a.participants)} ${t.employees} × ${eur(a.hourlyRate)} × ${n(a.workingWeeksPerYear)} ${t.weeks} = ${eur(r.timeBenefitPerYear)}`,
  );
  if (a.otherBenefitsPerYear > 0) lines.push(`${t.other}: ${eur(a.otherBenefitsPerYear)}`);
  const ramp = a.rampUpMonths > 0 ? ` (${t.ramp} ${a.rampUpMonths} ${t.months})` : '';
  lines.push(`${t.benefit} ${a.horizonMonths} ${t.months}${ramp}: ${eur(r.benefit)}`);
  lines.push(
    `${t.roi}: (${eur(r.benefit)} − ${eur(r.investment)}) / ${eur(r.investment)} = ${pct(r.roi)}`,
  );
  lines.push(`${t.payback}: ${months(r.paybackMonths, a.horizonMonths)}`);
  if (r.breakEvenHoursPerWeek !== null)
    lines.push(`${t.breakEven}: ${n(r.breakEvenHoursPerWeek)} ${t.hours} ${t.perWeek}`);
  return lines;
}

function business(r: BusinessCaseResult, { t, eur, n, pct, months }: LineWriter): string[] {
  const a = r.assumptions;
  const h = a.horizonMonths;
  const parts = [
    `${t.oneOff} ${eur(a.oneOffCosts)}`,
    `${h} × ${eur(a.monthlyCosts)} ${t.perMonth}`,
  ];
  const internal = a.internalHoursOneOff + h * a.internalHoursPerMonth;
  if (internal > 0) parts.push(`${n(internal)} ${t.internal} × ${eur(a.hourlyRate)}`);
  const lines: string[] = [];
  if (a.subsidy && r.subsidy > 0) {
    const cap = a.subsidy.cap === undefined ? '' : `, ${t.max} ${eur(a.subsidy.cap)}`;
    lines.push(
      `${t.subsidy}: ${pct(a.subsidy.share)} × ${eur(r.eligibleCosts)} ${t.eligible}${cap} = ${eur(r.subsidy)}`,
    );
    parts.push(`− ${eur(r.subsidy)}`);
  }
  lines.unshift(
    `${t.cost} ${h} ${t.months}: ${parts.join(' + ').replace('+ −', '−')} = ${eur(r.cost)}`,
  );
  const ramp = a.rampUpMonths > 0 ? `, ${t.ramp} ${a.rampUpMonths} ${t.months}` : '';
  const conf = a.confidence < 1 ? `, ${t.confidence} ${pct(a.confidence)}` : '';
  lines.push(`${t.benefit} ${h} ${t.months}${ramp}${conf}: ${eur(r.benefit)}`);
  lines.push(`${t.roi}: (${eur(r.benefit)} − ${eur(r.cost)}) / ${eur(r.cost)} = ${pct(r.roi)}`);
  lines.push(`${t.payback}: ${months(r.paybackMonths, h)}`);
  if (a.discountRatePerYear > 0) {
    lines.push(`${t.discounted}: ${months(r.discountedPaybackMonths, h)}`);
  }
  lines.push(`${t.npv} (${t.at} ${pct(a.discountRatePerYear)} ${t.perYear}): ${eur(r.npv)}`);
  lines.push(`${t.irr}: ${r.irrAnnual === null ? t.none : `${pct(r.irrAnnual)} ${t.perYear}`}`);
  return lines;
}
