import { html, noChange, nothing, type TemplateResult } from 'lit';
import { AnswerCache } from './answer-cache.js';
import type { FaqEntry } from './data/entries.js';
import { type HeadingLevel, heading } from './heading.js';
import type * as Highlight from './highlight.js';

// Chromium 102+: closed answers stay findable with Ctrl+F and open on `beforematch`.
const UNTIL_FOUND =
  typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype
    ? 'until-found'
    : '';

/** Items rendered per task: a long feed arrives in steps, and the page stays responsive. */
export const CHUNK = 250;

/** What every item's template depends on, besides its entry. */
export interface ItemState {
  open: ReadonlySet<string>;
  visible: ReadonlySet<string>;
  level: HeadingLevel;
  role: string;
  /** The settled search terms to mark, and the highlighter once it is loaded. */
  marked: readonly string[];
  highlight: typeof Highlight | undefined;
}

/**
 * The questions' list. Each item is re-rendered only when what its template shows changed
 * (open, heading level, marks); otherwise Lit gets `noChange` and skips it. Visibility is not
 * part of the template: {@link ItemList.applyVisibility} sets `hidden` on the rendered items,
 * so a search keystroke costs a pass over booleans, not a template diff of every item.
 */
export class ItemList {
  /** How many items are rendered; grows by {@link CHUNK} per task. */
  limit = 0;
  private entries: readonly FaqEntry[] = [];
  /** Per rendered item, what its template showed: open, and marked. */
  private shown: Array<number | undefined> = [];
  /** What every item's template showed: heading level, role and marks. */
  private shared = '';
  /** The visibility last applied, and to how many items. */
  private applied: { visible: ReadonlySet<string> | undefined; count: number } = {
    visible: undefined,
    count: 0,
  };
  private readonly answers = new AnswerCache();

  /** Starts over with a new feed's entries. */
  reset(entries: readonly FaqEntry[]): void {
    this.entries = entries;
    this.answers.reset(entries);
    this.forget();
    this.limit = Math.min(entries.length, CHUNK);
  }

  /** The list's DOM is gone (not rendered): the next render starts from scratch. */
  forget(): void {
    this.shown = [];
    this.applied = { visible: undefined, count: 0 };
  }

  /** Whether every item is rendered. */
  get complete(): boolean {
    return this.limit >= this.entries.length;
  }

  /** Renders the next chunk at the next update. */
  grow(): void {
    this.limit = Math.min(this.entries.length, this.limit + CHUNK);
  }

  /** Makes sure the item of `id` is rendered at the next update (a deep link to it). */
  reach(id: string): void {
    const index = this.entries.findIndex((entry) => entry.id === id);
    if (index >= this.limit) this.limit = index + 1;
  }

  /** The rendered items' values for Lit: a template where something changed, else `noChange`. */
  render(state: ItemState): unknown[] {
    const marks = state.highlight ? state.marked.join(' ') : '';
    const shared = `${state.level}${state.role}${marks}`;
    if (shared !== this.shared) {
      this.shared = shared;
      this.shown = [];
    }
    const out: unknown[] = [];
    for (let index = 0; index < this.limit; index++) {
      const entry = this.entries[index] as FaqEntry;
      const open = state.open.has(entry.id);
      // Only shown items carry marks, so visibility matters only while marking.
      const marked = marks !== '' && state.visible.has(entry.id);
      const shown = (open ? 1 : 0) + (marked ? 2 : 0);
      if (this.shown[index] === shown) {
        out.push(noChange);
        continue;
      }
      this.shown[index] = shown;
      out.push(this.template(entry, index, open, marked, state));
    }
    return out;
  }

  /**
   * Sets `hidden` on the rendered items of `list` from `visible`: all of them when the
   * filter changed, else only the items rendered since the last call.
   */
  applyVisibility(list: Element | null | undefined, visible: ReadonlySet<string>): void {
    const items = list?.children ?? [];
    const from = this.applied.visible === visible ? this.applied.count : 0;
    for (let index = from; index < items.length; index++) {
      const item = items[index] as HTMLElement;
      const hide = !visible.has(this.entries[index]?.id as string);
      if (item.hidden !== hide) item.hidden = hide;
    }
    this.applied = { visible, count: items.length };
  }

  private template(
    entry: FaqEntry,
    index: number,
    open: boolean,
    marked: boolean,
    state: ItemState,
  ): TemplateResult {
    const terms = marked ? state.marked : [];
    const question = html`<button
      class="question"
      part="question"
      id="q-${entry.id}"
      type="button"
      aria-expanded=${open}
      aria-controls="a-${entry.id}"
      data-id=${entry.id}
    >
      <span>${terms.length && state.highlight ? marks(state.highlight, entry.question, terms) : entry.question}</span>
      <span class="icon" part="icon" aria-hidden="true"></span>
    </button>`;
    return html`<div class="item" part="item" lang=${entry.lang ?? nothing}>
      ${heading(state.level, question)}
      <div
        class="panel"
        part="panel"
        id="a-${entry.id}"
        role=${state.role}
        aria-labelledby="q-${entry.id}"
        data-id=${entry.id}
        hidden=${open ? nothing : UNTIL_FOUND}
      >
        ${this.answers.get(index, open ? terms : [], state.highlight?.highlightClone)}
      </div>
    </div>`;
  }
}

function marks(highlight: typeof Highlight, text: string, terms: readonly string[]): unknown {
  return highlight
    .splitMatches(text, terms)
    .map((part) => (part.match ? html`<mark part="mark">${part.text}</mark>` : part.text));
}
