import type { FaqEntry } from './data/entries.js';
import type { highlightClone } from './highlight.js';
import { answerElements } from './trusted-types.js';

/**
 * The answers' DOM: parsed together from renderAnswer's HTML the first time one is needed,
 * plus one highlighted copy per answer for the current search. Lit renders these nodes as
 * child values, so an unchanged answer costs nothing on re-render.
 */
export class AnswerCache {
  private entries: readonly FaqEntry[] = [];
  private plain: Map<string, HTMLElement> | undefined;
  private readonly marked = new Map<string, { key: string; node: HTMLElement }>();

  /** Starts over with a new feed's entries. */
  reset(entries: readonly FaqEntry[]): void {
    this.entries = entries;
    this.plain = undefined;
    this.marked.clear();
  }

  /**
   * The answer of `entry`, with `terms` marked by `mark` (no terms or no `mark` yet: the
   * plain answer).
   */
  get(entry: FaqEntry, terms: readonly string[], mark?: typeof highlightClone): HTMLElement {
    if (!this.plain) {
      const nodes = answerElements(this.entries);
      this.plain = new Map(this.entries.map((e, i) => [e.id, nodes[i] as HTMLElement]));
    }
    let base = this.plain.get(entry.id);
    if (!base) {
      base = answerElements([entry])[0] as HTMLElement;
      this.plain.set(entry.id, base);
    }
    if (!terms.length || !mark) return base;
    const key = terms.join(' ');
    const cached = this.marked.get(entry.id);
    if (cached?.key === key) return cached.node;
    const node = mark(base, terms);
    this.marked.set(entry.id, { key, node });
    return node;
  }
}
