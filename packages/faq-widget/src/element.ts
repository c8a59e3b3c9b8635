import type { FaqCategory, FaqFeed, FaqItem } from '@aira/content-schema';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type FaqEntry, toEntries } from './data/entries.js';
import type { FaqLoadError } from './data/load-error.js';
import { parseIdList, pickItems } from './data/pick-items.js';
import { emit, errorDetail, type FaqToggleTrigger } from './events.js';
import { FeedController } from './feed-controller.js';
import { HashController } from './hash-controller.js';
import { type HeadingLevel, headingLevel } from './heading.js';
import { highlighter, highlighterLoading } from './highlight-loader.js';
import { type FaqStrings, format, nl, resultsText, withOverrides } from './i18n.js';
import { ItemList } from './item-list.js';
import { JsonLdController } from './jsonld-controller.js';
import { jumpTo } from './jump.js';
import { moveQuestionFocus } from './keyboard.js';
import { dataLocale, uiLanguage } from './language.js';
import { OpenQuestions } from './open-questions.js';
import { SearchController } from './search-controller.js';
import { builtInStrings, stringsLoading } from './strings-loader.js';
import { styles } from './styles.js';
import { barView, errorText, errorView, noResultsView, toolbarView } from './views.js';

/**
 * `<aira-faq>`: an accessible, searchable FAQ accordion for an AIRA FAQ feed.
 *
 * Data comes from the `feed` or `items` property, the `src` URL, an inline
 * `<script type="application/json">` child, or pre-rendered `<details><summary>` children
 * (see `renderFaqHtml` in `@aira/faq-widget/server`), in that order of precedence.
 *
 * @tagname aira-faq
 *
 * @example
 * ```ts
 * import '@aira/faq-widget';
 * const faq = document.createElement('aira-faq');
 * faq.src = '/faq.json';
 * faq.addEventListener('aira-faq-toggle', (event) => console.log(event.detail.id));
 * document.body.append(faq);
 * ```
 *
 * @fires aira-faq-toggle - A question opened or closed. `detail`: `FaqToggleDetail`.
 * @fires aira-faq-search - A search or category choice settled. `detail`: `FaqSearchDetail`.
 * @fires aira-faq-error - The feed could not be loaded or validated. `detail`: `FaqErrorDetail`.
 *
 * @slot no-results - Shown under the "no questions found" message, e.g. a contact link.
 * @slot error - Shown inside the error message, e.g. a link to a static FAQ page.
 *
 * @csspart toolbar - The search field, categories and expand/collapse buttons.
 * @csspart search-label - The search field's label.
 * @csspart search - The search `<input>`.
 * @csspart categories - The group of category buttons.
 * @csspart chip - One category button (`aria-pressed` tells the selected one).
 * @csspart control - The "expand all" and "collapse all" buttons.
 * @csspart status - The result count (also the polite live region).
 * @csspart list - The list of questions.
 * @csspart item - One question with its answer.
 * @csspart heading - The `<h2>`–`<h6>` around a question.
 * @csspart question - The question `<button>`.
 * @csspart icon - The chevron in a question button.
 * @csspart panel - The answer's container (hidden while closed).
 * @csspart answer - The answer's content, as rendered by renderAnswer.
 * @csspart mark - A search match.
 * @csspart no-results - The "no questions found" box.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The retry button in the error box.
 *
 * @cssprop [--aira-faq-font=inherit] - Font family.
 * @cssprop [--aira-faq-color=inherit] - Text colour.
 * @cssprop [--aira-faq-background=transparent] - Background of the whole element.
 * @cssprop [--aira-faq-surface=#fff] - Background of the search field and buttons.
 * @cssprop [--aira-faq-accent=#1d4ed8] - Links, hover, selected category, focus ring.
 * @cssprop [--aira-faq-accent-contrast=#fff] - Text on the accent colour.
 * @cssprop [--aira-faq-focus=var(--aira-faq-accent)] - Focus ring colour.
 * @cssprop [--aira-faq-border=#6b7280] - Borders of the search field and buttons.
 * @cssprop [--aira-faq-divider=#d1d5db] - Lines between questions.
 * @cssprop [--aira-faq-muted=#4b5563] - The result count.
 * @cssprop [--aira-faq-radius=0.5rem] - Corner radius.
 * @cssprop [--aira-faq-spacing=1rem] - Base spacing.
 * @cssprop [--aira-faq-question-size=1.0625rem] - Font size of the questions.
 * @cssprop [--aira-faq-mark=#fde68a] - Background of search matches.
 * @cssprop [--aira-faq-mark-color=inherit] - Text colour of search matches.
 * @cssprop [--aira-faq-notice-background=#f3f4f6] - Background of the no-results and error boxes.
 * @cssprop [--aira-faq-error=#b91c1c] - Accent of the error box.
 * @cssprop [--aira-faq-scroll-margin=1rem] - Room kept above a question a deep link scrolls to (a sticky header's height).
 */
