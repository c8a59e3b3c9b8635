import type { ReactiveControllerHost } from 'lit';
import { emit, type FaqToggleTrigger } from './events.js';

/** What {@link OpenQuestions} needs of the element. */
export interface OpenHost extends ReactiveControllerHost, EventTarget {
  /** Only one answer open at a time. */
  single: boolean;
}

/**
 * Which answers of the element are open. A change makes a new set (the item list notices
 * changes by identity), asks the host to update and fires `aira-faq-toggle` with what changed.
 */
export class OpenQuestions {
  /** The ids of the open questions. Replaced on every change, never changed in place. */
  ids: ReadonlySet<string> = new Set();
  readonly #host: OpenHost;

  constructor(host: OpenHost) {
    this.#host = host;
  }

  /** Opens or closes one question; returns whether anything changed. */
  set(id: string, open: boolean, trigger: FaqToggleTrigger): boolean {
    if (open === this.ids.has(id)) return false;
    const next = new Set(this.#host.single && open ? [] : this.ids);
    if (open) next.add(id);
    else next.delete(id);
    this.#replace(next);
    emit(this.#host, 'aira-faq-toggle', { id, ids: [id], open, trigger });
    return true;
  }

  /** Opens or closes several questions with one event ("expand all", "collapse all"). */
  setMany(ids: readonly string[], open: boolean): void {
    const changed = ids.filter((id) => this.ids.has(id) !== open);
    if (!changed.length) return;
    const next = new Set(this.ids);
    for (const id of changed) open ? next.add(id) : next.delete(id);
    this.#replace(next);
    const trigger = open ? 'expand-all' : 'collapse-all';
    emit(this.#host, 'aira-faq-toggle', { id: null, ids: changed, open, trigger });
  }

  /** Keeps only the questions a new feed still has, without an event (they were not closed). */
  keep(ids: ReadonlySet<string>): void {
    const kept = [...this.ids].filter((id) => ids.has(id));
    if (kept.length !== this.ids.size) this.#replace(new Set(kept));
  }

  #replace(next: ReadonlySet<string>): void {
    this.ids = next;
    this.#host.requestUpdate();
  }
}
