// Marking search matches is needed only once a reader has searched: the code that does it
// (highlight.js) is loaded then, while typing pauses, instead of with every page.
type Highlight = typeof import('./highlight.js');

let module: Highlight | undefined;
let loading: Promise<unknown> | undefined;

/**
 * The highlighter when it is loaded; otherwise starts loading it, calls `ready` once it is
 * there, and returns `undefined` (show the text unmarked meanwhile).
 */
export function highlighter(ready: () => void): Highlight | undefined {
  if (module) return module;
  loading ??= import('./highlight.js').then(
    (loaded) => {
      module = loaded;
    },
    (error) => {
      console.warn(`[@aira/faq-widget] could not load the search highlighting (${String(error)}).`);
    },
  );
  void loading.then(ready);
  return undefined;
}

/** Resolves when a highlighter load under way has finished; `undefined` when none is. */
export function highlighterLoading(): Promise<unknown> | undefined {
  return module ? undefined : loading;
}