export class AiraFaq extends LitElement {
  /** The element's shadow styles; theme it with the `--aira-faq-*` properties and `::part()`. */
  static override styles = styles;

  // Static properties rather than decorators: the decorator helpers would cost the single-file
  // bundle ~0.4 KB gzip. The fields below stay plain assignments that reach Lit's accessors,
  // because the tsconfig sets useDefineForClassFields: false.
  static override properties = {
    src: {},
    feed: { attribute: false },
    items: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    single: { type: Boolean, reflect: true },
    category: {},
    ids: {},
    noSearch: { type: Boolean, attribute: 'no-search' },
    updateHash: { type: Boolean, attribute: 'update-hash' },
    jsonld: { type: Boolean },
    timeout: { type: Number },
    strings: { type: Object },
    _entries: { state: true },
    _categories: { state: true },
    _error: { state: true },
    _announcement: { state: true },
  };

  /** URL of an FAQ feed (JSON, validated). Changing it aborts the previous request. */
  src?: string;
  /** A feed object; takes precedence over `src` and the children. Validated. */
  feed?: FaqFeed;
  /** Just the items, when there is no whole feed; the locale comes from `lang`. */
  items?: FaqItem[];
  /** Level of the question headings, 2–6. */
  headingLevel = 2;
  /** Only one answer open at a time; hides "expand all". */
  single = false;
  /** Id of the category to preselect. */
  category?: string;
  /**
   * Show only these questions of the feed, in this order: ids separated by spaces or commas,
   * e.g. the 3–5 related questions under a blog post from the site's one feed.
   */
  ids?: string;
  /** Hide the search field (e.g. for the 3–5 questions under a blog post). */
  noSearch = false;
  /** Write `#<id>` to the URL when a question is opened (with `history.replaceState`). */
  updateHash = false;
  /** Add the shown questions to the page's one FAQPage JSON-LD script. */
  jsonld = false;
  /** Seconds to wait for the `src` feed before showing a `timeout` error; `0` waits for ever. */
  timeout = 15;
  /** Replace any UI string, e.g. `{"retry": "Nog een keer"}` (JSON in the attribute). */
  strings?: Partial<FaqStrings>;

  private _entries: FaqEntry[] = [];
  private _categories: FaqCategory[] = [];
  private _error: FaqLoadError | undefined;
  private _announcement = '';

  /** The validated feed as loaded, before `ids` narrows it. */
  private _source: FaqFeed | undefined;
  /** The validated feed on show, for JSON-LD. */
  private _feed: FaqFeed | undefined;
  private _visible: ReadonlySet<string> = new Set();
  private readonly _list = new ItemList();
  private _grow: ReturnType<typeof setTimeout> | undefined;
  /** Follow the URL's hash once the first questions are shown. */
  private _followHashOnLoad = true;
  private _focusAfterLoad = false;
  private _focusId: string | undefined;

  private readonly _opened = new OpenQuestions(this);
  private readonly _search = new SearchController(this, () => this._settled());
  private readonly _hash = new HashController(this, (id) => this._reveal(id, 'hash'));
  private readonly _jsonLd = new JsonLdController(this);
  private readonly _data = new FeedController(this, {
    locale: () => dataLocale(this._lang()),
    show: (feed) => this._show(feed),
    fail: (error) => this._fail(error),
    loading: (active) => {
      this._announcement = active ? this._strings().loading : '';
    },
  });

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: `super` keeps `this` the subclass, which Lit's getter needs.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Opens (`true`), closes (`false`) or flips one question. Returns whether it is now open. */
  toggle(id: string, open = !this._opened.ids.has(id)): boolean {
    this._setOpen(id, open, 'api');
    return this._opened.ids.has(id);
  }

