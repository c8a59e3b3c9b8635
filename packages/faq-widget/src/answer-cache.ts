import { type FaqEntry, rendered } from './data/entries.js';
import type { highlightClone } from './highlight.js';
import { answerElements } from './trusted-types.js';

/** How many answers are parsed together: one parse is much faster than many. */
const BATCH = 250;

/**
 * The answers' DOM: parsed from renderAnswer's HTML a batch at a time, as the items that show
 * them are rendered, plus one highlighted copy per answer for the current search. Lit renders
 * these nodes as child values, so an unchanged answer costs nothing on re-render.
 */
export class AnswerCache {
  #entries: readonly FaqEntry[] = [];
  readonly #plain = new Map<FaqEntry, HTMLElement>();
  readonly #marked = new Map<FaqEntry, { key: string; node: HTMLElement }>();

  /** Starts over with a new feed's entries. */
  reset(entries: readonly FaqEntry[]): void {
    this.#entries = entries;
    this.#plain.clear();
    this.#marked.clear();
  }

  /**
   * The answer of the entry at `index`, with `terms` marked by `mark` (no terms or no `mark`
   * yet: the plain answer).
   */
  get(index: number, terms: readonly string[], mark?: typeof highlightClone): HTMLElement {
    const entry = this.#entries[index] as FaqEntry;
    let base = this.#plain.get(entry);
    if (!base) {
      const batch = this.#entries.slice(index, index + BATCH).filter((e) => !this.#plain.has(e));
      const nodes = answerElements(batch.map(rendered));
      for (const [i, e] of batch.entries()) this.#plain.set(e, nodes[i] as HTMLElement);
      base = this.#plain.get(entry) as HTMLElement;
    }
    if (!terms.length || !mark) return base;
    const key = terms.join(' ');
    const cached = this.#marked.get(entry);
    if (cached?.key === key) return cached.node;
    const node = mark(base, terms);
    this.#marked.set(entry, { key, node });
    return node;
  }
}
