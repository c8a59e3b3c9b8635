import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { emit } from './events.js';
import { FIELD_NAMES, fieldsOf, type RoiField, type RoiMode } from './fields.js';
import { fill, languageOf, type RoiLanguage, type RoiStrings, resolveStrings } from './i18n.js';
import { type Evaluation, evaluate, formatInput } from './model.js';
import { PLAIN, readShared, writeShared } from './share-url.js';
import { styles } from './styles.js';
import { cardsView, chartView, fieldView, heading } from './views.js';
import { labelOf } from './views-text.js';

/** How long the reader must pause before events fire, the URL updates and a summary is read out. */
const PAUSE_MS = 400;

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

// A `strings` attribute that is not JSON is ignored with a warning, not thrown from
// attributeChangedCallback where the host page could not catch it.
const jsonConverter = {
  fromAttribute(value: string | null) {
    if (!value) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      console.warn(`[@aira/roi-widget] strings is not JSON; ignored: ${value}`);
      return undefined;
    }
  },
};

/**
 * `<aira-roi>`: the business case for AI training that a reader can change, with every figure
 * from `@aira/roi` (the element does no math of its own), the derivation, and a cumulative
 * cash-flow chart. With no attributes it shows DOMAIN's worked example: 50 participants ×
 * € 495, 3 hours saved per week at € 50 an hour over 45 weeks, € 50.000 other benefits.
 *
 * Attributes preset the inputs (`participants`, `price-per-participant`,
 * `hours-saved-per-week`, `hourly-rate`, `working-weeks`, `other-benefits`; in pilot mode
 * `one-off-costs`, `monthly-costs`, `hourly-rate`, `hours-saved-cautious`,
 * `hours-saved-per-week`, `hours-saved-optimistic`, `subsidy` (%), `horizon-months`).
 *
 * @tagname aira-roi
 *
 * @example
 * ```ts
 * import '@aira/roi-widget';
 * const roi = document.createElement('aira-roi');
 * roi.setAttribute('fixed', 'price-per-participant');
 * roi.addEventListener('aira-roi-change', (event) => console.log(event.detail.result));
 * document.body.append(roi);
 * ```
 *
 * @attr {string} participants - Number of participants (training; default 50).
 * @attr {string} price-per-participant - Price per participant in euros (training; default 495).
 * @attr {string} hours-saved-per-week - Hours saved per week: per participant (training; default 3) or the team's expected hours (pilot; default 10).
 * @attr {string} hourly-rate - Loaded hourly rate in euros (default 50; pilot 60).
 * @attr {string} working-weeks - Working weeks per year (training; default 45).
 * @attr {string} other-benefits - Other benefits per year in euros (training; default 50000).
 * @attr {string} one-off-costs - One-off costs in euros (pilot; default 5000).
 * @attr {string} monthly-costs - Tool costs per month in euros (pilot; default 300).
 * @attr {string} hours-saved-cautious - Team hours saved per week, cautious scenario (pilot; default 5).
 * @attr {string} hours-saved-optimistic - Team hours saved per week, optimistic scenario (pilot; default 15).
 * @attr {string} subsidy - Subsidy as a percentage of the costs, 0–70 (pilot; default 0).
 * @attr {string} horizon-months - Months looked at (pilot; default 12).
 *
 * @fires aira-roi-change - The reader paused after a change and the figures are valid. `detail`: `RoiChangeDetail`.
 * @fires aira-roi-error - The reader paused and some input is invalid. `detail`: `RoiErrorDetail`.
 *
 * @csspart heading - A section heading.
 * @csspart field - One input with its label, unit and error.
 * @csspart label - A field's label.
 * @csspart input - A field's text input.
 * @csspart fixed-value - The value of a field the page fixed.
 * @csspart error - A field's error message.
 * @csspart stale - The notice shown instead of the figures while an input is invalid.
 * @csspart cards - The list of key figures.
 * @csspart card - One key figure.
 * @csspart scenario - A scenario's name (pilot mode).
 * @csspart derivation - The ordered list of the derivation.
 * @csspart chart - The chart with its legend and table.
 * @csspart table - The table alternative of the chart (a disclosure).
 *
 * @cssprop [--aira-roi-font=inherit] - Font family.
 * @cssprop [--aira-roi-color=inherit] - Text colour.
 * @cssprop [--aira-roi-background=transparent] - Background of the whole element.
 * @cssprop [--aira-roi-surface=#fff] - Background of the inputs.
 * @cssprop [--aira-roi-card=#f3f4f6] - Background of the figure cards.
 * @cssprop [--aira-roi-accent=#1d4ed8] - The chart's lines and the focus ring.
 * @cssprop [--aira-roi-focus=var(--aira-roi-accent)] - Focus ring colour.
 * @cssprop [--aira-roi-border=#6b7280] - Borders of the inputs.
 * @cssprop [--aira-roi-muted=#4b5563] - Units, figure labels, chart axis.
 * @cssprop [--aira-roi-error=#b91c1c] - Error messages and invalid inputs.
 * @cssprop [--aira-roi-radius=0.5rem] - Corner radius.
 * @cssprop [--aira-roi-spacing=1rem] - Base spacing.
 */
