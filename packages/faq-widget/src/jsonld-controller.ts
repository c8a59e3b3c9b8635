import type { FaqFeed } from '@aira/content-schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FaqEntry, rendered } from './data/entries.js';
import { onDemand } from './on-demand.js';
import { jsonScriptPolicy } from './trusted-types.js';

// The JSON-LD code (FAQPage builder, serializer, the page's registry) is loaded only by
// pages that ask for it with the `jsonld` attribute. Structured data is an extra: when it
// cannot be loaded, the questions work without it.
const registry = onDemand('the JSON-LD code', () => import('./jsonld-registry.js'));

/**
 * Keeps the host's feed in the page's one FAQPage script while `jsonld` is set and the
 * element is connected. Only a new feed object causes any work.
 */
export class JsonLdController implements ReactiveController {
  /** Set while the JSON-LD code loads for a change not yet applied. */
  pending: Promise<unknown> | undefined;
  #feed: FaqFeed | undefined;
  #registered = false;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Disconnecting withdrew the questions; the next update registers them again.
    this.#host.requestUpdate();
  }

  /** Registers `feed` (or withdraws, `undefined`); `entries` are its questions on show. */
  update(feed: FaqFeed | undefined, entries: readonly FaqEntry[] = []): void {
    if (feed === this.#feed) return;
    this.#feed = feed;
    if (!feed && !this.#registered) return;
    this.#registered = feed !== undefined;
    // Callbacks run in the order of the calls, so the last feed set is the one that stays.
    const done = registry.load().then((module) => {
      // Each answer is rendered once, for the page and the JSON-LD alike.
      const answers = new Map(entries.map((entry) => [entry.id, rendered(entry).html]));
      module?.setPageFeed(this, feed, answers, jsonScriptPolicy());
      if (this.pending === done) this.pending = undefined;
    });
    this.pending = done;
  }

  hostDisconnected(): void {
    this.update(undefined);
  }
}
