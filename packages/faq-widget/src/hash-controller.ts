import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The item id a URL hash points at (`#intake` → `intake`), or `''`. */
export function idFromHash(hash: string): string {
  // '' and '#' give '' too.
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * Follows the page's URL hash: calls `onHash(id)` on `hashchange`, and writes the hash
 * (without a history entry or a jump) when the host opts in to `update-hash`.
 */
export class HashController implements ReactiveController {
  readonly #listener = () => this.#onHash(idFromHash(location.hash));

  readonly #onHash: (id: string) => void;

  constructor(host: ReactiveControllerHost, onHash: (id: string) => void) {
    this.#onHash = onHash;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#listener);
  }

  /** The id in the current URL. */
  current(): string {
    return idFromHash(location.hash);
  }

  /** Points the URL at `id` (or clears it when `id` is `''` and the URL pointed at `previous`). */
  write(id: string, previous?: string): void {
    const url = new URL(location.href);
    if (id) url.hash = id;
    else if (previous && idFromHash(url.hash) === previous) url.hash = '';
    else return;
    // replaceState: no history entry per question, no hashchange loop, no scroll jump.
    history.replaceState(history.state, '', url.hash ? url.href : url.href.replace(/#$/, ''));
  }
}