export class AiraRoi extends LitElement {
  /** The element's shadow styles; theme it with the `--aira-roi-*` properties and `::part()`. */
  static override styles = styles;

  // Static properties rather than decorators (smaller bundle); one per preset attribute.
  static override properties = {
    mode: { reflect: true },
    fixed: {},
    share: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { converter: jsonConverter },
    ...Object.fromEntries(FIELD_NAMES.map((name) => [camel(name), { attribute: name }])),
    _typed: { state: true, attribute: false },
    _tableOpen: { state: true, attribute: false },
  };

  /** `training` (default) or `pilot`: one-off and monthly costs, subsidy, three scenarios. */
  mode: RoiMode = 'training';
  /** Space-separated field names shown as read-only text (`price-per-participant hourly-rate`). */
  fixed = '';
  /** Keep the inputs in the page URL (`?roi-participants=10…`) and restore them on load. */
  share = false;
  /** Level of the section headings (default 2). */
  headingLevel = 2;
  /** Overrides of any UI text; see `RoiStrings`. As an attribute: JSON. */
  strings?: Partial<RoiStrings>;
  /** Number of participants (training). */
  participants?: string | number;
  /** Price per participant, euros (training). */
  pricePerParticipant?: string | number;
  /** Hours saved per week: per participant (training), the team's expected hours (pilot). */
  hoursSavedPerWeek?: string | number;
  /** Loaded hourly rate, euros. */
  hourlyRate?: string | number;
  /** Working weeks per year (training). */
  workingWeeks?: string | number;
  /** Other benefits per year, euros (training). */
  otherBenefits?: string | number;
  /** One-off costs, euros (pilot). */
  oneOffCosts?: string | number;
  /** Tool costs per month, euros (pilot). */
  monthlyCosts?: string | number;
  /** Team hours saved per week in the cautious scenario (pilot). */
  hoursSavedCautious?: string | number;
  /** Team hours saved per week in the optimistic scenario (pilot). */
  hoursSavedOptimistic?: string | number;
  /** Subsidy as a percentage of the costs, 0–70 (pilot). */
  subsidy?: string | number;
  /** Months looked at (pilot). */
  horizonMonths?: string | number;

  /** What the reader typed, by field name; wins over attributes until the host changes one. */
  private _typed: Record<string, string> = {};
  private _evaluation?: Evaluation;
  private _lang: RoiLanguage = 'nl';
  private _strings: RoiStrings = resolveStrings('nl');
  private _announcement = '';
  private _timer?: ReturnType<typeof setTimeout>;
  // The table (up to 601 rows a series) is built only while it is open: a closed <details>
  // shows nobody its rows, and building them would slow every keystroke on long horizons.
  private _tableOpen = false;
  private _onToggle = (event: Event) => {
    this._tableOpen = (event.target as HTMLDetailsElement).open;
  };

