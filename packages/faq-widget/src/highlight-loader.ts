import { onDemand } from './on-demand.js';

// Marking search matches is needed only once a reader has searched: the code that does it
// (highlight.js) is loaded then, while typing pauses, instead of with every page. Until it is
// there (or when it cannot be loaded) matches stay unmarked.
const highlight = onDemand('the search highlighting', () => import('./highlight.js'));

/**
 * The highlighter when it is loaded; otherwise starts loading it, calls `ready` once it is
 * there, and returns `undefined` (show the text unmarked meanwhile).
 */
export const highlighter = highlight.get;

/** Resolves when a highlighter load under way has finished; `undefined` when none is. */
export const highlighterLoading = highlight.pending;
