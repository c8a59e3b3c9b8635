/**
 * A part of the widget that only some pages need (the JSON-LD code, the markup reader, search
 * highlighting, the English texts). The CDN build puts each in a file of its own beside
 * aira-faq.js (scripts/bundle-options.mjs); the first element that needs it loads it.
 */
export interface OnDemand<T> {
  /** The part if it is there (or its fallback, once loading failed), without loading it. */
  current(): T | undefined;
  /** The part once it is there; else starts loading it, calls `ready` once it is, and returns `undefined`. */
  get(ready?: () => void): T | undefined;
  /** Loads the part (once); resolves to it, or to the fallback when it could not be loaded. */
  load(): Promise<T | undefined>;
  /** Resolves when a load under way has settled; `undefined` when none is under way. */
  pending(): Promise<unknown> | undefined;
}

/**
 * Wraps a dynamic import. A part that fails to load (offline, blocked by a CSP) is a warning
 * in the console, and `fallback` stands in for it: the element works on without that part.
 */
export function onDemand<T>(what: string, load: () => Promise<T>, fallback?: T): OnDemand<T> {
  let part: T | undefined;
  let promise: Promise<T | undefined> | undefined;
  let settled = false;
  const demand = {
    current: () => part,
    get(ready?: () => void) {
      if (part !== undefined) return part;
      const loading = demand.load();
      if (ready && !settled) void loading.then(ready);
      return undefined;
    },
    load() {
      promise ??= load().then(
        (loaded) => {
          settled = true;
          part = loaded;
          return loaded;
        },
        (error) => {
          settled = true;
          console.warn(`[@aira/faq-widget] could not load ${what} (${String(error)}).`);
          part = fallback;
          return fallback;
        },
      );
      return promise;
    },
    pending: () => (settled ? undefined : promise),
  };
  return demand;
}
