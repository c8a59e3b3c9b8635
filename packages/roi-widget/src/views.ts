import { formatEuro } from '@aira/roi';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { CHART, chartGeometry } from './chart.js';
import type { RoiField } from './fields.js';
import { fill, type RoiStrings } from './i18n.js';
import type { RoiView } from './model.js';

/** A heading without a dynamic tag name (Lit templates cannot vary the tag). */
export const heading = (level: number, text: string, id: string): TemplateResult =>
  html`<div class="heading" role="heading" aria-level=${level} id=${id} part="heading">${text}</div>`;

/** One input: a real labelled text field (decimal keyboard) with its unit and error. */
export function fieldView(
  field: RoiField,
  label: string,
  unit: string,
  text: string,
  error: string | undefined,
  fixed: boolean,
  fixedNote: string,
): TemplateResult {
  const id = `f-${field.name}`;
  if (fixed) {
    return html`<div class="field fixed" part="field fixed">
      <span class="label" id=${id}>${label}</span>
      <span class="value" part="fixed-value">${field.unit === 'euro' ? `€ ${text}` : text} <span class="unit">(${unit}; ${fixedNote})</span></span>
      ${error ? html`<p class="error" part="error">${error}</p>` : nothing}
    </div>`;
  }
  const described = error ? `u-${field.name} e-${field.name}` : `u-${field.name}`;
  return html`<div class="field" part="field">
    <label for=${id} part="label">${label}</label>
    <div class="control">
      ${field.unit === 'euro' ? html`<span class="prefix" aria-hidden="true">€</span>` : nothing}
      <input id=${id} name=${field.name} part="input" type="text" inputmode="decimal"
        autocomplete="off" spellcheck="false" .value=${text}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described}>
    </div>
    <span class="unit" id=${`u-${field.name}`}>${unit}</span>
    ${error ? html`<p class="error" id=${`e-${field.name}`} part="error">${error}</p>` : nothing}
  </div>`;
}

/** The figures as cards (one group per scenario in pilot mode). */
export function cardsView(view: RoiView): TemplateResult {
  return html`<div class=${view.groups.length > 1 ? 'groups' : ''}>
    ${view.groups.map(
      (group) => html`<section class="group" aria-label=${group.name || nothing}>
        ${group.name ? html`<p class="group-name" part="scenario">${group.name}</p>` : nothing}
        <dl class="cards" part="cards">
          ${group.figures.map(
            (f) =>
              html`<div class="card" part="card"><dt>${f.label}</dt><dd>${f.value}${f.note ? html` <small>${f.note}</small>` : nothing}</dd></div>`,
          )}
        </dl>
      </section>`,
    )}
  </div>`;
}

/** The cumulative cash-flow chart (inline SVG) with its text alternative and legend. */
export function chartView(
  view: RoiView,
  s: RoiStrings,
  locale: string,
  table: { open: boolean; toggle: (event: Event) => void },
): TemplateResult {
  const g = chartGeometry(view.series, view.payback, view.horizon, locale);
  const main = view.series.length === 3 ? view.series[1] : view.series[0];
  const flows = main?.flows ?? [];
  const summary = fill(s.chartSummary, {
    start: formatEuro(flows[0]?.cumulative ?? 0, { locale }),
    end: formatEuro(flows.at(-1)?.cumulative ?? 0, { locale }),
    months: view.horizon,
    payback: view.paybackText,
  });
  const { width, height, left, right, bottom } = CHART;
  return html`<figure class="chart" part="chart">
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${summary} focusable="false">
      <line class="axis" x1=${left} y1=${g.zeroY} x2=${width - right} y2=${g.zeroY}></line>
      ${g.yTicks.map(
        (t) =>
          svg`<text class="tick" x=${left - 8} y=${t.y} text-anchor="end" dominant-baseline="middle">${t.label}</text>`,
      )}
      ${g.xTicks.map(
        (t) =>
          svg`<text class="tick" x=${t.x} y=${height - bottom + 20} text-anchor="middle">${t.label}</text>`,
      )}
      <text class="tick" x=${width - right} y=${height - 4} text-anchor="end">${s.month}</text>
      ${g.lines.map(
        (l) =>
          svg`<polyline class="line" points=${l.points} stroke-dasharray=${l.dash || nothing}></polyline>`,
      )}
      ${
        g.marker
          ? svg`<line class="marker" x1=${g.marker.x} y1=${CHART.top} x2=${g.marker.x} y2=${height - bottom}></line>
            <circle class="marker-dot" cx=${g.marker.x} cy=${g.marker.y} r="6"></circle>
            <text class="marker-label" x=${g.marker.x + 8} y=${CHART.top + 12}>${s.breakEvenMarker}</text>`
          : nothing
      }
    </svg>
    ${
      g.lines.length > 1
        ? html`<ul class="legend">${g.lines.map(
            (l) =>
              html`<li><svg viewBox="0 0 32 8" aria-hidden="true"><line class="line" x1="0" y1="4" x2="32" y2="4" stroke-dasharray=${l.dash || nothing}></line></svg>${l.name}</li>`,
          )}</ul>`
        : nothing
    }
    <details class="table" part="table" ?open=${table.open} @toggle=${table.toggle}>
      <summary>${s.showTable}</summary>
      ${table.open ? tableView(view, s, locale) : nothing}
    </details>
  </figure>`;
}

function tableView(view: RoiView, s: RoiStrings, locale: string): TemplateResult {
  const names = view.series.length > 1 ? view.series.map((x) => x.name) : [s.cumulative];
  const months = view.series[0]?.flows ?? [];
  return html`<table>
    <thead><tr><th scope="col">${s.month}</th>${names.map((n) => html`<th scope="col">${n}</th>`)}</tr></thead>
    <tbody>${months.map(
      (flow, i) =>
        html`<tr><th scope="row">${flow.month}</th>${view.series.map(
          (x) => html`<td>${formatEuro(x.flows[i]?.cumulative ?? 0, { locale })}</td>`,
        )}</tr>`,
    )}</tbody>
  </table>`;
}
