// Shared by the build (first paint, no JavaScript needed) and the browser (live updates).
import {
  businessCase,
  explainRoi,
  formatEuro,
  formatPercent,
  scenarios,
  trainingRoi,
} from '@aira/roi';

/** DOMAIN's worked example: 50 employees trained at € 495 each. */
export const TRAINING_EXAMPLE = {
  participants: 50,
  pricePerParticipant: 495,
  hoursSavedPerWeek: 3,
  hourlyRate: 50,
  workingWeeksPerYear: 45,
  otherBenefitsPerYear: 50_000,
};

/** A fictional pilot: tools € 300 a month, € 5.000 one-off, ten hours a week saved. */
export const PILOT_EXAMPLE = {
  oneOffCosts: 5_000,
  monthlyCosts: 300,
  hoursSavedPerWeek: 10,
  hourlyRate: 60,
  horizonMonths: 12,
};

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const months = (value) =>
  value === null
    ? 'niet binnen de periode'
    : `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(value)} maanden`;

/** The figures and the derivation of one training case, as HTML. */
export function trainingHtml(input) {
  const r = trainingRoi(input);
  const figures = [
    ['Investering', formatEuro(r.investment)],
    ['Opbrengst in het eerste jaar', formatEuro(r.benefit)],
    ['Netto opbrengst', formatEuro(r.netBenefit)],
    ['ROI', r.roi === null ? 'n.v.t.' : formatPercent(r.roi)],
    ['Terugverdiend na', months(r.paybackMonths)],
  ];
  return `<dl class="figures">${figures
    .map(([label, value]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`)
    .join('')}</dl>
<h3>Zo is het berekend</h3>
<ol class="derivation">${explainRoi(r)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ol>`;
}

/** The pilot in three scenarios, as an HTML table plus the expected case's derivation. */
export function pilotHtml() {
  const s = scenarios(
    PILOT_EXAMPLE,
    {
      conservative: { hoursSavedPerWeek: 5, confidence: 0.8 },
      optimistic: { hoursSavedPerWeek: 15 },
    },
    businessCase,
  );
  const rows = [
    ['Voorzichtig', s.conservative],
    ['Verwacht', s.expected],
    ['Optimistisch', s.optimistic],
  ]
    .map(
      ([name, r]) =>
        `<tr><th scope="row">${name}</th><td>${escapeHtml(formatEuro(r.cost))}</td><td>${escapeHtml(formatEuro(r.benefit))}</td><td>${r.roi === null ? 'n.v.t.' : escapeHtml(formatPercent(r.roi))}</td><td>${escapeHtml(months(r.paybackMonths))}</td></tr>`,
    )
    .join('');
  return `<table>
<thead><tr><th scope="col">Scenario</th><th scope="col">Kosten</th><th scope="col">Opbrengst</th><th scope="col">ROI</th><th scope="col">Terugverdiend na</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<h3>Het verwachte scenario, stap voor stap</h3>
<ol class="derivation">${explainRoi(s.expected)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ol>`;
}