  /** The current figures, or `null` while an input is invalid. */
  get view() {
    return this._evaluation?.view ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.share) {
      const shared = readShared(location.href, fieldsOf(this.mode), this._fixedSet());
      for (const [name, value] of Object.entries(shared)) {
        const field = fieldsOf(this.mode).find((f) => f.name === name) as RoiField;
        this._typed[name] = formatInput(value, field, languageOf(this._langTag()));
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
  }

  private _langTag(): string {
    return this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '';
  }

  private _fixedSet(): Set<string> {
    return new Set((this.fixed ?? '').split(/\s+/).filter(Boolean));
  }

  /** The text of a field: what the reader typed, else the attribute, else the worked example. */
  private _text(field: RoiField): string {
    const typed = this._typed[field.name];
    if (typed !== undefined && !this._fixedSet().has(field.name)) return typed;
    const preset = (this as unknown as Record<string, unknown>)[camel(field.name)];
    // Attribute values are plain decimals (`1250.5`, as HTML writes numbers) shown in the
    // reader's format; anything else is read as the page's language writes numbers.
    if (typeof preset === 'number') return formatInput(preset, field, this._lang);
    if (typeof preset === 'string') {
      const value = preset.trim();
      return PLAIN.test(value) ? formatInput(Number(value), field, this._lang) : value;
    }
    return formatInput(field.example, field, this._lang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A preset the host changes replaces what the reader typed in that field.
    for (const name of FIELD_NAMES) {
      if (changed.has(camel(name)) && this.hasUpdated) delete this._typed[name];
    }
    if (this.mode !== 'pilot' && this.mode !== 'training') this.mode = 'training';
    this._lang = languageOf(this._langTag());
    this._strings = resolveStrings(this._lang, this.strings);
    const texts = Object.fromEntries(fieldsOf(this.mode).map((f) => [f.name, this._text(f)]));
    this._evaluation = evaluate(this.mode, texts, this._lang, this._strings);
  }

  private _onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!input.name) return;
    this._typed = { ...this._typed, [input.name]: input.value };
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._settle(), PAUSE_MS);
  }

  /** Once the reader pauses: announce, fire the event, and update the URL when sharing. */
  private _settle(): void {
    const e = this._evaluation;
    if (!e) return;
    const s = this._strings;
    if (e.view) {
      this._announcement = fill(s.updated, { roi: e.view.roiText, payback: e.view.paybackText });
      emit(this, 'aira-roi-change', {
        mode: this.mode,
        values: e.values,
        inputs: e.view.inputs,
        result: e.view.result,
      });
      if (this.share) writeShared(e.values, fieldsOf(this.mode), this._fixedSet());
    } else {
      this._announcement = s.stale;
      emit(this, 'aira-roi-error', {
        mode: this.mode,
        errors: e.problems.map((p) => ({
          field: p.field,
          reason: p.error.reason,
          message: p.message,
        })),
      });
    }
    this.requestUpdate();
  }

  protected override render() {
    const e = this._evaluation;
    if (!e) return nothing;
    const s = this._strings;
    const level = Math.min(6, Math.max(1, this.headingLevel || 2));
    const fixed = this._fixedSet();
    const problems = new Map(e.problems.map((p) => [p.field, p.message]));
    const locale = this._lang === 'en' ? 'en-GB' : 'nl-NL';
    return html`
      <section aria-labelledby="h-inputs">
        ${heading(level, s.inputsHeading, 'h-inputs')}
        <div class="fields" @input=${this._onInput}>
          ${fieldsOf(this.mode).map((field) =>
            fieldView(
              field,
              labelOf(s, this.mode, field.name),
              s.units[field.unit] ?? '',
              this._text(field),
              problems.get(field.name),
              fixed.has(field.name),
              s.fixed,
            ),
          )}
        </div>
      </section>
      <section aria-labelledby="h-results">
        ${heading(level, s.resultsHeading, 'h-results')}
        ${
          e.view
            ? html`${cardsView(e.view)}
              ${heading(
                Math.min(level + 1, 6),
                this.mode === 'pilot'
                  ? `${s.derivationHeading} (${s.expected.toLowerCase()})`
                  : s.derivationHeading,
                'h-derivation',
              )}
              <ol class="derivation" part="derivation">${e.view.derivation.map((line) => html`<li>${line}</li>`)}</ol>
              ${heading(Math.min(level + 1, 6), s.chartHeading, 'h-chart')}
              ${chartView(e.view, s, locale, { open: this._tableOpen, toggle: this._onToggle })}`
            : html`<p class="stale" part="stale">${s.stale}</p>`
        }
      </section>
      <p class="sr-only" role="status">${this._announcement}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aira-roi': AiraRoi;
  }
}
