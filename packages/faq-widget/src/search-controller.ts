import type { FaqCategory } from '@aira/content-schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqEntry } from './data/entries.js';
import { queryTerms } from './fold.js';
import { filterEntries } from './search.js';

/**
 * Holds the search text and category. Filtering runs on every keystroke; highlighting, the
 * announced result count and the `aira-faq-search` event wait until typing pauses: a screen
 * reader hears one count, not one per letter, analytics get one event per search, and a
 * keystroke over a thousand questions costs no more than toggling their visibility.
 */
export class SearchController implements ReactiveController {
  query = '';
  terms: string[] = [];
  /** The terms to highlight: those of the last settled search. */
  marked: string[] = [];
  category = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #visible: ReadonlySet<string> = new Set();
  #visibleFor: readonly FaqEntry[] | undefined;
  #visibleKey = '';

  readonly #host: ReactiveControllerHost;
  readonly #onSettle: () => void;
  readonly #delay: number;

  constructor(host: ReactiveControllerHost, onSettle: () => void, delay = 400) {
    this.#host = host;
    this.#onSettle = onSettle;
    this.#delay = delay;
    host.addController(this);
  }

  /** The chosen category when the feed has it; otherwise `''`, every category. */
  selected(categories: readonly FaqCategory[]): string {
    const id = this.category;
    return categories.some((c) => c.id === id) ? id : '';
  }

  /**
   * The ids of the entries that the search and the category show. Computed again only when
   * the entries, the terms or the category changed since the last call.
   */
  visible(entries: readonly FaqEntry[], categories: readonly FaqCategory[]): ReadonlySet<string> {
    const category = this.selected(categories);
    const key = `${this.terms.join(' ')}\u0000${category}`;
    if (entries !== this.#visibleFor || key !== this.#visibleKey) {
      this.#visibleFor = entries;
      this.#visibleKey = key;
      this.#visible = filterEntries(entries, this.terms, category);
    }
    return this.#visible;
  }

  setQuery(query: string): void {
    if (query === this.query) return;
    this.query = query;
    this.terms = queryTerms(query);
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#settle(), this.#delay);
  }

  setCategory(category: string): void {
    if (category === this.category) return;
    this.category = category;
    this.#settle();
  }

  /** Clears both, e.g. when a deep link points at a question the filter hides. */
  reset(): void {
    this.query = '';
    this.terms = [];
    this.category = '';
    this.#settle();
  }

  /** Settles the search at once (and asks the host to update). */
  #settle(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.marked = this.terms;
    this.#host.requestUpdate();
    // Announce after the filtered, highlighted list has rendered.
    void this.#host.updateComplete.then(() => this.#onSettle());
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
