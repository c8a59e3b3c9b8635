import {
  type BusinessCaseResult,
  businessCase,
  explainRoi,
  formatEuro,
  formatPercent,
  type MonthlyFlow,
  RoiInputError,
  roiInputMessage,
  scenarios,
  trainingRoi,
} from '@aira/roi';
import type { RoiResult } from './events.js';
import { fieldsOf, type RoiField, type RoiMode } from './fields.js';
import { fill, type RoiLanguage, type RoiStrings } from './i18n.js';
import { parseNumber, shiftLeft } from './parse-number.js';

// From what the reader typed to what the element and renderRoiHtml show. Every figure comes
// from @aira/roi; this module only reads numbers, checks them against the package's bounds
// and formats the results.

/** One field's problem, in the reader's language. */
export interface FieldProblem {
  field: string;
  message: string;
  error: RoiInputError;
}

/** A labelled figure (a card). */
export interface RoiFigure {
  label: string;
  value: string;
  /** Small print under the value (`per deelnemer per week`). */
  note?: string;
}

/** One line of the chart: cumulative euros per month. */
export interface RoiSeries {
  name: string;
  flows: readonly MonthlyFlow[];
}

/** Everything the results show; absent while an input is invalid. */
export interface RoiView {
  /** Cards; in pilot mode one group per scenario. */
  groups: { name: string; figures: RoiFigure[] }[];
  derivation: string[];
  series: RoiSeries[];
  /** Months to break even on the first series, `null` when not within the horizon. */
  payback: number | null;
  horizon: number;
  paybackText: string;
  roiText: string;
  /** The inputs as given to @aira/roi, for events. */
  inputs: Record<string, unknown>;
  result: RoiResult;
}

/** The outcome of one evaluation. */
export interface Evaluation {
  problems: FieldProblem[];
  /** The numbers read, by field name, as typed (a percentage as 30, not 0.3); valid ones only. */
  values: Record<string, number>;
  view: RoiView | null;
}

const locale = (lang: RoiLanguage) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** The field's number as typed, and as @aira/roi takes it (a percentage as a share). */
type Read = { value: number; input: number };

function read(field: RoiField, text: string, lang: RoiLanguage): RoiInputError | Read {
  const parsed = parseNumber(text, lang);
  const limits = { min: field.min, max: field.max };
  const fail = (reason: RoiInputError['reason'], received: unknown) =>
    new RoiInputError(
      field.name,
      `${field.name} must be a number from ${field.min} to ${field.max}, received ${JSON.stringify(text)}`,
      {
        received,
        reason,
        limits,
      },
    );
  if (!parsed.ok) return fail(parsed.empty ? 'missing' : 'not-a-number', text);
  const value = Number(parsed.decimal);
  if (field.whole && !Number.isInteger(value)) return fail('not-whole', value);
  if (value < field.min) return fail('too-small', value);
  if (value > field.max) return fail('too-large', value);
  return { value, input: field.unit === 'percent' ? Number(shiftLeft(parsed.decimal, 2)) : value };
}

/**
 * Reads every field of `mode` from `texts` (what was typed, by field name; missing ones take
 * the worked example) and computes the case when all are valid.
 */
export function evaluate(
  mode: RoiMode,
  texts: Readonly<Record<string, string | undefined>>,
  lang: RoiLanguage,
  strings: RoiStrings,
): Evaluation {
  const problems: FieldProblem[] = [];
  const values: Record<string, number> = {};
  const inputs: Record<string, number> = {};
  const loc = locale(lang);
  for (const field of fieldsOf(mode)) {
    const text = texts[field.name] ?? formatInput(field.example, field, lang);
    const got = read(field, text, lang);
    if (got instanceof RoiInputError) {
      problems.push({ field: field.name, message: roiInputMessage(got, loc), error: got });
    } else {
      values[field.name] = got.value;
      inputs[field.name] = got.input;
    }
  }
  if (problems.length) return { problems, values, view: null };
  try {
    const view = mode === 'pilot' ? pilot(inputs, strings, loc) : training(inputs, strings, loc);
    return { problems, values, view };
  } catch (error) {
    // Bounds are checked above, so @aira/roi refusing the input is a bug worth showing plainly.
    if (!(error instanceof RoiInputError)) throw error;
    const message = roiInputMessage(error, loc);
    return { problems: [{ field: error.field, message, error }], values, view: null };
  }
}

