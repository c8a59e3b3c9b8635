import { formatEuro, RoiInputError } from '@aira/roi';
import { escapeHtml } from './escape-html.js';
import { FIELD_NAMES, fieldsOf, type RoiMode } from './fields.js';
import { languageOf, type RoiStrings, resolveStrings } from './i18n.js';
import { evaluate, formatInput } from './model.js';
import { plain } from './share-url.js';
import { labelOf } from './views-text.js';

/** Options for {@link renderRoiHtml}. */
export interface RenderRoiHtmlOptions {
  /** `training` (default) or `pilot`. */
  mode?: RoiMode;
  /** Language of the texts and numbers (`nl`, default, or `en`); also set as `lang` when given. */
  lang?: string;
  /** Field names the reader may not change (the element shows them as text). */
  fixed?: readonly string[];
  /** Keep the inputs in the page URL once the element runs. */
  share?: boolean;
  /** Level of the headings (default 2). */
  headingLevel?: number;
  /** Overrides of any UI text. */
  strings?: Partial<RoiStrings>;
}

/**
 * The case as static HTML inside an `<aira-roi>` tag: inputs, key figures, the derivation and
 * the cumulative cash flow as a table, readable without JavaScript and by crawlers. The same
 * inputs are written as attributes, so the element, once loaded, enhances it with the same
 * figures. Inputs are numbers by attribute name (`{ participants: 10 }`), missing ones take
 * the worked example; an invalid one throws `RoiInputError` naming it.
 *
 * @example
 * ```ts
 * import { renderRoiHtml } from '@aira/roi-widget/server';
 * const html = renderRoiHtml({ participants: 20 }, { fixed: ['price-per-participant'] });
 * ```
 */
export function renderRoiHtml(
  inputs: Readonly<Record<string, number>> = {},
  options: RenderRoiHtmlOptions = {},
): string {
  const mode = options.mode === 'pilot' ? 'pilot' : 'training';
  const lang = languageOf(options.lang);
  const s = resolveStrings(lang, options.strings);
  const fields = fieldsOf(mode);
  for (const name of Object.keys(inputs)) {
    if (!fields.some((f) => f.name === name)) {
      const known = fields.map((f) => f.name).join(', ');
      throw new RoiInputError(name, `${name} is not an input of mode "${mode}"; known: ${known}`, {
        received: inputs[name],
        reason: 'unknown-key',
      });
    }
  }
  const texts = Object.fromEntries(
    fields.map((f) => [f.name, formatInput(inputs[f.name] ?? f.example, f, lang)]),
  );
  const { problems, values, view } = evaluate(mode, texts, lang, s);
  const first = problems[0];
  if (first || !view) {
    throw first?.error ?? new RoiInputError('input', 'the case could not be computed');
  }
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const level = Math.min(5, Math.max(1, options.headingLevel ?? 2));
  const h = (n: number, text: string) => `<h${n}>${escapeHtml(text)}</h${n}>`;
  const attrs = [
    mode === 'pilot' ? ' mode="pilot"' : '',
    options.lang ? ` lang="${escapeHtml(options.lang)}"` : '',
    options.fixed?.length
      ? ` fixed="${escapeHtml(options.fixed.filter((n) => FIELD_NAMES.includes(n)).join(' '))}"`
      : '',
    options.share ? ' share' : '',
    options.headingLevel ? ` heading-level="${level}"` : '',
    ...fields
      .filter((f) => f.name in inputs)
      .map((f) => ` ${f.name}="${plain(values[f.name] ?? 0)}"`),
  ].join('');
  const dl = (rows: { label: string; value: string; note?: string }[]) =>
    `<dl>${rows.map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.note ? `${r.value} ${r.note}` : r.value)}</dd>`).join('')}</dl>`;
  const given = fields.map((f) => ({
    label: labelOf(s, mode, f.name),
    value:
      `${f.unit === 'euro' ? formatEuro(values[f.name] ?? 0, { locale }) : texts[f.name]} ${f.unit === 'euro' ? '' : (s.units[f.unit] ?? '')}`.trim(),
  }));
  const names = view.series.length > 1 ? view.series.map((x) => x.name) : [s.cumulative];
  const rows = (view.series[0]?.flows ?? []).map(
    (flow, i) =>
      `<tr><th scope="row">${flow.month}</th>${view.series
        .map((x) => `<td>${escapeHtml(formatEuro(x.flows[i]?.cumulative ?? 0, { locale }))}</td>`)
        .join('')}</tr>`,
  );
  return `<aira-roi${attrs}><div class="aira-roi-static">${h(level, s.inputsHeading)}${dl(given)}${h(level, s.resultsHeading)}${view.groups
    .map((g) => `${g.name ? `<p><strong>${escapeHtml(g.name)}</strong></p>` : ''}${dl(g.figures)}`)
    .join('')}${h(level + 1, s.derivationHeading)}<ol>${view.derivation
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join(
      '',
    )}</ol>${h(level + 1, s.chartHeading)}<table><thead><tr><th scope="col">${escapeHtml(s.month)}</th>${names
    .map((n) => `<th scope="col">${escapeHtml(n)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></aira-roi>`;
}
