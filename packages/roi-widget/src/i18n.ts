/**
 * Every text `<aira-roi>` shows or announces, Dutch and English built in. Placeholders in
 * braces are filled in: `{value}`, `{months}`, `{start}`, `{end}`, `{payback}`, `{roi}`.
 * Override any of them with the element's `strings` property or attribute (JSON).
 */
export interface RoiStrings {
  inputsHeading: string;
  resultsHeading: string;
  derivationHeading: string;
  chartHeading: string;
  /** Label per field, by attribute name (`pilot.<name>` for a pilot-only wording). */
  labels: Readonly<Record<string, string>>;
  /** Hint after a field per unit (`euro`, `hours`, `weeks`, `months`, `percent`, `count`). */
  units: Readonly<Record<string, string>>;
  /** Marks a field the page has fixed (shown as text, not editable). */
  fixed: string;
  investment: string;
  benefit: string;
  netBenefit: string;
  cost: string;
  roi: string;
  payback: string;
  breakEven: string;
  /** A payback value: `{value}` months. */
  months: string;
  /** Not paid back within `{months}` months. */
  never: string;
  /** A break-even value: `{value}` hours. */
  breakEvenValue: string;
  /** What the break-even hours are per. */
  breakEvenNote: string;
  /** ROI when nothing is invested. */
  notApplicable: string;
  cautious: string;
  expected: string;
  optimistic: string;
  /** Shown instead of the figures while an input is invalid. */
  stale: string;
  /** Announced once the reader pauses and the figures are updated. */
  updated: string;
  /** The chart's text alternative. */
  chartSummary: string;
  /** Label of the break-even marker in the chart. */
  breakEvenMarker: string;
  /** Summary of the table alternative of the chart. */
  showTable: string;
  month: string;
  cumulative: string;
}

/** The two built-in languages. */
export type RoiLanguage = 'nl' | 'en';

const nl: RoiStrings = {
  inputsHeading: 'Uw situatie',
  resultsHeading: 'Resultaat',
  derivationHeading: 'Zo is het berekend',
  chartHeading: 'Cumulatieve kasstroom',
  labels: {
    participants: 'Aantal deelnemers',
    'price-per-participant': 'Prijs per deelnemer',
    'hours-saved-per-week': 'Uren bespaard per deelnemer per week',
    'hourly-rate': 'Uurtarief',
    'working-weeks': 'Werkweken per jaar',
    'other-benefits': 'Overige baten per jaar (bijv. minder fouten)',
    'one-off-costs': 'Eenmalige kosten',
    'monthly-costs': 'Toolkosten per maand',
    'pilot.hours-saved-per-week': 'Uren bespaard per week, verwacht',
    'hours-saved-cautious': 'Uren bespaard per week, voorzichtig',
    'hours-saved-optimistic': 'Uren bespaard per week, optimistisch',
    subsidy: 'Subsidie',
    'horizon-months': 'Looptijd',
  },
  units: {
    euro: 'euro, excl. btw',
    hours: 'uur',
    weeks: 'weken',
    months: 'maanden',
    percent: '% van de kosten, hoogstens 70',
    count: 'personen',
  },
  fixed: 'vastgesteld',
  investment: 'Investering',
  benefit: 'Opbrengst',
  netBenefit: 'Netto opbrengst',
  cost: 'Kosten',
  roi: 'ROI',
  payback: 'Terugverdiend na',
  breakEven: 'Break-even',
  months: '{value} maanden',
  never: 'niet binnen {months} maanden',
  breakEvenValue: '{value} uur',
  breakEvenNote: 'per deelnemer per week',
  notApplicable: 'n.v.t.',
  cautious: 'Voorzichtig',
  expected: 'Verwacht',
  optimistic: 'Optimistisch',
  stale:
    'De resultaten zijn niet bijgewerkt. Verbeter eerst de invoer met een foutmelding; dan rekenen we opnieuw.',
  updated: 'Bijgewerkt: ROI {roi}, terugverdiend na {payback}.',
  chartSummary:
    'Cumulatieve kasstroom per maand: {start} bij de start, {end} na {months} maanden. Terugverdiend na {payback}.',
  breakEvenMarker: 'break-even',
  showTable: 'Toon de kasstroom als tabel',
  month: 'Maand',
  cumulative: 'Cumulatief',
};

const en: RoiStrings = {
  inputsHeading: 'Your situation',
  resultsHeading: 'Result',
  derivationHeading: 'How it is calculated',
  chartHeading: 'Cumulative cash flow',
  labels: {
    participants: 'Number of participants',
    'price-per-participant': 'Price per participant',
    'hours-saved-per-week': 'Hours saved per participant per week',
    'hourly-rate': 'Hourly rate',
    'working-weeks': 'Working weeks per year',
    'other-benefits': 'Other benefits per year (e.g. fewer errors)',
    'one-off-costs': 'One-off costs',
    'monthly-costs': 'Tool costs per month',
    'pilot.hours-saved-per-week': 'Hours saved per week, expected',
    'hours-saved-cautious': 'Hours saved per week, cautious',
    'hours-saved-optimistic': 'Hours saved per week, optimistic',
    subsidy: 'Subsidy',
    'horizon-months': 'Period',
  },
  units: {
    euro: 'euros, excl. VAT',
    hours: 'hours',
    weeks: 'weeks',
    months: 'months',
    percent: '% of the costs, at most 70',
    count: 'people',
  },
  fixed: 'fixed',
  investment: 'Investment',
  benefit: 'Benefit',
  netBenefit: 'Net benefit',
  cost: 'Cost',
  roi: 'ROI',
  payback: 'Paid back after',
  breakEven: 'Break-even',
  months: '{value} months',
  never: 'not within {months} months',
  breakEvenValue: '{value} hours',
  breakEvenNote: 'per participant per week',
  notApplicable: 'n/a',
  cautious: 'Cautious',
  expected: 'Expected',
  optimistic: 'Optimistic',
  stale:
    'The results are not updated. Correct the input marked with an error first; then we recalculate.',
  updated: 'Updated: ROI {roi}, paid back after {payback}.',
  chartSummary:
    'Cumulative cash flow per month: {start} at the start, {end} after {months} months. Paid back after {payback}.',
  breakEvenMarker: 'break-even',
  showTable: 'Show the cash flow as a table',
  month: 'Month',
  cumulative: 'Cumulative',
};

/** The built-in strings per language. */
export const ROI_STRINGS: Readonly<Record<RoiLanguage, Readonly<RoiStrings>>> = { nl, en };

/** English for `en*` language tags, Dutch otherwise. */
export function languageOf(lang: string | null | undefined): RoiLanguage {
  return /^en\b/i.test(lang?.trim() ?? '') ? 'en' : 'nl';
}

/** The strings of a language with the caller's overrides on top (nested `labels`/`units` merged). */
export function resolveStrings(
  lang: RoiLanguage,
  overrides?: Partial<RoiStrings> | null,
): RoiStrings {
  const base = ROI_STRINGS[lang];
  if (!overrides || typeof overrides !== 'object') return base;
  const pick = <K extends keyof RoiStrings>(key: K) =>
    typeof overrides[key] === typeof base[key] ? overrides[key] : undefined;
  const out = { ...base } as Record<string, unknown>;
  for (const key of Object.keys(base) as (keyof RoiStrings)[]) {
    const value = pick(key);
    if (value === undefined) continue;
    out[key] = typeof value === 'object' ? { ...(base[key] as object), ...value } : value;
  }
  return out as unknown as RoiStrings;
}

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