/** A number as the reader would type it (`1.250,5` in Dutch), for the input fields. */
export function formatInput(value: number, field: RoiField, lang: RoiLanguage): string {
  return new Intl.NumberFormat(locale(lang), {
    maximumFractionDigits: 20,
    useGrouping: field.unit === 'euro' || field.unit === 'count',
  }).format(value);
}

const number = (value: number, loc: string) =>
  new Intl.NumberFormat(loc, { maximumFractionDigits: 2 }).format(value);

function monthsText(value: number | null, horizon: number, s: RoiStrings, loc: string): string {
  return value === null
    ? fill(s.never, { months: horizon })
    : fill(s.months, { value: number(value, loc) });
}

function training(v: Record<string, number>, s: RoiStrings, loc: string): RoiView {
  const inputs = {
    participants: v.participants,
    pricePerParticipant: v['price-per-participant'],
    hoursSavedPerWeek: v['hours-saved-per-week'],
    hourlyRate: v['hourly-rate'],
    workingWeeksPerYear: v['working-weeks'],
    otherBenefitsPerYear: v['other-benefits'],
  };
  const r = trainingRoi(inputs as Parameters<typeof trainingRoi>[0]);
  const horizon = r.assumptions.horizonMonths;
  const roiText = r.roi === null ? s.notApplicable : formatPercent(r.roi, { locale: loc });
  const paybackText = monthsText(r.paybackMonths, horizon, s, loc);
  const figures: RoiFigure[] = [
    { label: s.investment, value: formatEuro(r.investment, { locale: loc }) },
    { label: s.benefit, value: formatEuro(r.benefit, { locale: loc }) },
    { label: s.roi, value: roiText },
    { label: s.payback, value: paybackText },
  ];
  if (r.breakEvenHoursPerWeek !== null) {
    figures.push({
      label: s.breakEven,
      value: fill(s.breakEvenValue, { value: number(r.breakEvenHoursPerWeek, loc) }),
      note: s.breakEvenNote,
    });
  }
  return {
    groups: [{ name: '', figures }],
    derivation: explainRoi(r, { locale: loc }),
    series: [{ name: '', flows: r.cashFlows }],
    payback: r.paybackMonths,
    horizon,
    paybackText,
    roiText,
    inputs,
    result: r,
  };
}

function pilot(v: Record<string, number>, s: RoiStrings, loc: string): RoiView {
  const subsidy = v.subsidy ?? 0;
  const inputs = {
    oneOffCosts: v['one-off-costs'],
    monthlyCosts: v['monthly-costs'],
    hourlyRate: v['hourly-rate'],
    hoursSavedPerWeek: v['hours-saved-per-week'],
    horizonMonths: v['horizon-months'],
    ...(subsidy > 0 ? { subsidy: { share: subsidy } } : {}),
  };
  const result = scenarios(
    inputs,
    {
      conservative: { hoursSavedPerWeek: v['hours-saved-cautious'] },
      optimistic: { hoursSavedPerWeek: v['hours-saved-optimistic'] },
    },
    businessCase,
  );
  const named = [
    [s.cautious, result.conservative],
    [s.expected, result.expected],
    [s.optimistic, result.optimistic],
  ] as const;
  const expected = result.expected;
  const horizon = expected.assumptions.horizonMonths;
  const roi = (r: BusinessCaseResult) =>
    r.roi === null ? s.notApplicable : formatPercent(r.roi, { locale: loc });
  return {
    groups: named.map(([name, r]) => ({
      name,
      figures: [
        { label: s.cost, value: formatEuro(r.cost, { locale: loc }) },
        { label: s.benefit, value: formatEuro(r.benefit, { locale: loc }) },
        { label: s.netBenefit, value: formatEuro(r.netBenefit, { locale: loc }) },
        { label: s.roi, value: roi(r) },
        { label: s.payback, value: monthsText(r.paybackMonths, horizon, s, loc) },
      ],
    })),
    derivation: explainRoi(expected, { locale: loc }),
    series: named.map(([name, r]) => ({ name, flows: r.cashFlows })),
    payback: expected.paybackMonths,
    horizon,
    paybackText: monthsText(expected.paybackMonths, horizon, s, loc),
    roiText: roi(expected),
    inputs: {
      ...inputs,
      scenarios: { cautious: v['hours-saved-cautious'], optimistic: v['hours-saved-optimistic'] },
    },
    result: { cautious: result.conservative, expected, optimistic: result.optimistic },
  };
}
