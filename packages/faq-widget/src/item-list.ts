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
 * The questions' list, rendered as chunks of {@link CHUNK} items, each its own sub-template:
 * an update diffs only the chunks where something changed (an item opened, a new chunk), so a
 * chunk's cost is proportional to the chunk, not to the list. Within a chunk, an item is
 * re-rendered only when what its template shows changed (open, heading level, marks).
 * Visibility is not part of the template: {@link ItemList.applyVisibility} sets `hidden` on the
 * rendered items, so a search keystroke costs a pass over booleans, not a template diff.
 */
export class ItemList {
  #entries: readonly FaqEntry[] = [];
  #index = new Map<string, number>();
  /** Per rendered item, what its template showed: open, and marked. */
  #shown: Array<number | undefined> = [];
  /** What every item's template showed: heading level, role and marks. */
  #shared = '';
  /** Per chunk: rendered in the DOM. */
  #done: boolean[] = [];
  /** Chunks to render at the next update. */
  #want = new Set<number>();
  /** Chunks rendered at the last update, whose items' visibility is not applied yet. */
  #fresh: number[] = [];
  #open: ReadonlySet<string> = new Set();
  #visible: ReadonlySet<string> | undefined;
  #applied: ReadonlySet<string> | undefined;
  /** Whether every chunk has its block in the DOM (rendered or holding its place). */
  #placed = false;
  /** Per rendered item, the `hidden` last set on it. */
  #hidden: boolean[] = [];
  readonly #answers = new AnswerCache();

  /** Starts over with a new feed's entries. */
  reset(entries: readonly FaqEntry[]): void {
    this.#entries = entries;
    this.#index = new Map(entries.map((entry, i) => [entry.id, i]));
    this.#answers.reset(entries);
    this.#done = [];
    this.#want = new Set(entries.length ? [0] : []);
    this.forget();
  }

  /** The list's DOM is gone (not rendered): the next render starts from scratch. */
  forget(): void {
    for (const [chunk, done] of this.#done.entries()) if (done) this.#want.add(chunk);
    this.#done = [];
    this.#shown = [];
    this.#hidden = [];
    this.#applied = undefined;
    this.#placed = false;
  }

  /** Whether every item is rendered. */
  get complete(): boolean {
    return this.#done.filter(Boolean).length >= Math.ceil(this.#entries.length / CHUNK);
  }

  /** Renders the first chunk not rendered yet at the next update. */
  grow(): void {
    let chunk = 0;
    while (this.#done[chunk] || this.#want.has(chunk)) chunk++;
    if (chunk * CHUNK < this.#entries.length) this.#want.add(chunk);
  }

  /**
   * Makes sure the item of `id` is rendered at the next update (a deep link to it): its chunk
   * comes at once, the ones before it in later tasks.
   */
  reach(id: string): void {
    const index = this.#index.get(id);
    if (index !== undefined && !this.#done[Math.floor(index / CHUNK)]) {
      this.#want.add(Math.floor(index / CHUNK));
    }
  }

  /** The chunks' values for Lit: a template where something changed, else `noChange`. */
  render(state: ItemState): unknown[] {
    const marks = state.highlight ? state.marked.join(' ') : '';
    const shared = `${state.level}${state.role}${marks}`;
    const dirty = this.#want;
    // Only shown items carry marks, so visibility matters only while marking.
    if (shared !== this.#shared || (marks && state.visible !== this.#visible)) {
      if (shared !== this.#shared) this.#shown = [];
      this.#shared = shared;
      for (const [chunk, done] of this.#done.entries()) if (done) dirty.add(chunk);
    } else if (state.open !== this.#open) {
      for (const id of state.open) if (!this.#open.has(id)) this.#touch(dirty, id);
      for (const id of this.#open) if (!state.open.has(id)) this.#touch(dirty, id);
    }
    this.#open = state.open;
    this.#visible = state.visible;
    this.#want = new Set();
    const out: unknown[] = [];
    const chunks = Math.ceil(this.#entries.length / CHUNK);
    for (let chunk = 0; chunk < chunks; chunk++) {
      if (!dirty.has(chunk)) {
        // A chunk not rendered yet holds its place, with its estimated height (see styles).
        out.push(this.#done[chunk] || this.#placed ? noChange : block(nothing));
        continue;
      }
      if (!this.#done[chunk]) this.#fresh.push(chunk);
      this.#done[chunk] = true;
      const items: unknown[] = [];
      const end = Math.min(this.#entries.length, (chunk + 1) * CHUNK);
      for (let index = chunk * CHUNK; index < end; index++) {
        const entry = this.#entries[index] as FaqEntry;
        const open = state.open.has(entry.id);
        const marked = marks !== '' && state.visible.has(entry.id);
        const shown = (open ? 1 : 0) + (marked ? 2 : 0);
        if (this.#shown[index] === shown) {
          items.push(noChange);
        } else {
          this.#shown[index] = shown;
          items.push(this.#template(entry, index, open, marked, state));
        }
      }
      out.push(block(items));
    }
    this.#placed = true;
    return out;
  }

  #touch(dirty: Set<number>, id: string): void {
    const index = this.#index.get(id);
    if (index !== undefined && this.#done[Math.floor(index / CHUNK)]) {
      dirty.add(Math.floor(index / CHUNK));
    }
  }

  /**
   * Sets `hidden` on the rendered items of `list` from `visible`: all of them when the
   * filter changed, else only the items of the chunks rendered since the last call.
   */
  applyVisibility(list: Element | null | undefined, visible: ReadonlySet<string>): void {
    const blocks = list?.children ?? [];
    const all = this.#applied !== visible;
    for (let chunk = 0; chunk < blocks.length; chunk++) {
      if (!all && !this.#fresh.includes(chunk)) continue;
      const block = blocks[chunk] as HTMLElement;
      const items = this.#done[chunk] ? block.children : undefined;
      const start = chunk * CHUNK;
      const end = Math.min(this.#entries.length, start + CHUNK);
      let count = 0;
      for (let index = start; index < end; index++) {
        const hide = !visible.has(this.#entries[index]?.id as string);
        // Our own record of `hidden`: reading it back from the DOM costs more than the write.
        if (items && this.#hidden[index] !== hide) {
          (items[index - start] as HTMLElement).hidden = this.#hidden[index] = hide;
        }
        if (!hide) count++;
      }
      // The size an off-screen or not yet rendered chunk stands in with (CSSOM, so a strict
      // CSP allows it); a chunk with nothing to show takes no room at all.
      if (block.style.getPropertyValue('--n') !== `${count}`) {
        block.style.setProperty('--n', `${count}`);
      }
      block.hidden = !count;
    }
    this.#fresh = [];
    this.#applied = visible;
  }

  #template(
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
        ${this.#answers.get(index, open ? terms : [], state.highlight?.highlightClone)}
      </div>
    </div>`;
  }
}

function block(items: unknown): TemplateResult {
  return html`<div class="chunk">${items}</div>`;
}

function marks(highlight: typeof Highlight, text: string, terms: readonly string[]): unknown {
  return highlight
    .splitMatches(text, terms)
    .map((part) => (part.match ? html`<mark part="mark">${part.text}</mark>` : part.text));
}
