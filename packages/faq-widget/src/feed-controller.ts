import type { FaqFeed, FaqItem } from '@aira/content-schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FaqLoadError } from './data/load-error.js';
import { loadFeed, validateFeed } from './data/load-feed.js';
import { onDemand } from './on-demand.js';

// The markup reader is loaded only by pages whose element has pre-rendered children. When it
// cannot be loaded, the children stay on show as they are (the element slots them while empty).
const markupReader = onDemand(
  'the markup reader',
  () => import('./data/read-markup.js').then((module) => module.readMarkup),
  () => undefined,
);

/** The element's inputs the controller reads. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  feed?: FaqFeed | undefined;
  items?: FaqItem[] | undefined;
  timeout: number;
}

/** What the controller tells the element. */
export interface FeedCallbacks {
  /** The locale for data that brings none (items, markup). */
  locale(): string;
  /** A validated feed to show, or `undefined`: show nothing. */
  show(feed: FaqFeed | undefined): void;
  /** Nothing valid to show from an input, or the `src` feed failed. */
  fail(error: FaqLoadError): void;
  /** A fetch of `src` started (`true`) or ended (`false`, before `show` or `fail`). */
  loading(active: boolean): void;
}

/**
 * Picks the element's data source and shows it: the `feed` or `items` property, an inline
 * `<script type="application/json">` child or pre-rendered `<details>` children, then the
 * `src` feed (fetched, with a timeout, validated). Only what the current inputs give is
 * shown: a feed from an older `src` goes as soon as `src` changes, while a retry of the same
 * `src` keeps it until the answer comes.
 */
export class FeedController implements ReactiveController {
  /** Whether a fetch of `src` is under way. */
  loading = false;
  /** Set while the markup reader loads: the pre-rendered children stay on show meanwhile. */
  pending: Promise<unknown> | undefined;
  /** The `src` the feed on show came from; `undefined` when it came from another input. */
  #shownSrc: string | undefined;
  /** Whether pre-rendered markup is on show. */
  #shownMarkup = false;
  #abort: AbortController | undefined;
  #observer: MutationObserver | undefined;
  #stale = true;
  #interrupted = false;

  readonly #host: FeedHost;
  readonly #on: FeedCallbacks;

  constructor(host: FeedHost, on: FeedCallbacks) {
    this.#host = host;
    this.#on = on;
    host.addController(this);
  }

  hostConnected(): void {
    // Moving the element in the page keeps what it shows; only a cut-off load starts again.
    if (this.#interrupted) {
      this.#interrupted = false;
      this.#stale = true;
    }
    // Frameworks may append the pre-rendered children after the element is upgraded.
    this.#observer = new MutationObserver(() => {
      const { feed, items, src } = this.#host;
      if (feed || items || src) return;
      this.reload();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#interrupted = this.#abort !== undefined;
    this.#cancel();
    this.#observer?.disconnect();
  }

  /** Reads or loads the data again at the next update. */
  reload(): void {
    this.#stale = true;
    this.#host.requestUpdate();
  }

  /** Resolves the data again when an input changed or a reload was asked for; call from willUpdate. */
  sync(changed: ReadonlyMap<PropertyKey, unknown>): void {
    if (!this.#stale && !changed.has('feed') && !changed.has('items') && !changed.has('src'))
      return;
    this.#stale = false;
    this.#cancel();
    try {
      if (this.#resolveLocal()) return;
    } catch (error) {
      this.#showNothing();
      this.#on.fail(toLoadError(error));
      return;
    }
    const { src } = this.#host;
    if (src) void this.#load(src);
  }

  /** Shows the data of the non-`src` inputs; returns `true` when `src` is not to be loaded now. */
  #resolveLocal(): boolean {
    const { feed, items, src } = this.#host;
    const locale = this.#on.locale();
    if (feed || items) {
      const data = feed ?? { version: 1, locale, items };
      this.#showFeed(validateFeed(data, `the ${feed ? 'feed' : 'items'} property`));
      return true;
    }
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      let data: unknown;
      try {
        data = JSON.parse(script.textContent ?? '');
      } catch (cause) {
        throw new FaqLoadError(
          `the inline <script type="application/json"> is not JSON (${String(cause)}).`,
          'json',
          { cause },
        );
      }
      this.#showFeed(validateFeed(data, 'the inline <script type="application/json">'));
      return false;
    }
    const read = markupReader.current();
    if (!read && this.#host.querySelector('details')) {
      this.pending = markupReader.load().finally(() => {
        this.pending = undefined;
        this.reload();
      });
      return true;
    }
    const markup = read?.(this.#host, locale);
    if (markup) {
      this.#showFeed(validateFeed(markup, 'the pre-rendered <details> markup'));
      this.#shownMarkup = true;
    } else if (!src || src !== this.#shownSrc) {
      this.#showNothing();
    }
    return false;
  }

  async #load(src: string): Promise<void> {
    const request = new AbortController();
    this.#abort = request;
    this.#setLoading(true);
    try {
      const feed = await loadFeed(src, request.signal, this.#host.timeout);
      if (request.signal.aborted) return;
      this.#abort = undefined;
      this.#setLoading(false);
      if (this.#shownMarkup && !isNewer(feed.updated, this.#host.dataset.updated)) return;
      this.#showFeed(feed, src);
    } catch (error) {
      if (request.signal.aborted) return;
      this.#abort = undefined;
      this.#setLoading(false);
      // Questions from the pre-rendered markup stay; an earlier answer of this src does not.
      if (this.#shownSrc !== undefined) this.#showNothing();
      this.#on.fail(toLoadError(error));
    }
  }

  #showFeed(feed: FaqFeed, src?: string): void {
    this.#shownSrc = src;
    this.#shownMarkup = false;
    this.#on.show(feed);
  }

  #showNothing(): void {
    this.#shownSrc = undefined;
    this.#shownMarkup = false;
    this.#on.show(undefined);
  }

  #setLoading(loading: boolean): void {
    this.loading = loading;
    this.#on.loading(loading);
    this.#host.requestUpdate();
  }

  #cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.loading = false;
  }
}

/**
 * Whether a fetched feed (`updated`) is newer than a pre-rendered snippet (`data-updated`,
 * written by renderFaqHtml), comparing instants. A snippet without a date is replaced, as
 * the feed is the source; a feed without a date does not replace a dated snippet.
 */
function isNewer(feed: string | undefined, snippet: string | undefined): boolean {
  const before = Date.parse(snippet ?? '');
  if (Number.isNaN(before)) return true;
  return Date.parse(feed ?? '') > before;
}

function toLoadError(error: unknown): FaqLoadError {
  return error instanceof FaqLoadError
    ? error
    : new FaqLoadError(`unexpected failure (${String(error)}).`, 'invalid', { cause: error });
}