  /** Opens every question that the current search and category show. */
  expandAll(): void {
    if (this.single) return;
    const ids = this._entries.map((e) => e.id).filter((id) => this._visible.has(id));
    this._opened.setMany(ids, true);
  }

  /** Closes every question. */
  collapseAll(): void {
    this._opened.setMany([...this._opened.ids], false);
  }

  // Resolves once code loaded on demand (markup reader, JSON-LD) has done its part too.
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let wait = this._wait(); wait; wait = this._wait()) {
      await wait;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private _wait(): Promise<unknown> | undefined {
    return this._data.pending ?? this._jsonLd.pending ?? highlighterLoading() ?? stringsLoading();
  }

  /** Loads or reads the data again, e.g. after an error. */
  reload(): void {
    this._data.reload();
  }

  /** The language of the UI: the element's or an ancestor's `lang`, else the feed's. */
  private _lang(): string {
    return uiLanguage(this, this._feed?.locale);
  }

  /** The UI texts; Dutch stands in while English ones load (nothing renders meanwhile). */
  private _strings(): FaqStrings {
    return withOverrides(this._builtIn() ?? nl, this.strings);
  }

  private _builtIn(): FaqStrings | undefined {
    return builtInStrings(this._lang(), () => {
      if (this._data.loading) this._announcement = this._strings().loading;
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._data.sync(changed);
    if (changed.has('ids') && this._source) {
      this._show(this._source);
    }
    if (changed.has('category')) this._search.category = this.category ?? '';
    this._visible = this._search.visible(this._entries, this._categories);
    if (this._followHashOnLoad && this._entries.length) {
      this._followHashOnLoad = false;
      this._reveal(this._hash.current(), 'hash');
    }
  }

  protected override updated(): void {
    this._list.applyVisibility(this.renderRoot.querySelector('.list'), this._visible);
    // A long feed: the next chunk of items in a task of its own.
    if (!this._list.complete && !this._grow) {
      this._grow = setTimeout(() => {
        this._grow = undefined;
        this._list.grow();
        this.requestUpdate();
      });
    }
    if (this._focusId) {
      jumpTo(this.renderRoot.querySelector('.list'), this._button(this._focusId));
      this._focusId = undefined;
    }
    if (this._focusAfterLoad && this._entries.length && !this._data.loading) {
      this._focusAfterLoad = false;
      this._buttons()[0]?.focus();
    }
    this._jsonLd.update(this.jsonld && this.isConnected ? this._feed : undefined, this._entries);
  }

  /** Shows a validated feed (narrowed by `ids`), or nothing. */
  private _show(source: FaqFeed | undefined): void {
    this._source = source;
    if (!source) {
      this._feed = undefined;
      this._entries = [];
      this._categories = [];
      this._list.reset([]);
      return;
    }
    const { feed, unknown } = pickItems(source, parseIdList(this.ids));
    if (unknown.length) {
      console.warn(`[@aira/faq-widget] ids not in the feed, left out: ${unknown.join(', ')}`);
    }
    this._feed = feed;
    this._error = undefined;
    this._entries = toEntries(feed);
    this._categories = feed.categories ?? [];
    this._list.reset(this._entries);
    this._opened.keep(new Set(this._entries.map((e) => e.id)));
  }

  private _fail(failure: FaqLoadError): void {
    // A retry that fails again leaves the alert's text as it was, which screen readers do not
    // repeat: say it through the status region instead.
    this._announcement = this._error ? errorText(failure, this._strings()) : '';
    this._error = failure;
    this._focusAfterLoad = false;
    emit(this, 'aira-faq-error', errorDetail(failure));
  }

  private _setOpen(id: string, open: boolean, trigger: FaqToggleTrigger): void {
    if (!this._entries.some((e) => e.id === id)) return;
    if (this._opened.set(id, open, trigger) && this.updateHash && trigger === 'user') {
      this._hash.write(open ? id : '', id);
    }
  }

  /**
   * Opens a question, clearing a filter that hides it; after the render it is scrolled to
   * and focused. Safe to call from willUpdate (state set there does not cost a render).
   */
  private _reveal(id: string, trigger: FaqToggleTrigger): void {
    if (!this._entries.some((e) => e.id === id)) return;
    if (!this._visible.has(id)) {
      this._search.reset();
      this._visible = this._search.visible(this._entries, this._categories);
    }
    this._setOpen(id, true, trigger);
    this._list.reach(id);
    this._focusId = id;
    this.requestUpdate();
  }

  private _button(id: string): HTMLElement | null {
    return this.renderRoot.querySelector(`#q-${CSS.escape(id)}`);
  }

  private _buttons(): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll('.item:not([hidden]) .question'));
  }

  private _settled(): void {
    const total = this._entries.length;
    const count = this._visible.size;
    const s = this._strings();
    const query = this._search.query.trim();
    this._announcement = !this._filtered()
      ? ''
      : count === 0
        ? format(s.noResults, { query })
        : resultsText(s, count, total);
    const category = this._search.category || null;
    emit(this, 'aira-faq-search', { query, category, count, total });
  }

  /** Whether a search or a category narrows the list. */
  private _filtered(): boolean {
    return this._search.terms.length > 0 || this._search.selected(this._categories) !== '';
  }

  private _onListClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLElement>('.question');
    const id = button?.dataset.id;
    if (id) this._setOpen(id, !this._opened.ids.has(id), 'user');
  }

  private _onListKeydown(event: KeyboardEvent): void {
    moveQuestionFocus(event, this._buttons());
  }

  private _onBeforeMatch(event: Event): void {
    const id = (event.target as HTMLElement).dataset.id;
    if (id) this._setOpen(id, true, 'find-in-page');
  }

  private _onRetry(): void {
    if (this._data.loading) return;
    this._focusAfterLoad = this.shadowRoot?.activeElement?.classList.contains('retry') ?? false;
    this.reload();
  }

  private _listView(level: HeadingLevel, role: string, count: number): TemplateResult {
    const search = this._search;
    const highlight = search.marked.length ? this._highlighter() : undefined;
    const items = this._list.render({
      open: this._opened.ids,
      visible: this._visible,
      level,
      role,
      marked: search.marked,
      highlight,
    });
    return html`<div
      class="list"
      part="list"
      ?hidden=${!count}
      aria-busy=${this._data.loading}
      @click=${this._onListClick}
      @keydown=${this._onListKeydown}
      @beforematch=${this._onBeforeMatch}
    >
      ${items}
    </div>`;
  }

  private _listGone(): typeof nothing {
    this._list.forget();
    return nothing;
  }

  /** The highlighter, once loaded; until then matches stay unmarked. */
  private _highlighter() {
    return highlighter(() => {
      this._list.forget();
      this.requestUpdate();
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    // Pre-rendered children stay on show (slotted) while the texts of the page's language load.
    if (!this._builtIn()) {
      this._list.forget();
      return html`<slot></slot>`;
    }
    const s = this._strings();
    const total = this._entries.length;
    const count = this._visible.size;
    const level = headingLevel(this.headingLevel);
    // APG: a region per panel only where it does not flood the landmarks list, i.e. when
    // at most one answer can be open or there are few questions; otherwise a labelled group.
    const role = this.single || total <= 6 ? 'region' : 'group';
    const bulk = !this.single && total > 1;
    const filtered = this._filtered();
    const visibleStatus =
      this._data.loading && !total
        ? s.loading
        : count && filtered
          ? resultsText(s, count, total)
          : '';
    return html`
      ${this._error ? errorView(this._error, s, this._data.loading, () => this._onRetry()) : nothing}
      ${
        total
          ? toolbarView({
              strings: s,
              search: !this.noSearch,
              query: this._search.query,
              categories: this._categories,
              selected: this._search.selected(this._categories),
              onQuery: (query) => this._search.setQuery(query),
              onCategory: (id) => this._search.setCategory(id),
            })
          : nothing
      }
      <div class="sr-only" role="status">${this._announcement}</div>
      ${barView(visibleStatus, s, bulk && count ? [this.expandAll, this.collapseAll] : undefined)}
      ${total ? this._listView(level, role, count) : this._listGone()}
      ${total ? nothing : html`<slot></slot>`}
      ${total && !count ? noResultsView(s, this._search.query.trim()) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aira-faq': AiraFaq;
  }
}
